extension ClaimFinder {
    /// `X seemed (to be) …`, `X appears to …`, `X is expected to …`: the subject and its
    /// complement are the content, judged by nobody named. Only before "to" for appear and
    /// expect, so "appeared on television" and "appeared in court" stay out.
    mutating func raising(_ c: Int, _ cue: Cue, sentence s: Int) {
        let lo = sentences[s].tokens.lowerBound, end = contentEnd(s)
        guard c + 2 < end, let next = tokens[safe: c + 1], next.kind == .word, !next.quoted, !next.isCapitalized else { return }
        if cue.lemma == "seem" {
            guard !PhraseFinder.links.contains(next) || next.lower == "to", next.lower != "that" else { return }
        } else {
            guard next.lower == "to", tokens[c + 2].kind == .word, !tokens[c + 2].isCapitalized else { return }
        }
        var e = c  // back over "is also widely", "may not", "has"
        while e - 1 >= lo, tokens[e - 1].kind == .word,
            Self.beForms.contains(tokens[e - 1]) || ReportingLexicon.isAdverb(tokens[e - 1].lower)
                || Self.finiteVerbs.contains(tokens[e - 1]) || tokens[e - 1].lower.hasSuffix("n't") || tokens[e - 1].lower.hasSuffix("n’t")
        {
            e -= 1
        }
        guard let subject = phrases.nounPhrase(endingBefore: e, floor: lo),
            !["it", "there", "this", "that"].contains(tokens[subject.lowerBound].lower) || subject.count > 1
        else { return }
        let rest = trim(c + 1, clauseEnd(c + 1, end))
        guard rest.count >= 2 else { return }
        add(ClaimDraft(source: .unnamed, cue: cue.lemma, stance: cue.stance, content: [subject, rest], sentence: s, cueToken: c))
    }
}
