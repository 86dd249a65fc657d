extension ClaimFinder {
    /// `Mr. Trump's claims that his net worth exceeds $10 billion`, `his comments on Muslims`,
    /// `Sen. Graham's energetic endorsement of Cruz`: the possessor said or holds what follows
    /// the noun's "that", preposition or "to".
    mutating func possessiveNominal(_ n: Int, sentence s: Int) -> Bool {
        let lo = sentences[s].tokens.lowerBound, end = contentEnd(s)
        var p = n - 1  // back over "energetic", "firmest"
        while p > lo, n - p <= 2, tokens[p].kind == .word, !tokens[p].isCapitalized, !Self.possessives.keys.contains(tokens[p].lower),
            tokens[p].lower != "'s", !SpeakerPhrase.determiners.contains(tokens[p]), !PhraseFinder.stops.contains(tokens[p])
        { p -= 1 }
        guard p >= lo, n + 2 < end, tokens[n + 1].kind == .word, !tokens[n + 1].quoted else { return false }
        let source: ClaimDraft.Source
        if let pronoun = Self.possessives[tokens[p]] {
            // "Trump ratcheted up his attacks on Rubio": the subject who owns them is the speaker.
            var v = p - 1
            while v > lo, ["up", "down", "out", "off", "on", "back"].contains(tokens[v].lower) { v -= 1 }
            if v > lo, tokens[v].kind == .word, !tokens[v].isCapitalized, isVerbLike(tokens[v].lower) || tokens[v].lower.hasSuffix("s"),
                let subject = phrases.subject(endingBefore: v, floor: lo), !subject.isRelative
            {
                source = .phrase(subject.phrase, tokens: subject.tokens)
            } else {
                source = .phrase(SpeakerPhrase(reference: .pronoun(pronoun)), tokens: p..<p + 1)
            }
        } else if tokens[p].lower == "'s", let owner = phrases.nounPhrase(endingBefore: p, floor: lo) {
            source = .phrase(SpeakerPhrase(text.words(owner)), tokens: owner)
        } else {
            return false
        }
        let next = tokens[n + 1].lower
        var start = n + 2
        if next == "to" {
            guard tokens[n + 2].kind == .word, !tokens[n + 2].isCapitalized, !SpeakerPhrase.determiners.contains(tokens[n + 2]) else {
                return false
            }
            start = n + 1  // "his promise to build a wall" keeps its "to"
        } else if next != "that", !["of", "about", "on", "for", "against"].contains(next) {
            return false
        }
        var stop = clauseEnd(start, end)
        if next != "that",
            let verb = (start + 1..<stop).first(where: { k in
                text.isPunct(k, ",") || (tokens[k].kind == .word && !tokens[k].quoted && !tokens[k].isCapitalized && isVerbLike(tokens[k].lower))
            })
        {
            stop = verb  // "his comments on Muslims | have drawn criticism", "endorsement of Cruz | surprised many"
        }
        let content = trim(start, stop)
        guard content.count >= 1 else { return false }
        let lemma = Self.nominalCues[tokens[n]] ?? tokens[n].lower
        // The noun's verb gives the stance ("his denial" denies, "her warning" warns), except that a call
        // is always an appeal, where the verb "call" mostly names ("called it a hoax").
        let stance = lemma == "call" ? .urge : ReportingLexicon.forms[lemma]?.stance ?? .assert
        add(ClaimDraft(source: source, cue: lemma, stance: stance, content: [content], sentence: s, cueToken: n))
        return true
    }
}
