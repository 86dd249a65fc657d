extension ClaimFinder {
    /// `Clinton camp: Trump's rhetoric threatens security` and a transcript's `TAPPER: Do you think …?`:
    /// a short name before a colon opening the sentence. When the sentence opens its paragraph, the
    /// claim runs to the paragraph's end, as a speaker's turn in a transcript does.
    mutating func openingColon(sentence s: Int) -> Bool {
        let range = sentences[s].tokens
        guard let colon = range.prefix(8).first(where: { tokens[$0].isPunct(":") }), colon > range.lowerBound,
            (range.lowerBound..<colon).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].quoted }),
            (range.lowerBound..<colon).contains(where: { tokens[$0].isCapitalized }),
            !(range.lowerBound..<colon).contains(where: { Self.sourceLabels.contains(tokens[$0]) }),
            // "He added:", "But Woodward said:": a verb of saying reads the colon as its own.
            !(range.lowerBound..<colon).contains(where: { ReportingLexicon.forms[tokens[$0]].map { !$0.alsoNoun } ?? false })
        else { return false }
        let phrase = SpeakerPhrase(text.words(range.lowerBound..<colon))
        switch phrase.reference {
        case .person, .organization, .country, .surname: break
        case .definite, .group, .unknown: if colon - range.lowerBound > 4 { return false }  // "Clinton camp: …"
        case .pronoun: return false
        }
        let paragraph = paragraphs[sentences[s].paragraph].tokens
        let end = paragraph.lowerBound == range.lowerBound ? endBeforePunctuation(paragraph.upperBound, floor: colon + 1) : contentEnd(s)
        let content = trim((colon + 1), end)
        guard content.count >= 3 else { return false }
        add(
            ClaimDraft(
                source: .phrase(phrase, tokens: range.lowerBound..<colon), cue: "say", stance: .assert,
                content: [content], sentence: s, cueToken: colon))
        return true
    }
}
