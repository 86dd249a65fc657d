/// The main construction: a reporting verb with its speaker before or after it and its content
/// after it (`X said (that) …`, `"…," said X`, `…, X said`), and a second verb of the same speaker.
extension ClaimFinder {
    mutating func readCue(_ c: Int, _ cue: Cue, sentence s: Int) {
        let lo = sentences[s].tokens.lowerBound
        var cue = cue
        if c + 1 < tokens.count, tokens[c + 1].kind == .word, let stance = cue.introducers[tokens[c + 1].lower] {
            cue.stance = stance  // "called for a ceasefire" urges
        }
        if cue.raises, cue.lemma != "expect" {
            raising(c, cue, sentence: s)  // "seemed", "appears": never a verb of saying
            return
        }
        let form = tokens[c].lower
        if c > lo, form.hasSuffix("s"), form != cue.lemma, Self.pluralQuantifiers.contains(tokens[c - 1]) { return }
        if setOffInverted(c, cue, sentence: s) { return }
        // "the deep spending cuts favored by conservatives": a participle with its agent describes, nobody states.
        if form.hasSuffix("ed"), text.isWord(c + 1, "by") { return }
        var before = c - 1
        while before >= lo, tokens[before].kind == .word, ReportingLexicon.isAdverb(tokens[before]),
            !Self.beForms.contains(tokens[before])
        { before -= 1 }
        let previous = before >= lo ? tokens[before] : nil
        let gerund = ReportingLexicon.isGerund(form)
        if let previous, previous.kind == .word, ["and", "but"].contains(previous.lower), !gerund, form != cue.lemma,
            coordinatedVerb(c, cue, subjectEnd: before, sentence: s)
        {
            return
        }
        if let previous, previous.kind == .word {
            if Self.beForms.contains(previous) && previous.lower != "'s" {
                if !gerund {
                    if cue.raises {  // "Trump is expected to win"
                        raising(c, cue, sentence: s)
                        return
                    }
                    // Passive: only "it was reported that …" is a claim, by nobody named, and
                    // "voters were asked whether …", whose asker is not named either.
                    if let content = forwardContent(after: c, cue: cue, sentence: s), content.strong,
                        (before - 1 >= lo && text.isWord(before - 1, "it")) || opensQuestion(content.range)
                    {
                        add(ClaimDraft(source: .unnamed, cue: cue.lemma, stance: cue.stance, content: [content.range], sentence: s, cueToken: c))
                    }
                    return
                }
            } else if !gerund, Self.nounMarkers.contains(tokens[c - 1]) || (c - 1 >= lo && tokens[c - 1].lower == "to") {
                return
            }
        }
        if gerund && !(previous.map { Self.beForms.contains($0.lower) } ?? false) {
            participle(c, cue, sentence: s)
            return
        }
        let subjectEnd = (previous.map { Self.beForms.contains($0.lower) } ?? false) ? before : c
        let forward = forwardContent(after: c, cue: cue, sentence: s)
        if let subject = phrases.subject(endingBefore: subjectEnd, floor: lo) {
            // "a news report published …", "a fundraising ask": a bare form after "a" is a noun.
            if form == cue.lemma, subjectEnd == c, !subject.isRelative,
                ["a", "an", "each", "every"].contains(tokens[subject.tokens.lowerBound].lower),
                !text.words(subject.tokens).contains(where: { PhraseFinder.quantities.contains($0.lower) })
            {
                return
            }  // "a majority say"
            let source: ClaimDraft.Source =
                subject.isRelative
                ? .relative(subject.phrase, tokens: subject.tokens) : .phrase(subject.phrase, tokens: subject.tokens)
            let boundary = subject.tokens.lowerBound - 1
            // "the bellwether states: "…"", "her home state "…"": a noun-like form reports only right before its content.
            if cue.alsoNoun, let forward, forward.strong, forward.range.lowerBound > c + 3, !followsSubject(c, floor: lo) { return }
            if let forward, forward.strong {
                // `"The faster we act," he said, "the better."`: the quotation before the speaker opens the claim.
                let opening =
                    boundary >= lo
                    && (tokens[boundary].kind == .quote && tokens[boundary].closes
                        || (text.isPunct(boundary, ",") && tokens[safe: boundary - 1].map { $0.kind == .quote && $0.closes } == true))
                    && tokens[safe: forward.range.lowerBound - 1].map { $0.kind == .quote && $0.opens } == true
                let before = opening ? trailingContent(before: boundary, sentence: s).map { [$0] } ?? [] : []
                add(ClaimDraft(source: source, cue: cue.lemma, stance: cue.stance, content: before + [forward.range], sentence: s, cueToken: c))
                return
            }
            // ""Only you, Dinesh," she said, would use the occasion …": a quotation may open the split clause too.
            if boundary >= lo, let rest = parentheticalRest(after: c, takesObject: cue.takesObject, sentence: s),
                text.isPunct(boundary, ",")
                    || (tokens[boundary].kind == .quote && tokens[boundary].closes
                        && Self.finiteVerbs.contains(tokens[rest.lowerBound]))
            {
                // "In the end, Mr. Rosenthal said, union voters …": the cue stands inside the content.
                var parts: [Range<Int>] = []
                // "Many of the closures, he said, have involved …": a verb after the cue needs the subject before it.
                if let before = trailingContent(before: boundary, sentence: s),
                    before.count > 4 || Self.subordinators.contains(tokens[rest.lowerBound])
                        || Self.finiteVerbs.contains(tokens[rest.lowerBound])
                {
                    parts.append(before)
                }
                add(ClaimDraft(source: source, cue: cue.lemma, stance: cue.stance, content: parts + [rest], sentence: s, cueToken: c))
                return
            }
            let setOff =
                boundary >= lo
                && (text.isPunct(boundary, ",") || text.isPunct(boundary, "-")
                    || (tokens[boundary].kind == .quote && tokens[boundary].closes))
            // "continued" trails only a quotation: ""…," he continued".
            if setOff, cue.lemma != "continue" || tokens[boundary].kind == .quote || tokens[safe: boundary - 1]?.kind == .quote,
                tailIsAdverbial(after: c, cue: cue, sentence: s),
                let content = trailingContent(before: boundary, sentence: s)
            {
                add(
                    ClaimDraft(
                        source: source, cue: cue.lemma, stance: cue.stance,
                        content: [content] + splitContinuation(after: c, sentence: s), sentence: s, cueToken: c))
                return
            }
            // "The new poll shows Trump far out in front": evidence shows or finds whatever its object is.
            let evidence =
                ["show", "find"].contains(cue.lemma)
                && text.words(subject.tokens).contains { Gazetteer.evidenceNouns.contains($0.lower) }
            if var content = forward?.range, evidence || (!cue.needsComplement && (!cue.alsoNoun || followsSubject(c, floor: lo))) {
                let objectContent = ReportingLexicon.objectTakers.contains(cue.lemma)
                if subject.isRelative,
                    let stop = content.dropFirst().first(where: {
                        text.isPunct($0, ",") || (objectContent && tokens[$0].kind == .word && Self.finiteVerbs.contains(tokens[$0]))
                    })
                {
                    // "Obama, who endorsed Clinton on Thursday, is making his pitch": the relative clause ends the content.
                    content = trim(content.lowerBound, stop)
                }
                if objectContent, !(forward?.strong ?? false) { content = objectEnd(content) }
                if content.count >= 2
                    || (content.count == 1
                        && (tokens[content.lowerBound].isCapitalized
                            || ["yes", "no"].contains(tokens[content.lowerBound].lower)))
                {  // "endorsed Cruz", "said yes"
                    add(ClaimDraft(source: source, cue: cue.lemma, stance: cue.stance, content: [content], sentence: s, cueToken: c))
                }
            }
            return
        }
        // "When asked whether …": a question with no asker named.
        if let forward, forward.strong, opensQuestion(forward.range), c - 1 >= lo, ["when", "if", "after", "once"].contains(tokens[c - 1].lower) {
            // The opening clause ends at its comma: "When asked if he was bullied, Trump laughed."
            let comma = forward.range.first { text.isPunct($0, ",") } ?? forward.range.upperBound
            add(
                ClaimDraft(
                    source: .unnamed, cue: cue.lemma, stance: cue.stance, content: [forward.range.lowerBound..<comma], sentence: s, cueToken: c))
            return
        }
        // Inverted: `"…," said Nikolenko in a statement.`
        guard let previous = c - 1 >= lo ? tokens[c - 1] : nil,
            previous.isPunct(",") || (previous.kind == .quote && previous.closes),
            !cue.alsoNoun || previous.kind == .quote,
            let speaker = phrases.subject(startingAt: c + 1, limit: sentences[s].tokens.upperBound),
            // "…, said he "appreciates …"": a pronoun after the cue opens its content; "…," said he. is rare.
            !(Self.subjectPronouns.contains(tokens[speaker.tokens.lowerBound])
                && (speaker.tokens.count > 1 || tokens[safe: speaker.tokens.upperBound].map { $0.kind != .punct } ?? false)),
            // "…, said the chamber will vote": a clause follows, so the phrase is no inverted subject.
            !(tokens[safe: speaker.tokens.upperBound].map {
                $0.kind == .word && (Self.finiteVerbs.contains($0.lower) || Self.questionWords.contains($0.lower) || $0.lower == "that")
            } ?? false),  // "…, said the days when …" opens a clause too
            let content = trailingContent(before: c - 1, sentence: s)
        else { return }
        add(
            ClaimDraft(
                source: .phrase(speaker.phrase, tokens: speaker.tokens), cue: cue.lemma, stance: cue.stance,
                content: [content] + splitContinuation(after: speaker.tokens.upperBound - 1, sentence: s),
                sentence: s, cueToken: c))
    }

    /// A finite cue after "and"/"but" (a bare form, as in "he'd sit Putin down and tell him …", belongs
    /// to the content's own clause): the same speaker's second verb, "Paul said the plan would fail, and
    /// called him "the leading proponent …"", or, with no claim before it, the sentence's subject's:
    /// "Wealth-X keeps its finances a secret but says its business has tripled".
    mutating func coordinatedVerb(_ c: Int, _ cue: Cue, subjectEnd: Int, sentence s: Int) -> Bool {
        guard let forward = forwardContent(after: c, cue: cue, sentence: s),
            forward.strong || (!cue.needsComplement && !cue.alsoNoun)
        else { return false }
        if drafts.count > sentenceStart, let last = drafts.indices.last {
            add(ClaimDraft(source: .sameAs(last), cue: cue.lemma, stance: cue.stance, content: [forward.range], sentence: s, cueToken: c))
            return true
        }
        guard !cue.alsoNoun, forward.range.count >= 2, let subject = sentenceSubject(before: subjectEnd, sentence: s) else { return false }
        add(
            ClaimDraft(
                source: .phrase(subject.phrase, tokens: subject.tokens), cue: cue.lemma, stance: cue.stance,
                content: [forward.range], sentence: s, cueToken: c))
        return true
    }

    /// "A key priority, said the WEF, is to establish …": a source set off inside the very
    /// sentence it reports. The content is the sentence around the parenthesis.
    private mutating func setOffInverted(_ c: Int, _ cue: Cue, sentence s: Int) -> Bool {
        let lo = sentences[s].tokens.lowerBound, end = contentEnd(s)
        guard c > lo + 1, text.isPunct(c - 1, ","), !(lo..<c).contains(where: { tokens[$0].kind == .quote || tokens[$0].quoted }),
            let speaker = phrases.subject(startingAt: c + 1, limit: end), text.isPunct(speaker.tokens.upperBound, ","),
            speaker.tokens.upperBound + 1 < end, Self.finiteVerbs.contains(tokens[speaker.tokens.upperBound + 1])
        else { return false }
        let before = trim(lo, c - 1), after = trim(speaker.tokens.upperBound + 1, end)
        guard !before.isEmpty, !after.isEmpty else { return false }
        add(
            ClaimDraft(
                source: .phrase(speaker.phrase, tokens: speaker.tokens), cue: cue.lemma, stance: cue.stance, content: [before, after],
                sentence: s, cueToken: c))
        return true
    }
}
