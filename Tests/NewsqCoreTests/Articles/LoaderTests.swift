import Foundation
import Testing

@testable import NewsqCore

@Suite struct LoaderTests {
    func folder() throws -> String {
        let dir = NSTemporaryDirectory() + "newsq-loader-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aFileExtensionIsWhatFoundationSays() {
        for path in ["a/b.txt", "b.TXT", "noext", "file.", ".hidden", "dir.d/file", "a/b.c.jsonl", "/x/.txt", "ü/ä.md", "", "a.b/c.d/e"] {
            #expect(FileWalker.fileExtension(path) == (path as NSString).pathExtension, "\(path)")
        }
    }

    @Test func anArticlesWordsAreCountedAsByteByByte() {
        // Eight bytes at a time must count as one at a time would: words across lane and
        // chunk edges, every kind of space, runs of spaces, bytes past ASCII, a tail.
        func byteByByte(_ text: String) -> Int {
            var count = 0, inWord = false
            for byte in text.utf8 {
                let isSpace = byte == 32 || byte == 10 || byte == 9 || byte == 13
                if !isSpace && !inWord { count += 1 }
                inWord = !isSpace
            }
            return count
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "word", " ", "  ", "\n", "\t", "\r\n", "é", "—", "\u{0}", "1234567", "x\u{B}y"]
        var texts = ["", " ", "a", "abcdefgh", "abcdefg h", "       a", "        a", "a       b", String(repeating: "ab ", count: 40)]
        for _ in 0..<300 { texts.append((0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()) }
        for text in texts {
            #expect(Article(path: "", body: text).wordCount == byteByByte(text), "\(text.debugDescription)")
        }
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

    @Test func utf16AndUTF32WithAByteOrderMarkAreDecoded() {
        let text = "The ministry said the drone fell in a field near Galați."
        func bytes(_ encoding: String.Encoding, mark: [UInt8]) -> [UInt8] { mark + [UInt8](text.data(using: encoding)!) }
        let wide: [(String, [UInt8])] = [
            ("utf16le", bytes(.utf16LittleEndian, mark: [0xFF, 0xFE])), ("utf16be", bytes(.utf16BigEndian, mark: [0xFE, 0xFF])),
            ("utf32le", bytes(.utf32LittleEndian, mark: [0xFF, 0xFE, 0, 0])), ("utf32be", bytes(.utf32BigEndian, mark: [0, 0, 0xFE, 0xFF])),
        ]
        for (name, encoded) in wide {
            let read = ArticleReader.parse(path: "\(name).txt", bytes: encoded)
            #expect(read.warnings.isEmpty, "\(name): \(read.warnings)")
            #expect(read.articles.map(\.body) == [text], "\(name)")
        }
        // Without a mark, UTF-16 is named for what it is, with how to convert it.
        let unmarked = ArticleReader.parse(path: "u.txt", bytes: [UInt8](text.data(using: .utf16LittleEndian)!))
        #expect(unmarked.articles.isEmpty && unmarked.warnings.first?.reason.contains("UTF-16 without a byte-order mark") == true)
    }

    @Test func jsonFieldsOfTheWrongTypeAreWarnedAboutByRecordAndField() {
        let lines = """
            {"text": 42, "title": ["x"], "date": true}
            {"maintext": null, "title": "Drone falls near border"}
            {"maintext": "The ministry said the drone fell.", "date": "yesterday", "authors": ["A. Writer"]}
            {"maintext": "Officials said it rained.", "date_publish": "2023-09-04 10:00:00", "url": 7}
            """
        let read = ArticleReader.parse(path: "w.jsonl", bytes: Array(lines.utf8))
        let warned = read.warnings.map(\.description)
        #expect(warned.contains("warning: w.jsonl#1: `text` is a number, not text"))
        #expect(warned.contains("warning: w.jsonl#1: `title` is a list, not text"))
        #expect(warned.contains { $0.hasPrefix("warning: w.jsonl#1: no article text") && $0.hasSuffix("skipped") })
        #expect(warned.contains("warning: w.jsonl#2: `maintext` is null, not text"))
        #expect(warned.contains { $0.hasPrefix("warning: w.jsonl#2: no article text") && $0.hasSuffix("only its title is read") })
        #expect(warned.contains { $0.hasPrefix("warning: w.jsonl#3: date `yesterday` is no date") })
        #expect(warned.contains("warning: w.jsonl#4: `url` is a number, not text"))
        #expect(read.articles.map(\.path) == ["w.jsonl#2", "w.jsonl#3", "w.jsonl#4"])
        #expect(read.articles.map(\.date) == ["", "", "2023-09-04"])
        #expect(read.articles[1].author == "A. Writer")
        // A JSON file's record is named by its place in the array.
        let array = ArticleReader.parse(path: "a.json", bytes: Array(#"[{"text": "He said so.", "source": {"name": "x"}}]"#.utf8))
        #expect(array.warnings.map(\.description) == ["warning: a.json#1: `source` is an object, not text"])
    }

    @Test func aPlainTextDateThatIsNoDateIsWarnedAboutAndLeftEmpty() {
        let read = ArticleReader.parse(path: "d.txt", bytes: Array("date: yesterday\ntitle: Drones\n\nThe ministry said it was fine.".utf8))
        #expect(read.warnings.map(\.reason) == [DateText.unreadable("yesterday")])
        #expect(read.articles.map(\.date) == [""] && read.articles.map(\.title) == ["Drones"])
        #expect(read.articles.map(\.body) == ["The ministry said it was fine."])
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
        let read = ArticleLoader.load(files: listed)
        #expect(read.allSatisfy { $0.articles.isEmpty })
        let reasons = read.flatMap(\.warnings).map(\.reason)
        #expect(reasons.contains { $0.contains("not a regular file") })
        #expect(reasons.contains { $0.contains("unreadable") })
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
