/// An article body as bytes and tokens, with the slicing the extraction steps share.
struct TokenText {
    let bytes: [UInt8]
    let tokens: [Token]
    /// Each token's named-entity tag (`EntityTagger`); empty until tagged.
    var entities: [EntityTag] = []

    /// The original text from token `range.lowerBound` through `range.upperBound - 1`.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(decoding: bytes[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
    }

    /// Token `i`'s named-entity tag (outside when the text is not tagged).
    func entity(_ i: Int) -> EntityTag {
        i >= 0 && i < entities.count ? entities[i] : .outside
    }

    func words(_ range: Range<Int>) -> [SpeakerPhrase.Word] {
        var out: [SpeakerPhrase.Word] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            guard t.kind == .word || t.kind == .number else { i += 1; continue }
            // "Rory O' Neill": an initial's apostrophe written apart from the name stays with it.
            let particle = i + 1 < range.upperBound && t.end - t.start == 1 && t.isCapitalized
                && t.end == tokens[i + 1].start && (tokens[i + 1].lower == "'" || tokens[i + 1].lower == "\u{2019}")
            // "Plus.net", "Amazon.com": a point with no space either side joins one name.
            let end = isInnerPoint(i + 1, within: range) ? i + 3 : particle ? i + 2 : i + 1
            let written = text(i..<end)
            out.append(
                SpeakerPhrase.Word(text: written, lower: end == i + 3 ? TextMatching.lowered(written) : t.lower, capitalized: t.isCapitalized, entity: entity(i)))
            i = end
        }
        return out
    }

    /// A point between two words with no space either side: "Plus.net".
    func isInnerPoint(_ i: Int, within range: Range<Int>) -> Bool {
        i > range.lowerBound && i + 1 < range.upperBound && tokens[i].lower == "." && tokens[i - 1].kind == .word
            && tokens[i + 1].kind == .word && tokens[i - 1].end == tokens[i].start && tokens[i].end == tokens[i + 1].start
    }

    func isWord(_ i: Int, _ word: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].lower == word
    }

    func isPunct(_ i: Int, _ mark: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isPunct(mark)
    }
}
