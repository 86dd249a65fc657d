import Foundation

/// `newsq extract`: claims as JSON Lines (`ClaimsFile`), one article at a time, with
/// nothing kept between articles but two counters, so memory stays flat however long
/// the input. The actor is as resolved within its article: merging actors across
/// articles needs the whole corpus, which loading the lines back does.
public struct ClaimStream {
    private var nextClaim = 1
    private var nextArticle = 1

    public init() {}

    /// The JSON Lines of one article's claims (empty when it has none).
    public mutating func lines(for article: Article) -> String {
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
            out += ClaimsFile.line(row, article: article, words: loaded.words)
        }
        return out
    }

    /// The claims of every article under `paths`, a file at a time, handed to `write`; the
    /// warnings of files skipped or repaired to `warn`.
    public mutating func extract(files paths: [String], write: (String) -> Void, warn: (String) -> Void) {
        let found = FileWalker.files(paths)
        for warning in found.warnings { warn("warning: \(warning.description)") }
        for file in found.files {
            let read = ArticleReader.read(file: file)
            for warning in read.warnings { warn("warning: \(warning.description)") }
            for article in read.articles {
                let text = lines(for: article)
                if !text.isEmpty { write(text) }
            }
            for loaded in read.extracted {
                let text = lines(for: loaded)
                if !text.isEmpty { write(text) }
            }
        }
    }

    /// One line of a news-please JSON Lines stream (`newsq extract -`): its claims, or a
    /// warning naming the line when it is not an article.
    public mutating func lines(forJSONLine line: Substring, number: Int) -> (lines: String, warning: String?) {
        if line.allSatisfy(\.isWhitespace) { return ("", nil) }
        guard let parsed = JSONArticles.article(line: line, number: number) else {
            return ("", "warning: standard input:\(number): not a JSON object, line skipped")
        }
        guard let article = parsed else {
            return ("", "warning: standard input:\(number): no article text (maintext, text), line skipped")
        }
        return (lines(for: article), nil)
    }
}
