extension ClaimFinder {
    /// `The ministry "categorically denies …`: the cue opens the quotation.
    mutating func quotationAfterSubject(sentence s: Int) {
        let range = sentences[s].tokens
        for q in range where tokens[q].kind == .quote && tokens[q].opens && q > range.lowerBound {
            var k = q + 1
            var cueIndex: Int?
            while k < min(q + 4, range.upperBound), tokens[k].quoted {
                if let cue = ReportingLexicon.forms[tokens[k]], !cue.alsoNoun, !ReportingLexicon.isGerund(tokens[k].lower),
                    tokens[k].lower.hasSuffix("s") || tokens[k].lower.hasSuffix("ed") || tokens[k].lower == "said"
                {
                    cueIndex = k; break
                }
                k += 1
            }
            guard let c = cueIndex, let cue = ReportingLexicon.forms[tokens[c]],
                let subject = phrases.subject(endingBefore: q, floor: range.lowerBound),
                subject.tokens.upperBound == q
            else { continue }
            let content = trim((q + 1), quotationEnd(from: q + 1, limit: range.upperBound))
            guard !content.isEmpty else { continue }
            add(
                ClaimDraft(
                    source: .phrase(subject.phrase, tokens: subject.tokens), cue: cue.lemma, stance: cue.stance,
                    content: [content], sentence: s, cueToken: c))
            return
        }
    }
}
