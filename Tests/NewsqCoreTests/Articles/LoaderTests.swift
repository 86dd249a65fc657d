import Foundation
import Testing

@testable import NewsqCore

@Suite struct LoaderTests {
    func folder() throws -> String {
        let dir = NSTemporaryDirectory() + "newsq-loader-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func badFilesWarnAndTheRestLoads() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "date 2024-01-02\n\nThe mayor said the road was open.".write(toFile: dir + "/good.txt", atomically: true, encoding: .utf8)
        try Data().write(to: URL(fileURLWithPath: dir + "/empty.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]).write(to: URL(fileURLWithPath: dir + "/binary.txt"))
        try Data("Caf\u{E9} owner said prices rose.".utf8.map { $0 } + [0xE9, 0x20, 0x41]).write(to: URL(fileURLWithPath: dir + "/latin.txt"))
        try "{not json".write(toFile: dir + "/broken.json", atomically: true, encoding: .utf8)
        try "{\"text\": \"Officials said it rained.\"}\n[1]\n".write(toFile: dir + "/lines.jsonl", atomically: true, encoding: .utf8)
        symlink(dir + "/missing-target.txt", dir + "/dangling.txt")
        let (articles, warnings) = ArticleLoader.load([dir])
        let loadedNames = articles.map { ($0.article.path as NSString).lastPathComponent }
        #expect(Set(loadedNames) == ["good.txt", "latin.txt", "lines.jsonl#1"])
        let warned = warnings.map(\.description)
        for name in ["empty.txt", "binary.txt", "broken.json", "lines.jsonl:2", "dangling.txt"] {
            #expect(warned.contains { $0.contains(name) }, "no warning for \(name): \(warned)")
        }
        #expect(warned.contains { $0.contains("latin.txt") && $0.contains("repaired") })
        #expect(articles.first { $0.article.path.hasSuffix("good.txt") }?.article.date == "2024-01-02")
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every file; the dangling link above covers unreadable files"))
    func unreadableFileWarns() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "He said so.".write(toFile: dir + "/secret.txt", atomically: true, encoding: .utf8)
        chmod(dir + "/secret.txt", 0)
        let (articles, warnings) = ArticleLoader.load([dir])
        #expect(articles.isEmpty)
        #expect(warnings.first?.description.contains("unreadable") == true)
    }

    @Test func linkLoopsAndDeepFoldersEndWithAWarning() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Officials said the road was open.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        symlink(dir, dir + "/loop")  // a folder that contains itself
        var deep = dir
        for _ in 0...(FileWalker.maxDepth + 1) { deep += "/d" }
        try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
        try "He said so.".write(toFile: deep + "/deep.txt", atomically: true, encoding: .utf8)
        let (articles, warnings) = ArticleLoader.load([dir])
        #expect(articles.map { ($0.article.path as NSString).lastPathComponent } == ["a.txt"])
        #expect(warnings.contains { $0.reason.contains("nested deeper") })
    }

    @Test func aFileThatChangesBetweenListingAndReadingIsSkipped() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "The mayor said so.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try "The mayor said no.".write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
        let listed = FileWalker.files([dir]).files
        // After the listing, one file is replaced by a folder and the other removed.
        try FileManager.default.removeItem(atPath: dir + "/a.txt")
        try FileManager.default.createDirectory(atPath: dir + "/a.txt", withIntermediateDirectories: false)
        try FileManager.default.removeItem(atPath: dir + "/b.txt")
        let read = ArticleLoader.read(files: listed, warnings: [])
        #expect(read.articles.isEmpty)
        #expect(read.warnings.map(\.reason).contains { $0.contains("not a regular file") })
        #expect(read.warnings.map(\.reason).contains { $0.contains("unreadable") })
    }

    @Test func aFileOfHundredsOfMegabytesIsRefusedUnread() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/huge.txt"
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        ftruncate(fd, 300 << 20)  // sparse: 300 MiB on paper, nothing on disk
        close(fd)
        let (articles, warnings) = ArticleLoader.load([dir])
        #expect(articles.isEmpty)
        #expect(warnings.first?.description.contains("too large (300 MiB, limit 256 MiB)") == true)
    }

    @Test func aHugeOneLineArticleIsReadInBoundedPieces() {
        // A body without a line break or a full stop, past the limit (16 KiB here, 8 MiB in use):
        // claims come from the first 16 KiB, sentences stay short, and the cut splits no character.
        let unit = "the minister said that the drone fell and officials denied it é "
        let body = String(repeating: unit, count: 20_000 / unit.utf8.count)
        let claims = Extractor.claims(in: Article(path: "huge.txt", body: body), limit: 16 << 10)
        #expect(!claims.isEmpty)
        #expect(claims.count < Extractor.claims(in: Article(path: "huge.txt", body: body), limit: 1 << 20).count)
        #expect(claims.allSatisfy { String(validating: Array($0.sentence.utf8), as: UTF8.self) != nil && !$0.sentence.contains("\u{FFFD}") })
        #expect(claims.allSatisfy { $0.sentence.utf8.count <= Extractor.maxSentenceBytes + 1100 })
        #expect(claims.allSatisfy { $0.span.upperBound <= $0.sentence.utf8.count })
    }

    @Test func seedHeaderSharesTheFirstLine() {
        let parsed = ArticleReader.parse(path: "x.txt", bytes: Array(" date 2023-09-04 Troops moved, Ukraine said.\n\nMore.".utf8))
        #expect(parsed.articles.first?.date == "2023-09-04")
        #expect(parsed.articles.first?.body.hasPrefix("Troops moved") == true)
        #expect(parsed.articles.first?.firstLine == 1)
    }
}
