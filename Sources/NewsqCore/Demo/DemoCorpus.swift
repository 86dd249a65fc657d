import Foundation

/// The built-in demo corpus: eight short wire reports about one invented incident
/// (a cut undersea cable between Norway and Denmark, blamed on a Swedish trawler).
/// Every person, ship, company and statement in it is fictional. They are files in
/// `Resources/demo`, shipped with the binary and linked as `demo/` in the project, so
/// they go through the same readers as any corpus and `newsq demo` loads the same.
public enum DemoCorpus {
    /// The folder of the demo's files among the resources.
    static var folder: String? { Bundle.module.url(forResource: "demo", withExtension: nil)?.path }

    /// The demo's articles, in the order `newsq demo` reads them, with paths as there (`demo/…`).
    public static var articles: [Article] {
        guard let folder else { return [] }
        return FileWalker.files([folder]).files.flatMap { file -> [Article] in
            guard let bytes = FileManager.default.contents(atPath: file) else { return [] }
            return ArticleReader.parse(path: "demo" + file.dropFirst(folder.count), bytes: [UInt8](bytes)).articles
        }
    }
}
