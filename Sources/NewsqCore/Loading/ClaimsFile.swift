import Foundation

/// Reading back the JSON Lines `newsq extract` writes (`ClaimLines`): claims extracted
/// elsewhere (a Spark job, a shard on another machine) load without being extracted
/// again, with what the corpus-wide steps need to run over them.
public enum ClaimsFile {
    /// Whether `text` is a claims file: its first line is an object with the fields only a
    /// claim has. Decided by content, whatever the file is called.
    static func recognises(_ text: String) -> Bool {
        guard text.utf8.first(where: { $0 != 32 && $0 != 10 && $0 != 9 }) == UInt8(ascii: "{") else { return false }
        let first = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? ""
        guard let record = object(first) else { return false }
        return record["cue"] is String && record["stance"] is String && record["sentence"] is String
    }

    /// The articles of a claims file, each with its claims, in the order written: the
    /// consecutive lines of one article make one. A line that is not a claim is skipped
    /// with a warning naming it. Lines are parsed over the cores.
    static func read(path: String, text: String) -> (articles: [LoadedArticle], warnings: [LoadWarning]) {
        let lines = lineRanges(text)
        let parsed = parallelMap(lines, chunk: 256) { range -> ParsedLine? in
            let line = text.utf8[range]
            return object(Substring(line)).flatMap(ParsedLine.init)
        }
        var articles: [LoadedArticle] = []
        var warnings: [LoadWarning] = []
        var current: (key: String, article: Article, words: Int, claims: ClaimPack)?
        func finish() {
            if let c = current { articles.append(LoadedArticle(article: c.article, claims: c.claims, words: c.words)) }
        }
        for (n, line) in parsed.enumerated() {
            guard let line else {
                // Every line has its range, blank ones too: line n + 1 of the file.
                if !text.utf8[lines[n]].allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
                    warnings.append(LoadWarning(path: "\(path):\(n + 1)", reason: "not a claim as newsq extract writes them, line skipped"))
                }
                continue
            }
            // An article is its path with the number `newsq extract` gave it: a shard's
            // numbers start again, its paths do not.
            if current?.key != line.articleKey {
                finish()
                current = (line.articleKey, line.article, line.words, ClaimPack())
            }
            current?.claims.append(line.claim)
        }
        finish()
        if articles.isEmpty && warnings.isEmpty { warnings.append(LoadWarning(path: path, reason: "no claims, skipped")) }
        return (articles, warnings)
    }

    /// One line read: its claim and its article's fields, the JSON object let go.
    private struct ParsedLine {
        var claim: ExtractedClaim
        var articleKey: String
        var article: Article
        var words: Int

        init?(_ record: [String: Any]) {
            guard let claim = ClaimsFile.claim(record) else { return nil }
            self.claim = claim
            let path = string(record, "path")
            articleKey = path + "\u{0}" + String(record["article"] as? Int ?? 0)
            article = Article(path: path, body: "")
            article.date = string(record, "date")
            article.title = string(record, "title")
            article.source = string(record, "source")
            article.url = string(record, "url")
            words = record["words"] as? Int ?? 0
        }
    }

    /// The byte ranges of `text`'s lines, found on the bytes (splitting a String by
    /// Character walks grapheme clusters, which on a claims file is most of the load).
    private static func lineRanges(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == 10 {
                ranges.append(start..<index)
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex { ranges.append(start..<utf8.endIndex) }
        return ranges
    }

    private static func claim(_ record: [String: Any]) -> ExtractedClaim? {
        guard let stance = Stance(rawValue: string(record, "stance")), let kind = ClaimKind(rawValue: string(record, "kind")),
            let sentence = record["sentence"] as? String, let text = record["text"] as? String
        else { return nil }
        // The text's place in its sentence, for `.show claim`: the whole sentence when the
        // text is not found in it word for word.
        let offset = { sentence.utf8.distance(from: sentence.startIndex, to: $0) }
        let span = sentence.range(of: text).map { offset($0.lowerBound)..<offset($0.upperBound) } ?? 0..<sentence.utf8.count
        return ExtractedClaim(
            speaker: string(record, "speaker"), actor: string(record, "actor"),
            actorKind: ActorKind(rawValue: string(record, "actor_kind")) ?? .unknown, role: string(record, "role"),
            org: string(record, "org"), country: string(record, "country"), cue: string(record, "cue"), stance: stance, kind: kind,
            text: text, sentence: sentence, line: record["line"] as? Int ?? 0, span: span,
            resolution: string(record, "resolution"), found: record["found"] as? String ?? "by the rules")
    }

    private static func object(_ line: Substring) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }

    private static func string(_ record: [String: Any], _ key: String) -> String { record[key] as? String ?? "" }
}
