import Foundation

/// Articles read from the paths a user gave, with their claims extracted, and the
/// warnings for files skipped or repaired.
public struct LoadedArticle: Sendable {
    /// The article's header fields; its body is let go once extracted (claims keep
    /// their sentences), so a loaded corpus does not hold its text twice.
    public var article: Article
    public var claims: [ExtractedClaim]
    /// The body's word count and UTF-8 size, taken while the article is extracted.
    public var words: Int
    public var textBytes: Int

    public init(article: Article, claims: [ExtractedClaim]) {
        words = article.wordCount
        textBytes = article.body.utf8.count
        self.article = article
        self.article.body = ""
        self.claims = claims
    }

    /// An article with the claims the extractor finds in it.
    init(extracting article: Article) { self.init(article: article, claims: Extractor.claims(in: article)) }

    /// An article read back from a claims file: its claims extracted elsewhere, its body never here.
    init(article: Article, claims: [ExtractedClaim], words: Int) {
        self.article = article
        self.claims = claims
        self.words = words
        textBytes = 0
    }
}

public enum ArticleLoader {
    /// Reads and extracts every file under `paths`, spread over the cores; the
    /// result keeps the files' sorted order whatever the scheduling. The articles of
    /// claims files (`newsq extract`) come after, in their files' order, as they were
    /// extracted.
    public static func load(_ paths: [String]) -> (articles: [LoadedArticle], warnings: [LoadWarning]) {
        let read = read(paths)
        return (extract(read.articles) + read.extracted, read.warnings)
    }

    /// The first stage of a load: every file under `paths` read, over the cores.
    public static func read(_ paths: [String]) -> FileContents {
        let found = StageClock.shared.time("walk") { FileWalker.files(paths) }
        return read(files: found.files, warnings: found.warnings)
    }

    static func read(files: [String], warnings: [LoadWarning]) -> FileContents {
        let results = readEach(files)
        return FileContents(
            articles: results.flatMap(\.articles), extracted: results.flatMap(\.extracted), warnings: warnings + results.flatMap(\.warnings))
    }

    /// Each file read over the cores; an article too long to extract whole says so.
    private static func readEach(_ files: [String]) -> [FileContents] {
        StageClock.shared.time("read") {
            parallelMap(files) { file in
                var contents = FileContents.read(file: file)
                contents.warnings += contents.articles.filter { $0.body.utf8.count > Extractor.maxBodyBytes }.map {
                    LoadWarning(
                        path: $0.path,
                        reason: "longer than \(Extractor.maxBodyBytes >> 20) MiB: claims read from the first \(Extractor.maxBodyBytes >> 20) MiB only")
                }
                return contents
            }
        }
    }

    /// What one file gave: its articles with their claims (a claims file's as read) and its warnings.
    struct LoadedFile {
        var articles: [LoadedArticle]
        var isClaimsFile: Bool
        var warnings: [LoadWarning]
    }

    /// Each of `files` read and extracted over the cores, kept apart by file (what the saved
    /// store records a file at a time).
    static func load(files: [String]) -> [LoadedFile] {
        let contents = readEach(files)
        var extracted = extract(contents.flatMap(\.articles))[...]
        return contents.map { c in
            let mine = Array(extracted.prefix(c.articles.count))
            extracted = extracted.dropFirst(c.articles.count)
            return LoadedFile(articles: mine + c.extracted, isClaimsFile: !c.extracted.isEmpty, warnings: c.warnings)
        }
    }

    /// The second stage: claims extracted from articles in memory, over the cores
    /// (also how the built-in demo corpus is loaded).
    public static func extract(_ articles: [Article]) -> [LoadedArticle] {
        StageClock.shared.time("extract") { parallelMap(articles, LoadedArticle.init(extracting:)) }
    }
}
