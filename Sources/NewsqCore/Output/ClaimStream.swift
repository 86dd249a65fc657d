import Foundation

/// `newsq extract`: claims as JSON Lines, one article at a time, with
/// nothing kept between articles but two counters, so memory stays flat however long
/// the input. The actor is as resolved within its article: merging actors across
/// articles needs the whole corpus, which loading the lines back does.
public struct ClaimStream {
    private var nextClaim = 1
    private var nextArticle = 1

    public init() {}

    /// The JSON Lines of one article's claims (empty when it has none).
    private mutating func lines(for article: Article) -> String {
        lines(for: LoadedArticle(article: article, claims: Extractor.claims(in: article)))
    }

    /// The lines of an article extracted already: one a claims file held is written again,
    /// numbered in this stream.
    private mutating func lines(for loaded: LoadedArticle) -> String {
        defer { nextArticle += 1 }
        var out = ""
        for claim in loaded.claims {
            let article = loaded.article
            let row = ClaimRow(id: nextClaim, article: nextArticle, path: article.path, date: article.date, extracted: claim)
            nextClaim += 1
            out += Self.line(row, article: article, words: loaded.words)
        }
        return out
    }

    /// The claims of every article under `paths`, a file at a time, handed to `write`; the
    /// warnings of files skipped or repaired to `warn`.
    public mutating func extract(files paths: [String], write: (String) -> Void, warn: (String) -> Void) {
        let found = FileWalker.files(paths)
        for warning in found.warnings { warn(warning.description) }
        for file in found.files { extract(FileContents.read(file: file), write: write, warn: warn) }
    }

    private mutating func extract(_ contents: FileContents, write: (String) -> Void, warn: (String) -> Void) {
        for warning in contents.warnings { warn(warning.description) }
        // Articles extracted here one at a time, then those a claims file held.
        for article in contents.articles { emit(lines(for: article), write) }
        for loaded in contents.extracted { emit(lines(for: loaded), write) }
    }

    /// One line of a JSON Lines stream (`newsq extract -`): a news-please record, or an
    /// article file's content as `{"path", "file"}` (text) or `{"path", "file_base64"}` (bytes). Its claims go to `write`; a line that
    /// is no article gets a warning naming it.
    public mutating func extract(jsonLine line: Substring, number: Int, write: (String) -> Void, warn: (String) -> Void) {
        if line.allSatisfy(\.isWhitespace) { return }
        switch JSONArticles.record(line: line, number: number) {
        case .notJSON: warn("warning: standard input:\(number): not a JSON object, line skipped")
        case .notBase64: warn("warning: standard input:\(number): file_base64 is not base64, line skipped")
        case .empty(let problems):
            for problem in problems { warn("warning: standard input:\(number): \(problem)") }
        case .article(let article, let problems):
            for problem in problems { warn("warning: standard input:\(number): \(problem)") }
            emit(lines(for: article), write)
        case .file(let path, let bytes):
            extract(FileContents.parse(path: path, bytes: bytes), write: write, warn: warn)
        }
    }

    private func emit(_ text: String, _ write: (String) -> Void) {
        if !text.isEmpty { write(text) }
    }

    /// One claim as a line (with its newline): every field of `claims` as the shell prints
    /// them, then what the corpus-wide steps need where the line is loaded back
    /// (`ClaimsFile`): the kind of actor the speaker resolved to (merging across articles
    /// asks it), how it was resolved and how it was found (`.show claim`), and its article's
    /// title, source, url and length.
    static func line(_ row: ClaimRow, article: Article, words: Int) -> String {
        let values =
            Schema.claims.map { $0.read(row) } + [
                .text(row.actorKind.rawValue), .text(row.resolution), .text(row.found), .text(article.title), .text(article.source),
                .text(article.url), .int(words),
            ]
        return JSONFormat.object(values, columns) + "\n"
    }

    private static let columns = Schema.claims.map(\.field.name) + ["actor_kind", "resolution", "found", "title", "source", "url", "words"]
}
