extension ClaimFinder {
    /// `…, saying that …`, `…, adding: "…"`: the speaker is the sentence's.
    mutating func participle(_ c: Int, _ cue: Cue, sentence s: Int) {
        let lo = sentences[s].tokens.lowerBound
        let evidence = cue.lemma == "show" && c - 1 > lo && Gazetteer.evidenceNouns.contains(tokens[c - 1])  // "with polls showing Cruz ahead"
        guard c - 1 > lo, let forward = forwardContent(after: c, cue: cue, sentence: s),
            forward.strong || evidence || (!cue.alsoNoun && !cue.needsComplement && forward.range.count >= 3)
        else { return }
        var p = c - 1  // back over "initially" in "after initially saying"
        while p > lo, tokens[p].kind == .word, ReportingLexicon.isAdverb(tokens[p]) { p -= 1 }
        // "…, saying", "…,” saying", "and saying", "by saying", "while saying": the speaker is the sentence's.
        let connector = tokens[p].kind == .word && !tokens[p].quoted && Self.participleConnectors.contains(tokens[p])
        let setOff =
            connector || [",", "-", "–", "—"].contains(where: { text.isPunct(p, $0) })
            || (tokens[p].kind == .quote && tokens[p].closes && text.isPunct(p - 1, ","))
        if connector, p - 1 > lo, text.isPunct(p - 1, ","), let name = phrases.nounPhrase(endingBefore: p - 1, floor: lo), name.lowerBound == lo {
            // "Mr. Sanders, after saying he would not advertise, took to the airwaves": the aside ends at its comma.
            let stop = forward.range.first { text.isPunct($0, ",") } ?? forward.range.upperBound
            let content = trim(forward.range.lowerBound, stop)
            if content.count >= 2 {
                add(
                    ClaimDraft(
                        source: .phrase(SpeakerPhrase(text.words(name)), tokens: name), cue: cue.lemma, stance: cue.stance,
                        content: [content], sentence: s, cueToken: c))
            }
            return
        }
        if !setOff {
            // "GOP primary voters saying they want a ban": the phrase before the participle speaks.
            guard tokens[c - 1].kind == .word, !tokens[c - 1].quoted, !cue.needsComplement || evidence, forward.range.lowerBound <= c + 2,
                forward.strong || evidence || Self.subjectPronouns.contains(tokens[forward.range.lowerBound]),
                let range = phrases.nounPhrase(endingBefore: c, floor: lo), !isVerbLike(tokens[c - 1].lower)
            else { return }
            // "Plus.net backed the proposals saying "we …"": a phrase that is what an earlier claim of the
            // sentence is about says nothing; that claim's speaker does.
            if let last = drafts.indices[sentenceStart...].last(where: { d in drafts[d].content.contains { $0.contains(range.lowerBound) } }) {
                add(ClaimDraft(source: .sameAs(last), cue: cue.lemma, stance: cue.stance, content: [forward.range], sentence: s, cueToken: c))
                return
            }
            // The phrase and its participle are the subject of the sentence's own verb, where the content ends:
            // "voters saying they want a ban | is high".
            let mainVerb = (min(forward.range.lowerBound + 2, forward.range.upperBound)..<forward.range.upperBound).first {
                tokens[$0].kind == .word && Self.finiteVerbs.contains(tokens[$0])
                    && tokens[$0 - 1].kind == .word && !SpeakerPhrase.pronouns.contains(tokens[$0 - 1])
            }
            add(
                ClaimDraft(
                    source: .phrase(SpeakerPhrase(text.words(range)), tokens: range), cue: cue.lemma, stance: cue.stance,
                    content: [forward.range.lowerBound..<(mainVerb ?? forward.range.upperBound)], sentence: s, cueToken: c))
            return
        }
        // The speaker of the sentence's last claim, unless that claim was a possessed noun ("withdrew his support,
        // saying …" is the subject's, not "his").
        if let last = drafts.indices[sentenceStart...].last(where: { Self.nominalCues[tokens[drafts[$0].cueToken].lower] == nil }) {
            add(ClaimDraft(source: .sameAs(last), cue: cue.lemma, stance: cue.stance, content: [forward.range], sentence: s, cueToken: c))
            return
        }
        guard let subject = sentenceSubject(before: c, sentence: s) else { return }
        add(
            ClaimDraft(
                source: .phrase(subject.phrase, tokens: subject.tokens), cue: cue.lemma, stance: cue.stance,
                content: [forward.range], sentence: s, cueToken: c))
    }

    /// The sentence's own subject: the noun phrase before its first verb, after any opening phrase set off
    /// by a comma ("In a statement released Thursday, Rep. Jeffries reacted, saying"), with its apposition
    /// ("Sen. Mark Kirk, R-Ill., who faces a tough race, withdrew his support, saying").
    func sentenceSubject(before c: Int, sentence s: Int) -> (phrase: SpeakerPhrase, tokens: Range<Int>)? {
        let lo = sentences[s].tokens.lowerBound
        var start = lo
        if let first = tokens[safe: lo], first.kind == .word,
            PhraseFinder.stops.contains(first.lower) || PhraseFinder.timeWords.contains(first.lower) || first.lower == "at" || first.lower == "after",
            let comma = (lo..<c).first(where: { text.isPunct($0, ",") })
        {
            start = comma + 1
        }
        if Self.subjectPronouns.contains(tokens[start]) {  // "This year, he rose to the defense of …, saying"
            return (SpeakerPhrase(text.words(start..<start + 1)), start..<start + 1)
        }
        var e = start + 1
        while e < c, !(tokens[e].kind == .word && !tokens[e].quoted && !tokens[e].isCapitalized && isVerbLike(tokens[e].lower)) { e += 1 }
        if e < c, let subject = phrases.subject(endingBefore: e, floor: start) { return (subject.phrase, subject.tokens) }
        // "CITIC runs an oil field … and says": a name opening the sentence before a verb in -s.
        var k = start
        while k < c, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
        guard k > start, k < c, tokens[k].kind == .word, tokens[k].lower.hasSuffix("s") || isVerbLike(tokens[k].lower) else { return nil }
        return (SpeakerPhrase(text.words(start..<k)), start..<k)
    }
}
