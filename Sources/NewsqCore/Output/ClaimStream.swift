import Foundation

/// `newsq extract`: claims as JSON Lines, a batch of inputs at a time extracted over the
/// cores and written in input order, with nothing kept between batches but two counters,
/// so memory stays flat however long the input. The actor is as resolved within its
/// article: merging actors across articles needs the whole corpus, which loading the
/// lines back does.
public struct ClaimStream {
    private var nextClaim = 1
    private var nextArticle = 1

    public init() {}

    /// Inputs (files or lines) extracted side by side before their claims are written.
    private static let batch = 64 * ProcessInfo.processInfo.activeProcessorCount

    /// What one input gave, extracted: its warnings, then its articles with their claims.
    struct Extracted {
        var warnings: [String] = []
        var articles: [LoadedArticle] = []
    }

    /// Extracts `inputs` a batch at a time over the cores and writes what each gave, in input
    /// order, as the batch ends (`inputs` may be read as it goes, like standard input).
    private mutating func extractInBatches<Input>(
        _ inputs: some Sequence<Input>, _ extract: (Input) -> Extracted, write: (String) -> Void, warn: (String) -> Void
    ) {
        var iterator = inputs.makeIterator()
        while true {
            var batch: [Input] = []
            while batch.count < Self.batch, let input = iterator.next() { batch.append(input) }
            if batch.isEmpty { return }
            for item in parallelMap(batch, chunk: 1, extract) {
                for warning in item.warnings { warn(warning) }
                for loaded in item.articles { emit(lines(for: loaded), write) }
            }
        }
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
        extractInBatches(found.files, { Self.extracted(FileContents.read(file: $0)) }, write: write, warn: warn)
    }

    /// A file's articles extracted, then those a claims file held.
    private static func extracted(_ contents: FileContents) -> Extracted {
        Extracted(
            warnings: contents.warnings.map(\.description),
            articles: contents.articles.map(LoadedArticle.init(extracting:)) + contents.extracted)
    }

    /// The lines of a JSON Lines stream (`newsq extract -`), read as they come and extracted a
    /// batch at a time: each a news-please record, or an article file's content as
    /// `{"path", "file"}` (text) or `{"path", "file_base64"}` (bytes). Their claims go to
    /// `write` in line order; a line that is no article gets a warning naming it.
    public mutating func extract(jsonLines lines: some Sequence<String>, write: (String) -> Void, warn: (String) -> Void) {
        extractInBatches(
            lines.enumerated(), { Self.extracted(jsonLine: Substring($0.element), number: $0.offset + 1) }, write: write, warn: warn)
    }

    private static func extracted(jsonLine line: Substring, number: Int) -> Extracted {
        if line.allSatisfy(\.isWhitespace) { return Extracted() }
        let place = "warning: standard input:\(number): "
        switch JSONArticles.record(line: line, number: number) {
        case .notJSON: return Extracted(warnings: [place + "not a JSON object, line skipped"])
        case .notBase64: return Extracted(warnings: [place + "file_base64 is not base64, line skipped"])
        case .empty(let problems): return Extracted(warnings: problems.map { place + $0 })
        case .article(let article, let problems):
            return Extracted(warnings: problems.map { place + $0 }, articles: [LoadedArticle(extracting: article)])
        case .file(let path, let bytes): return extracted(FileContents.parse(path: path, bytes: bytes))
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
