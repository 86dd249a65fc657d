import Foundation

/// How names are compared: case, diacritics, curly apostrophes and a leading "the"
/// do not count, so `Erdogan` finds `Erdoğan` and `the Red Cross` finds `Red Cross`.
enum ActorName {
    static func key(_ name: String) -> String {
        // Most names are ASCII: lowercasing is all the folding they need, and far cheaper.
        var folded =
            name.utf8.allSatisfy({ $0 < 0x80 })
            ? name.lowercased()
            : name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).replacingOccurrences(of: "\u{2019}", with: "'")
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        return folded.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// The last word of a person's name: `Biden` of `Joe Biden`.
    static func surname(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return nil }
        return String(last)
    }

    /// Whether a written phrase may define an acronym (`definedAcronym`): it holds a parenthesis.
    static func mayDefineAcronym(_ written: some Sequence<UInt8>) -> Bool { written.contains(40) }

    /// `DfID` from `Department for International Development (DfID)`: an acronym the
    /// written phrase defines in parentheses after the name.
    static func definedAcronym(in written: String) -> String? {
        guard let open = written.lastIndex(of: "("), let close = written.lastIndex(of: ")"), open < close else { return nil }
        let inside = written[written.index(after: open)..<close]
        guard inside.count >= 2, inside.count <= 10, inside.first?.isUppercase == true,
            inside.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" }), inside.filter(\.isUppercase).count >= 2
        else { return nil }
        return String(inside)
    }
}
