import Foundation

/// Reads `.json` (one article object or an array of them) and `.jsonl` (one object
/// a line), with the field names news-please writes.
enum JSONArticles {
    enum Failure: Error { case notJSON(String) }

    static func parse(path: String, text: String, lines: Bool) -> (articles: [Article], warnings: [LoadWarning]) {
        var articles: [Article] = []
        var warnings: [LoadWarning] = []
        func add(_ record: [String: Any], place: String) {
            let read = article(record, path: place)
            if let article = read.article { articles.append(article) }
            warnings += read.problems.map { LoadWarning(path: place, reason: $0) }
        }
        if lines {
            var lineNumber = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                if line.allSatisfy(\.isWhitespace) { continue }
                switch object(Data(line.utf8)) {
                case .some(let record): add(record, place: "\(path)#\(lineNumber)")
                case .none: warnings.append(LoadWarning(path: "\(path):\(lineNumber)", reason: "not a JSON object, line skipped"))
                }
            }
            return (articles, warnings)
        }
        guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            return ([], [LoadWarning(path: path, reason: "not valid JSON, skipped")])
        }
        if let record = value as? [String: Any] {
            add(record, place: path)
        } else if let records = value as? [Any] {
            for (n, item) in records.enumerated() {
                guard let record = item as? [String: Any] else {
                    warnings.append(LoadWarning(path: "\(path)#\(n + 1)", reason: "not a JSON object, skipped"))
                    continue
                }
                add(record, place: "\(path)#\(n + 1)")
            }
        } else {
            warnings.append(LoadWarning(path: path, reason: "JSON is neither an article object nor an array, skipped"))
        }
        return (articles, warnings)
    }

    /// What one line of a `newsq extract -` stream holds.
    enum StreamRecord {
        /// A news-please record, and what was wrong with its fields.
        case article(Article, problems: [String])
        /// `{"path": …, "file": …}`: an article file's whole content, read as that file would be;
        /// `file_base64` holds its bytes as they are (what a Spark job sends for each file it reads).
        case file(path: String, bytes: [UInt8])
        /// A JSON object with no article text, and what was wrong with its fields.
        case empty(problems: [String])
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
        let read = article(record, path: url.isEmpty ? "-#\(number)" : url)
        return read.article.map { .article($0, problems: read.problems) } ?? .empty(problems: read.problems)
    }

    private static func object(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// The record's fields news-please writes, each with the names it goes by, tried in order.
    enum Field: CaseIterable {
        case body, title, date, source, url, author

        var names: [String] {
            switch self {
            case .body: return ["maintext", "text", "body", "content"]
            case .title: return ["title"]
            case .date: return ["date_publish", "date", "published", "date_modify"]
            case .source: return ["source_domain", "source"]
            case .url: return ["url"]
            case .author: return ["authors", "author"]
            }
        }
    }

    /// The first of `field`'s names that holds text (a list of texts, for authors). A name that
    /// holds something else is a problem said once: `text` holding 42, a `title` that is a list,
    /// a `maintext` that is null (news-please's mark of a page it could not read).
    private static func string(_ record: [String: Any], _ field: Field, problems: inout [String]) -> String {
        for name in field.names {
            guard let value = record[name] else { continue }
            if let s = value as? String {
                if !s.isEmpty { return s }
                continue
            }
            if field == .author, let list = value as? [Any], list.allSatisfy({ $0 is String }) {
                if !list.isEmpty { return (list as! [String]).joined(separator: ", ") }
                continue
            }
            let kind: String
            switch value {
            case is NSNull: kind = "null"
            case is Bool: kind = "true or false"
            case is NSNumber: kind = "a number"
            case is [Any]: kind = "a list"
            default: kind = "an object"
            }
            problems.append("`\(name)` is \(kind), not text")
        }
        return ""
    }

    private static func string(_ record: [String: Any], _ key: String) -> String {
        (record[key] as? String) ?? ""
    }

    /// The article a record holds, and what was wrong with its fields. A record with no text
    /// and no title is none, with a problem saying so.
    private static func article(_ record: [String: Any], path: String) -> (article: Article?, problems: [String]) {
        var problems: [String] = []
        let body = string(record, .body, problems: &problems)
        let title = string(record, .title, problems: &problems)
        guard !body.isEmpty || !title.isEmpty else {
            return (nil, problems + ["no article text (\(Field.body.names.joined(separator: ", "))) or title, skipped"])
        }
        var article = Article(path: path, body: body.isEmpty ? title : body)
        if body.isEmpty { problems.append("no article text (\(Field.body.names.joined(separator: ", "))): only its title is read") }
        article.title = title
        let rawDate = string(record, .date, problems: &problems)
        if let date = DateText.read(rawDate) {
            article.date = date
        } else if !rawDate.isEmpty {
            problems.append(DateText.unreadable(rawDate))
        }
        article.source = string(record, .source, problems: &problems)
        article.url = string(record, .url, problems: &problems)
        article.author = string(record, .author, problems: &problems)
        return (article, problems)
    }
}
