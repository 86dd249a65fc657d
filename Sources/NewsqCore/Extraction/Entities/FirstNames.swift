import Foundation

/// Which pronoun a person takes, by first name (`Resources/first-names.tsv`, from the US
/// Social Security Administration's baby names, made by `scripts/make-first-names`) or by
/// honorific (`SpeakerPhrase.honorifics`): "he" finds Jack McConnell, not Nicola Sturgeon.
enum FirstNames {
    enum Pronoun: Sendable { case he, she }

    /// Lowercased first name → its pronoun (1 he, 2 she), for names nearly always given to one sex.
    private static let pronouns = Resource.keyed("first-names", fields: 2) { row in Array(row[1]) == Array("she".utf8) ? 2 : 1 }

    /// The pronoun of a lowercased first name, if the name nearly always goes with one.
    static func pronoun(of firstName: String) -> Pronoun? {
        // "Agnès", "José": the list writes names without accents.
        var known = pronouns[firstName]
        if known == 0, firstName.utf8.contains(where: { $0 >= 0x80 }) { known = pronouns[firstName.folding(options: .diacriticInsensitive, locale: nil)] }
        switch known {
        case 1: return .he
        case 2: return .she
        default: return nil
        }
    }

    /// The pronoun of a person named `name`, written as `written` ("Mrs Clinton"), if known.
    static func pronoun(name: String, written: String) -> Pronoun? {
        pronoun(
            firstName: name.contains(" ") ? name.prefix { $0 != " " }.lowercased() : nil,
            writtenWords: written.lowercased().split(separator: " ").prefix(4).map(String.init))
    }

    /// The pronoun an honorific among `writtenWords` (lowercased) gives, else the first name's.
    static func pronoun(firstName: String?, writtenWords: [String]) -> Pronoun? {
        for word in writtenWords.prefix(4) {
            if let known = SpeakerPhrase.honorifics[word] ?? SpeakerPhrase.regnalTitles[word] ?? nil { return known }
        }
        return firstName.flatMap { pronoun(of: $0) }
    }
}
