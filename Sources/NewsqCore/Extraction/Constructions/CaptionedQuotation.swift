extension ClaimFinder {
    /// `"Mr. Trump embodies … our greatest shame." ― Sonya Herridge`: a paragraph that is a
    /// quotation closed by a dash and a name; returns the paragraphs read so.
    mutating func addCaptionedQuotations() -> Set<Int> {
        var captioned = Set<Int>()
        var s = 0
        for (p, paragraph) in paragraphs.enumerated() {
            let range = paragraph.tokens
            guard range.count >= 6, tokens[range.lowerBound].kind == .quote else { continue }
            var end = range.upperBound
            while end > range.lowerBound, tokens[end - 1].kind == .punct, !phrases.isAbbreviationPoint(end - 1, floor: range.lowerBound) { end -= 1 }
            guard let dash = (max(range.lowerBound + 2, end - 9)..<end).last(where: { tokens[$0].isPunct("-") }),
                tokens[dash - 1].kind == .quote || (tokens[dash - 1].kind == .punct && tokens[dash - 2].kind == .quote),
                dash + 1 < end, tokens[dash + 1].isCapitalized,
                (dash + 1..<end).allSatisfy({
                    tokens[$0].kind == .word || tokens[$0].kind == .number || tokens[$0].isPunct(",")
                        || tokens[$0].isPunct(".")
                })
            else { continue }
            let content = trim(range.lowerBound, dash)
            let name = dash + 1..<end
            guard content.count >= 3 else { continue }
            while s + 1 < sentences.count, sentences[s].tokens.upperBound <= dash { s += 1 }
            drafts.append(
                ClaimDraft(
                    source: .phrase(SpeakerPhrase(text.words(name)), tokens: name), cue: "say", stance: .assert,
                    content: [content], sentence: s, cueToken: dash))
            captioned.insert(p)
        }
        return captioned
    }
}
