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
}

public enum ArticleLoader {
    /// Reads and extracts every file under `paths`, spread over the cores; the
    /// result keeps the files' sorted order whatever the scheduling.
    public static func load(_ paths: [String]) -> (articles: [LoadedArticle], warnings: [LoadWarning]) {
        let read = read(paths)
        return (extract(read.articles), read.warnings)
    }

    /// The first stage of a load: every file under `paths` read into articles, over the cores.
    public static func read(_ paths: [String]) -> (articles: [Article], warnings: [LoadWarning]) {
        let found = FileWalker.files(paths)
        return read(files: found.files, warnings: found.warnings)
    }

    static func read(files: [String], warnings: [LoadWarning]) -> (articles: [Article], warnings: [LoadWarning]) {
        let results = parallelMap(files) { ArticleReader.read(file: $0) }
        let articles = results.flatMap(\.articles)
        let long = articles.filter { $0.body.utf8.count > Extractor.maxBodyBytes }.map {
            LoadWarning(path: $0.path, reason: "longer than \(Extractor.maxBodyBytes >> 20) MiB: claims read from the first \(Extractor.maxBodyBytes >> 20) MiB only")
        }
        return (articles, warnings + results.flatMap(\.warnings) + long)
    }

    /// The second stage: claims extracted from articles in memory, over the cores
    /// (also how the built-in demo corpus is loaded).
    public static func extract(_ articles: [Article]) -> [LoadedArticle] {
        parallelMap(articles) { LoadedArticle(article: $0, claims: Extractor.claims(in: $0)) }
    }
}

/// `map` over the cores, in chunks of `chunk` items taken from a shared counter so one
/// huge item does not hold a whole share of the work (chunks of 1 for a few big jobs).
func parallelMap<T, R>(_ items: [T], chunk: Int = 4, _ transform: (T) -> R) -> [R] {
    guard items.count > 1 else { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    let next = NextIndex()
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, items.count)
    withoutActuallyEscaping(transform) { transform in
        nonisolated(unsafe) let transform = transform
        nonisolated(unsafe) let results = results
        nonisolated(unsafe) let items = items
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let range = next.take(chunk, limit: items.count) {
                for i in range { results[i] = transform(items[i]) }
            }
        }
    }
    return results.map { $0! }
}

private final class NextIndex: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(_ n: Int, limit: Int) -> Range<Int>? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        let start = value
        value = min(limit, value + n)
        return start..<value
    }
}
