extension ClaimFinder {
    /// `In a Des Moines Register poll, Mr. Cruz had a 10-point lead`: the source is the
    /// opening phrase, the content the rest of the sentence (when no cue of its own reports it).
    mutating func inSource(sentence s: Int) {
        let lo = sentences[s].tokens.lowerBound, end = contentEnd(s)
        guard text.isWord(lo, "in") else {
            inPollAfterClause(sentence: s)
            return
        }
        guard let comma = (lo + 1..<min(end, lo + 14)).first(where: { text.isPunct($0, ",") }),
            comma - lo >= 3, (lo + 1..<comma).contains(where: { Self.sourceNouns.contains(tokens[$0]) }),
            (lo + 1..<comma).allSatisfy({ tokens[$0].kind != .quote && !tokens[$0].quoted }),
            // A cue of its own ("In a statement, the ministry said …") reports the sentence instead.
            !(comma + 1..<end).contains(where: {
                tokens[$0].kind == .word && ReportingLexicon.forms[tokens[$0]].map { !$0.needsComplement } == true
            })
        else { return }
        let content = trim(comma + 1, end)
        guard content.count >= 3 else { return }
        let source = (lo + 1)..<comma
        add(
            ClaimDraft(
                source: .phrase(SpeakerPhrase(text.words(source)), tokens: source), cue: "according to", stance: .assert,
                content: [content], sentence: s, cueToken: lo))
    }
}
