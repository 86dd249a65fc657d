extension ClaimFinder {
    /// A quotation standing as its own sentence after a quoted speaker continues that
    /// speaker: in the same paragraph it extends that claim, in the next it is a new one.
    mutating func addStandingQuotations(skipping captioned: Set<Int>) {
        var found = drafts.sorted { $0.position < $1.position }
        var indexOf: [Int: Int] = [:]  // cue token → index in `drafts`
        for (i, draft) in drafts.enumerated() where indexOf[draft.cueToken] == nil { indexOf[draft.cueToken] = i }
        var covered = Set<Int>()
        for draft in found { covered.insert(draft.sentence) }
        var d = 0
        for (s, sentence) in sentences.enumerated() where !covered.contains(s) && !captioned.contains(sentence.paragraph) {
            let range = sentence.tokens
            guard tokens[range.lowerBound].kind == .quote, tokens[range.lowerBound].opens else { continue }
            let words = range.filter { tokens[$0].kind == .word }
            guard !words.isEmpty, words.filter({ tokens[$0].quoted }).count * 10 >= words.count * 7 else { continue }
            while d < found.count, found[d].position < range.lowerBound { d += 1 }
            guard d > 0 else { continue }
            let previous = found[d - 1]
            let gap = sentence.paragraph - sentences[previous.sentence].paragraph
            let quotedBefore = previous.content.contains { r in r.contains { tokens[$0].quoted } }
            guard gap <= 2, quotedBefore || paragraphs[sentence.paragraph].continuesQuote else { continue }
            guard let index = indexOf[previous.cueToken] else { continue }
            let content = trim(range.lowerBound, quotationEnd(from: range.lowerBound + 1, limit: range.upperBound))
            guard !content.isEmpty else { continue }
            // The sentence the previous claim's words end in: a sentence of narration between it
            // and this quotation ("US coach Patrick McEnroe wants …") makes this one a statement of its own.
            let reachedEnd = previous.content.map(\.upperBound).max() ?? range.lowerBound
            var reached = previous.sentence
            while reached + 1 < s, sentences[reached + 1].tokens.lowerBound < reachedEnd { reached += 1 }
            if sentence.paragraph == sentences[previous.sentence].paragraph && reached + 1 == s {
                // `"Q1," she said. "Q2."`: one statement, quoted in two pieces.
                drafts[index].content.append(content)
                found[d - 1].content.append(content)
                continue
            }
            // After narration that opens on a person ("US coach Patrick McEnroe wants Roddick to …"),
            // the quotation is that person's.
            // The quotations after it continue this speaker.
            if reached + 1 < s, let (phrase, subject) = narrationSubject(s - 1) {
                let draft = ClaimDraft(
                    source: .phrase(phrase, tokens: subject), cue: "say", stance: .assert, content: [content],
                    sentence: s, cueToken: range.lowerBound)
                indexOf[draft.cueToken] = drafts.count
                drafts.append(draft)
                found.insert(draft, at: d)
                d += 1
                continue
            }
            drafts.append(
                ClaimDraft(
                    source: .sameAs(index), cue: previous.cue, stance: .assert, content: [content],
                    sentence: s, cueToken: range.lowerBound))
        }
    }

    /// The person a sentence of narration opens with, when what follows is a view they hold:
    /// capitalised words, titles and roles up to a verb of a view ("US coach Patrick McEnroe"
    /// of "US coach Patrick McEnroe wants …"; not "Scotland forward Simon Taylor looks certain").
    private func narrationSubject(_ t: Int) -> (SpeakerPhrase, Range<Int>)? {
        let sentence = sentences[t].tokens
        var k = sentence.lowerBound
        guard k < sentence.upperBound, !PhraseFinder.stops.contains(tokens[k]) else { return nil }
        while k < sentence.upperBound, tokens[k].kind == .word, !tokens[k].quoted,
            tokens[k].isCapitalized || Gazetteer.titles.contains(tokens[k]) || Gazetteer.roles.contains(tokens[k])
        {
            k += 1
        }
        guard k > sentence.lowerBound, k < sentence.upperBound, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].quoted
        else { return nil }
        let verb = tokens[k].lower
        let lemmas = [verb, String(verb.dropLast()), String(verb.dropLast(2)), String(verb.dropLast(1)) + "e"]
        guard lemmas.contains(where: Self.viewVerbs.contains) else { return nil }
        let phrase = SpeakerPhrase(text.words(sentence.lowerBound..<k))
        switch phrase.reference {
        case .person, .surname: return (phrase, sentence.lowerBound..<k)
        default: return nil
        }
    }
}
