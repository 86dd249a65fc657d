import Foundation

/// Which pronoun a person takes, by first name (`Resources/first-names.tsv`, from the US
/// Social Security Administration's baby names, made by `scripts/make-first-names`) or by
/// honorific: "he" finds Jack McConnell, not Nicola Sturgeon.
enum FirstNames {
    enum Pronoun: Sendable { case he, she }

    /// Lowercased first name → its pronoun, for names nearly always given to one sex.
    static let pronouns: [String: Pronoun] = {
        guard let url = Bundle.module.url(forResource: "first-names", withExtension: "tsv"), let data = try? Data(contentsOf: url) else {
            return [:]
        }
        var table: [String: Pronoun] = [:]
        var lineStart = 0
        let bytes = [UInt8](data)
        for (i, b) in bytes.enumerated() where b == 10 {
            defer { lineStart = i + 1 }
            let line = bytes[lineStart..<i]
            guard line.first != 35, let tab = line.firstIndex(of: 9) else { continue }
            let pronoun = String(decoding: line[(tab + 1)...], as: UTF8.self)
            table[String(decoding: line[..<tab], as: UTF8.self).lowercased()] = pronoun == "she" ? .she : .he
        }
        return table
    }()

    static let honorifics: [String: Pronoun] = [
        "mr": .he, "mr.": .he, "sir": .he, "lord": .he, "king": .he, "prince": .he,
        "mrs": .she, "mrs.": .she, "ms": .she, "ms.": .she, "miss": .she, "dame": .she, "lady": .she, "queen": .she, "princess": .she,
    ]

    /// The pronoun of a person named `name`, written as `written` ("Mrs Clinton"), if known.
    static func pronoun(name: String, written: String) -> Pronoun? {
        pronoun(firstName: name.contains(" ") ? name.prefix { $0 != " " }.lowercased() : nil,
                writtenWords: written.lowercased().split(separator: " ").prefix(4).map(String.init))
    }

    /// The pronoun an honorific among `writtenWords` (lowercased) gives, else the first name's.
    static func pronoun(firstName: String?, writtenWords: [String]) -> Pronoun? {
        for word in writtenWords.prefix(4) {
            if let known = honorifics[word] { return known }
        }
        return firstName.flatMap { pronouns[$0] }
    }
}
