import Foundation
import NewsqCore

/// Builds a large corpus from the shared ones: each article copied as many times as
/// needed, each copy with its people renamed and its date moved, so the copies give
/// new actors and a spread of dates rather than the same claims again.
struct CorpusBuilder {
    let sources: [String]
    let count: Int
    let folder: String

    /// Bump when the generated text changes, so an old corpus is rebuilt.
    static let version = 1

    /// Builds the corpus unless the folder already holds this one; returns its text size in bytes.
    func build(log: (String) -> Void) throws -> Int {
        let marker = folder + "/.complete"
        let wanted = "\(Self.version) \(count) \(sources.joined(separator: " "))"
        if let done = try? String(contentsOfFile: marker, encoding: .utf8), done.hasPrefix(wanted + "\n"),
            let bytes = Int(done.split(separator: "\n").last ?? "")
        {
            log("using the corpus built before in \(folder)")
            return bytes
        }
        let base = ArticleLoader.read(sources).articles.filter { !$0.body.isEmpty }
        guard !base.isEmpty else { throw BenchError("no articles under \(sources.joined(separator: ", "))") }
        log("building \(count) articles from \(base.count) in \(folder) ...")
        let names = Self.personNameWords(base)
        try? FileManager.default.removeItem(atPath: folder)
        var total = 0
        for i in 0..<count {
            let source = base[i % base.count], copy = i / base.count
            if i % 1000 == 0 { try FileManager.default.createDirectory(atPath: "\(folder)/\(i / 1000)", withIntermediateDirectories: true) }
            let body = copy == 0 ? source.body : Self.renamed(source.body, names: names, copy: copy)
            let title = copy == 0 ? source.title : Self.renamed(source.title, names: names, copy: copy)
            let date = Self.date(source.date, article: i, copy: copy)
            let text = "title: \(title.replacingOccurrences(of: "\n", with: " "))\ndate: \(date)\nsource: bench\n\n\(body)\n"
            try text.write(toFile: "\(folder)/\(i / 1000)/\(i).txt", atomically: false, encoding: .utf8)
            total += body.utf8.count
        }
        try "\(wanted)\n\(total)".write(toFile: marker, atomically: true, encoding: .utf8)
        return total
    }

    /// The words of people's names as extraction finds them in the sources ("Tony", "Blair").
    static func personNameWords(_ articles: [Article]) -> Set<Substring> {
        var words = Set<Substring>()
        for loaded in ArticleLoader.extract(articles) {
            for claim in loaded.claims where claim.actorKind == .person {
                for word in claim.actor.split(separator: " ") where word.count >= 3 && word.first!.isUppercase {
                    words.insert(Substring(String(word)))
                }
            }
        }
        return words
    }

    private static let syllables = [
        "Al", "Bar", "Cor", "Dal", "Ed", "Fen", "Gar", "Hal", "Ing", "Jar", "Kel", "Lor",
        "Mar", "Nor", "Os", "Pel", "Quin", "Ros", "Sal", "Tor", "Ul", "Val", "Wen", "Yar",
    ]

    /// `text` with every name word swapped for one made for this copy: the same word
    /// always becomes the same name within a copy, so reference still works.
    static func renamed(_ text: String, names: Set<Substring>, copy: Int) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 64)
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { $0.isLetter }) {
            out += rest[..<start]
            let word = rest[start...].prefix { $0.isLetter }
            if names.contains(word) { out += variant(word, copy: copy) } else { out += word }
            rest = rest[word.endIndex...]
        }
        out += rest
        return out
    }

    static func variant(_ word: Substring, copy: Int) -> String {
        var hash = 5381
        for byte in word.utf8 { hash = (hash &* 33) &+ Int(byte) }
        let syllable = syllables[abs(hash &+ copy &* 7919) % syllables.count]
        let number = copy / syllables.count  // more copies than syllables: a suffix keeps them apart
        return syllable + word.dropFirst(min(2, word.count - 1)).lowercased() + (number > 0 ? String(number) : "")
    }

    /// The source's date (or one made up from the article number) moved by the copy number.
    static func date(_ source: String, article: Int, copy: Int) -> String {
        let base = DateText.dayNumber(source) ?? (17_897 + article * 37 % 2_000)  // 2019-01-01 + up to 5 years
        return DateText.iso(dayNumber: base + copy * 11)
    }
}
