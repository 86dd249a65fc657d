/// What one file (or several) held: articles to extract, or the articles of a claims
/// file `newsq extract` wrote, extracted already; and the warnings for what was skipped
/// or repaired. A claims file is known by its content, whatever its name.
public struct FileContents: Sendable {
    public var articles: [Article] = []
    public var extracted: [LoadedArticle] = []
    public var warnings: [LoadWarning] = []

    static func read(file path: String) -> FileContents {
        of(path: path, ArticleReader.text(file: path))
    }

    /// A file's bytes as they are (`newsq extract -` with `file_base64`).
    static func parse(path: String, bytes: [UInt8]) -> FileContents {
        of(path: path, ArticleReader.text(path: path, bytes: bytes))
    }

    private static func of(path: String, _ read: (text: String?, warnings: [LoadWarning])) -> FileContents {
        guard let text = read.text else { return FileContents(warnings: read.warnings) }
        if ClaimsFile.recognises(text) {
            let claims = ClaimsFile.read(path: path, text: text)
            return FileContents(extracted: claims.articles, warnings: read.warnings + claims.warnings)
        }
        let parsed = ArticleReader.articles(path: path, text: text)
        return FileContents(articles: parsed.articles, warnings: read.warnings + parsed.warnings)
    }
}
