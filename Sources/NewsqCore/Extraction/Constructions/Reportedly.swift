extension ClaimFinder {
    /// `He was reportedly targeted by the cartel`, `Google reportedly looked at Twitter`: the
    /// writer passes on what others said without naming them. The clause that holds the
    /// adverb is the claim, from no identifiable source. Not where a verb of saying follows
    /// ("reportedly said": that cue reads the sentence) or a claim already holds the adverb.
    mutating func reportedly(sentence s: Int) {
        let range = sentences[s].tokens
        guard let adverb = range.first(where: { tokens[$0].kind == .word && !tokens[$0].quoted && Self.hearsay.contains(tokens[$0]) }),
            !drafts[sentenceStart...].contains(where: { draft in draft.content.contains { $0.contains(adverb) } }),
            !(adverb + 1..<min(adverb + 3, range.upperBound)).contains(where: { ReportingLexicon.forms[tokens[$0]] != nil })
        else { return }
        // The clause: back to the sentence's start or the comma before it, on to the sentence's end.
        var start = adverb
        while start > range.lowerBound, !text.isPunct(start - 1, ","), !text.isPunct(start - 1, ";") { start -= 1 }
        let content = trim(start, contentEnd(s))
        guard content.count >= 4, content.contains(adverb) else { return }
        add(ClaimDraft(source: .unnamed, cue: "report", stance: .assert, content: [content], sentence: s, cueToken: adverb))
    }
}
