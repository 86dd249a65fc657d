/// What one file (or several) held: articles to extract, or the articles of a claims
/// file `newsq extract` wrote, extracted already; and the warnings for what was skipped
/// or repaired. A claims file is known by its content, whatever its name.
public struct FileContents: Sendable {
    public var articles: [Article] = []
    public var extracted: [LoadedArticle] = []
    public var warnings: [LoadWarning] = []

    static func read(file path: String) -> FileContents {
        let read = ArticleReader.text(file: path)
        return read.text.map { of(path: path, text: $0, warnings: read.warnings) } ?? FileContents(warnings: read.warnings)
    }

    /// A file's bytes as they are (`newsq extract -` with `file_base64`).
    static func parse(path: String, bytes: [UInt8]) -> FileContents {
        let read = ArticleReader.text(path: path, bytes: bytes)
        return read.text.map { of(path: path, text: $0, warnings: read.warnings) } ?? FileContents(warnings: read.warnings)
    }

    private static func of(path: String, text: String, warnings: [LoadWarning]) -> FileContents {
        if ClaimsFile.recognises(text) {
            let read = ClaimsFile.read(path: path, text: text)
            return FileContents(extracted: read.articles, warnings: warnings + read.warnings)
        }
        let parsed = ArticleReader.articles(path: path, text: text)
        return FileContents(articles: parsed.articles, warnings: warnings + parsed.warnings)
    }
}
