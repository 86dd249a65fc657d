import Foundation

/// Reads `.json` (one article object or an array of them) and `.jsonl` (one object
/// a line), with the field names news-please writes.
enum JSONArticles {
    enum Failure: Error { case notJSON(String) }

    static func parse(path: String, text: String, lines: Bool) -> (articles: [Article], warnings: [LoadWarning]) {
        var articles: [Article] = []
        var warnings: [LoadWarning] = []
        if lines {
            var lineNumber = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                if line.allSatisfy(\.isWhitespace) { continue }
                switch object(Data(line.utf8)) {
                case .some(let record):
                    if let article = article(record, path: "\(path)#\(lineNumber)") { articles.append(article) }
                case .none:
                    warnings.append(LoadWarning(path: "\(path):\(lineNumber)", reason: "not a JSON object, line skipped"))
                }
            }
            return (articles, warnings)
        }
        guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            return ([], [LoadWarning(path: path, reason: "not valid JSON, skipped")])
        }
        if let record = value as? [String: Any] {
            if let article = article(record, path: path) { articles.append(article) }
        } else if let records = value as? [Any] {
            for (n, item) in records.enumerated() {
                guard let record = item as? [String: Any] else {
                    warnings.append(LoadWarning(path: "\(path)#\(n + 1)", reason: "not a JSON object, skipped"))
                    continue
                }
                if let article = article(record, path: "\(path)#\(n + 1)") { articles.append(article) }
            }
        } else {
            warnings.append(LoadWarning(path: path, reason: "JSON is neither an article object nor an array, skipped"))
        }
        if articles.isEmpty && warnings.isEmpty {
            warnings.append(LoadWarning(path: path, reason: "no article text (maintext/text) found, skipped"))
        }
        return (articles, warnings)
    }

    /// What one line of a `newsq extract -` stream holds.
    enum StreamRecord {
        /// A news-please record.
        case article(Article)
        /// `{"path": …, "file": …}`: an article file's whole content, read as that file would be;
        /// `file_base64` holds its bytes as they are (what a Spark job sends for each file it reads).
        case file(path: String, bytes: [UInt8])
        /// A JSON object with no article text.
        case empty
        case notJSON
        case notBase64
    }

    static func record(line: Substring, number: Int) -> StreamRecord {
        guard let record = object(Data(line.utf8)) else { return .notJSON }
        let path = string(record, "path").isEmpty ? "-#\(number)" : string(record, "path")
        if let content = record["file"] as? String { return .file(path: path, bytes: Array(content.utf8)) }
        if let encoded = record["file_base64"] as? String {
            guard let bytes = Data(base64Encoded: encoded) else { return .notBase64 }
            return .file(path: path, bytes: Array(bytes))
        }
        let url = string(record, "url")
        return article(record, path: url.isEmpty ? "-#\(number)" : url).map(StreamRecord.article) ?? .empty
    }

    private static func object(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    private static func string(_ record: [String: Any], _ keys: String...) -> String {
        for key in keys {
            if let s = record[key] as? String, !s.isEmpty { return s }
            if let list = record[key] as? [String], !list.isEmpty { return list.joined(separator: ", ") }
        }
        return ""
    }

    private static func article(_ record: [String: Any], path: String) -> Article? {
        let body = string(record, "maintext", "text", "body", "content")
        let title = string(record, "title")
        guard !body.isEmpty || !title.isEmpty else { return nil }
        var article = Article(path: path, body: body.isEmpty ? title : body)
        article.title = title
        let rawDate = string(record, "date_publish", "date", "published", "date_modify")
        article.date = DateText.normalize(rawDate) ?? DateText.isoPrefix(Substring(rawDate))?.date ?? rawDate
        article.source = string(record, "source_domain", "source")
        article.url = string(record, "url")
        article.author = string(record, "authors", "author")
        return article
    }
}
