import Foundation
import Testing

/// The word lists in `Sources/NewsqCore/Extraction/Lexicon` are read as source: a
/// set literal silently drops a repeated word, so a repeat is a list someone edited
/// without seeing the whole of it.
@Suite struct LexiconTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/NewsqCore/Extraction/Lexicon")

    /// Each `static let NAME: WordSet = [...]` or `WordMap<…> = [...]` literal: its name and its words (or keys).
    static func lists(in source: String) -> [(name: String, words: [String])] {
        var out: [(String, [String])] = []
        let declaration = try! NSRegularExpression(pattern: #"static let (\w+): (WordSet|WordMap<[^=]+>) = \["#)
        let ns = source as NSString
        for match in declaration.matches(in: source, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 1))
            let isDictionary = ns.substring(with: match.range(at: 2)).hasPrefix("WordMap")
            // The literal runs to the bracket that closes the one the match ended on.
            var depth = 1, inString = false, i = match.range.location + match.range.length
            var current = "", words: [String] = [], afterString = false
            while i < ns.length, depth > 0 {
                let c = Character(UnicodeScalar(ns.character(at: i))!)
                if inString {
                    if c == "\\" { i += 1 } else if c == "\"" { inString = false; afterString = true } else { current.append(c) }
                } else if c == "\"" {
                    inString = true
                    current = ""
                } else if c == "[" || c == "(" {
                    depth += 1
                } else if c == "]" || c == ")" {
                    depth -= 1
                } else if afterString, !c.isWhitespace {
                    // A dictionary's key is the string before a colon; a set's word every string at depth 1.
                    if depth == 1, (isDictionary ? c == ":" : c == ",") { words.append(current) }
                    afterString = false
                }
                i += 1
            }
            if !isDictionary, afterString { words.append(current) }
            out.append((name, words))
        }
        return out
    }

    @Test func noWordListRepeatsAWord() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count >= 5, "the lexicon folder moved: \(Self.folder.path)")
        var lists = 0
        for file in files {
            let source = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            for list in Self.lists(in: source) {
                lists += 1
                var seen = Set<String>()
                let repeats = list.words.filter { !seen.insert($0).inserted }
                #expect(repeats.isEmpty, "\(file): \(list.name) repeats \(repeats)")
            }
        }
        #expect(lists >= 30)
    }

    @Test func theReaderFindsARepeat() {
        let lists = Self.lists(in: #"static let a: WordSet = ["x", "y", "x"]  static let b: WordMap<String> = ["k": "v", "k": "w"]"#)
        #expect(lists.map(\.words) == [["x", "y", "x"], ["k", "k"]])
    }
}
