extension ClaimFinder {
    /// `… pollster Daron Shaw: "Historically, …"` — a name, a colon, a quotation. (A short name
    /// opening the sentence before its colon is `openingColon`'s, tried before any cue.)
    mutating func colonAfterSpeaker(sentence s: Int) {
        let range = sentences[s].tokens
        guard let colon = range.first(where: { tokens[$0].isPunct(":") && !tokens[$0].quoted }), colon > range.lowerBound,
            colon + 1 < range.upperBound, tokens[colon + 1].kind == .quote, tokens[colon + 1].opens,
            tokens[colon - 1].isCapitalized, let speaker = phrases.nounPhrase(endingBefore: colon, floor: range.lowerBound)
        else { return }
        let content = trim(colon + 2, quotationEnd(from: colon + 2, limit: range.upperBound))
        guard content.count >= 3 else { return }
        add(
            ClaimDraft(
                source: .phrase(SpeakerPhrase(text.words(speaker)), tokens: speaker), cue: "say", stance: .assert,
                content: [content], sentence: s, cueToken: colon))
    }
}
