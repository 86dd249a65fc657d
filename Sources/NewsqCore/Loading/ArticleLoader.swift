import Foundation

/// Articles read from the paths a user gave, with their claims extracted, and the
/// warnings for files skipped or repaired.
public struct LoadedArticle: Sendable {
    /// The article's header fields; its body is let go once extracted (claims keep
    /// their sentences), so a loaded corpus does not hold its text twice.
    public var article: Article
    /// Packed as soon as they are extracted (`ClaimPack`).
    public var claims: ClaimPack
    /// The body's word count and UTF-8 size, taken while the article is extracted.
    public var words: Int
    public var textBytes: Int

    public init(article: Article, claims: [ExtractedClaim]) {
        words = article.wordCount
        textBytes = article.body.utf8.count
        self.article = article
        self.article.body = ""
        self.claims = ClaimPack(claims)
    }

    /// An article with the claims the extractor finds in it.
    init(extracting article: Article) { self.init(article: article, claims: Extractor.claims(in: article)) }

    /// An article read back (from a claims file, a saved store, a store's columns): its claims
    /// extracted before, its body not here; `textBytes` 0 for a claims file, which holds none.
    init(article: Article, claims: ClaimPack, words: Int, textBytes: Int = 0) {
        self.article = article
        self.claims = claims
        self.claims.tighten()
        self.words = words
        self.textBytes = textBytes
    }

    /// An article read back from its header fields (a saved store's row, a store's article).
    init(path: String, date: String, title: String, source: String, url: String, words: Int, textBytes: Int, claims: ClaimPack) {
        var article = Article(path: path, body: "")
        article.date = date
        article.title = title
        article.source = source
        article.url = url
        self.init(article: article, claims: claims, words: words, textBytes: textBytes)
    }
}

public enum ArticleLoader {
    /// Reads and extracts every file under `paths`, spread over the cores; the
    /// result keeps the files' sorted order whatever the scheduling. The articles of
    /// claims files (`newsq extract`) come after, in their files' order, as they were
    /// extracted.
    public static func load(_ paths: [String]) -> (articles: [LoadedArticle], warnings: [LoadWarning]) {
        let found = StageClock.shared.time("walk") { FileWalker.files(paths) }
        let files = load(files: found.files)
        let articles = files.flatMap { $0.isClaimsFile ? [] : $0.articles } + files.flatMap { $0.isClaimsFile ? $0.articles : [] }
        return (articles, found.warnings + files.flatMap(\.warnings))
    }

    /// The first stage of a load by stages (the benchmark's, the trainers'): every file under
    /// `paths` read, over the cores.
    public static func read(_ paths: [String]) -> FileContents {
        let found = StageClock.shared.time("walk") { FileWalker.files(paths) }
        let results = StageClock.shared.time("read") { parallelMap(found.files, readFile) }
        return FileContents(
            articles: results.flatMap(\.articles), extracted: results.flatMap(\.extracted),
            warnings: found.warnings + results.flatMap(\.warnings))
    }

    /// One file read; an article too long to extract whole says so.
    private static func readFile(_ file: String) -> FileContents {
        var contents = FileContents.read(file: file)
        contents.warnings += contents.articles.filter { $0.body.utf8.count > Extractor.maxBodyBytes }.map {
            LoadWarning(
                path: $0.path,
                reason: "longer than \(Extractor.maxBodyBytes >> 20) MiB: claims read from the first \(Extractor.maxBodyBytes >> 20) MiB only")
        }
        return contents
    }

    /// What one file gave: its articles with their claims (a claims file's as read) and its warnings.
    struct LoadedFile {
        var articles: [LoadedArticle]
        var isClaimsFile: Bool
        var warnings: [LoadWarning]
    }

    /// A file with more articles than this (a JSON Lines corpus) has them extracted over the
    /// cores once every file is read; the rest are extracted by the worker that read them.
    static let articlesExtractedWhereRead = 16

    /// Each of `files` read and extracted over the cores, kept apart by file (what the saved
    /// store records a file at a time). A worker extracts the articles of the file it has
    /// just read, so a body is let go once its claims are out rather than every body being
    /// held until all are read.
    static func load(files: [String]) -> [LoadedFile] {
        enum Read { case done(LoadedFile), waiting(FileContents) }
        let read = StageClock.shared.time("read and extract") {
            parallelMap(files) { file -> Read in
                let contents = readFile(file)
                guard contents.articles.count <= articlesExtractedWhereRead else { return .waiting(contents) }
                return .done(
                    LoadedFile(
                        articles: contents.articles.map(LoadedArticle.init(extracting:)) + contents.extracted,
                        isClaimsFile: !contents.extracted.isEmpty, warnings: contents.warnings))
            }
        }
        // The big files' articles, all of them over the cores at once.
        let waiting = read.flatMap { if case .waiting(let contents) = $0 { return contents.articles } else { return [] } }
        var extracted = (waiting.isEmpty ? [] : extract(waiting))[...]
        return read.map { item in
            switch item {
            case .done(let file): return file
            case .waiting(let contents):
                let mine = Array(extracted.prefix(contents.articles.count))
                extracted = extracted.dropFirst(contents.articles.count)
                return LoadedFile(articles: mine + contents.extracted, isClaimsFile: !contents.extracted.isEmpty, warnings: contents.warnings)
            }
        }
    }

    /// The second stage: claims extracted from articles in memory, over the cores
    /// (also how the built-in demo corpus is loaded).
    public static func extract(_ articles: [Article]) -> [LoadedArticle] {
        StageClock.shared.time("extract") { parallelMap(articles, LoadedArticle.init(extracting:)) }
    }
}
