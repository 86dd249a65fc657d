import Foundation

/// Reads `.txt` and `.md` articles: an optional header of `key value` or
/// `key: value` lines, then the body. The header may share its last line with the
/// body, as in ` date 2023-09-04 A Russian kamikaze drone...`.
enum PlainTextArticle {
    static let headerKeys: Set<String> = ["date", "title", "source", "url", "author"]

    /// The article, and what was wrong with its header (a date that is no date).
    static func parse(path: String, text: String) -> (article: Article, problems: [String]) {
        var article = Article(path: path, body: "")
        var problems: [String] = []
        // Most files have no header: then the text is the body, with no splitting at all.
        let opening = text.utf8.firstIndex(of: 10).map { text[..<$0] } ?? Substring(text)
        if headerField(opening.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }) == nil {
            article.body = text
            article.title = titleLine(text)
            return (article, problems)
        }
        // Only the first lines can be header: they are found by their line feeds, and the
        // rest of the text stays one unsplit piece.
        var rest = Substring(text)
        var consumed = 0  // header (and blank) lines read
        var bodyHead: Substring?  // body text that shared a header line
        var moreLines = true
        while consumed < 16, moreLines {
            let end = rest.utf8.firstIndex(of: 10) ?? rest.endIndex
            let line = rest[..<end].drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            guard let (key, value, after) = headerField(line) else { break }
            switch key {
            case "date":
                if let date = DateText.read(String(value)) { article.date = date } else { problems.append(DateText.unreadable(String(value))) }
            case "title": article.title = String(value)
            case "source": article.source = String(value)
            case "url": article.url = String(value)
            default: article.author = String(value)
            }
            consumed += 1
            moreLines = end != rest.endIndex
            rest = moreLines ? rest[rest.utf8.index(after: end)...] : rest[end...]
            if let after, !after.isEmpty { bodyHead = after; break }
        }
        if bodyHead == nil, consumed > 0 {
            // Blank lines between the header and the body are not part of the body.
            while let end = rest.utf8.firstIndex(of: 10),
                rest[..<end].utf8.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 })
            {
                consumed += 1
                rest = rest[rest.utf8.index(after: end)...]
            }
        }
        article.body = bodyHead.map { String($0) + (moreLines ? "\n" : "") + rest } ?? String(rest)
        article.firstLine = bodyHead != nil ? consumed : consumed + 1
        if article.title.isEmpty { article.title = titleLine(article.body) }
        return (article, problems)
    }

    /// `key value` / `key: value`; a date's value is one date token, and whatever
    /// follows it on the line is the start of the body.
    private static func headerField(_ line: Substring) -> (String, Substring, Substring?)? {
        let keyEnd = line.firstIndex { !$0.isLetter } ?? line.endIndex
        let key = line[..<keyEnd]
        let lowered = key.lowercased()
        guard headerKeys.contains(lowered) else { return nil }
        var after = line[keyEnd...]
        let colon = after.first == ":"
        if colon { after = after.dropFirst() }
        guard colon || key == lowered, after.first == " " || after.first == "\t" else { return nil }
        after = after.drop { $0 == " " || $0 == "\t" }
        var end = after.endIndex
        while end > after.startIndex, after[after.index(before: end)] == " " || after[after.index(before: end)] == "\r" {
            end = after.index(before: end)
        }
        let value = after[..<end]
        if lowered == "date" {
            if let iso = DateText.isoPrefix(value) {
                let rest = value.dropFirst(iso.length).drop { $0 == " " }
                return ("date", Substring(iso.date), rest.isEmpty ? nil : rest)
            }
            // `date: …` is a header line even when what follows is no date (the reader says so).
            guard colon else { return nil }
            return ("date", value, nil)
        }
        // Without a colon, a long value is prose that happens to start with a key word.
        if !colon && value.utf8.split(separator: 32, maxSplits: 13).count > 12 { return nil }
        return (lowered, value, nil)
    }

    /// A short first line standing alone is the headline.
    static func titleLine(_ body: String) -> String {
        let lines = body.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        guard lines.count >= 2, lines[1].allSatisfy(\.isWhitespace) else { return "" }
        let first = lines[0].trimmingCharacters(in: .whitespaces)
        return first.count <= 200 ? first : ""
    }
}
