/// The sentence shapes besides a subject and its cue: participles ("…, saying"), raising verbs
/// ("seemed to"), asked-questions, possessed statements ("his promise to"), "according to",
/// sources and polls opening or closing a sentence, quotations after a subject, colons.
extension ClaimFinder {
    /// `Asked whether he was bullied, Trump said no.`: the question is a claim whose asker
    /// is not named; it runs from its question word (or "about") to the comma.
    mutating func askedOpening(_ c: Int, sentence s: Int) {
        let end = contentEnd(s)
        guard let comma = (c + 1..<min(end, c + 40)).first(where: { text.isPunct($0, ",") && !tokens[$0].quoted }) else { return }
        let start = (c + 1..<comma).first { Self.questionWords.contains(tokens[$0].lower) || tokens[$0].lower == "about" } ?? c + 1
        let content = trim(start, comma)
        guard content.count >= 2 else { return }
        add(ClaimDraft(source: .unnamed, cue: "ask", stance: .question, content: [content], sentence: s, cueToken: c))
    }

    /// `…, saying that …`, `…, adding: "…"`: the speaker is the sentence's.
    mutating func participle(_ c: Int, _ cue: Cue, sentence s: Int) {
        let lo = sentences[s].tokens.lowerBound
        let evidence = cue.lemma == "show" && c - 1 > lo && Gazetteer.evidenceNouns.contains(tokens[c - 1].lower)  // "with polls showing Cruz ahead"
        guard c - 1 > lo, let forward = forwardContent(after: c, cue: cue, sentence: s),
              forward.strong || evidence || (!cue.alsoNoun && !cue.needsComplement && forward.range.count >= 3) else { return }
        var p = c - 1  // back over "initially" in "after initially saying"
        while p > lo, tokens[p].kind == .word, ReportingLexicon.isAdverb(tokens[p].lower) { p -= 1 }
        // "…, saying", "…,” saying", "and saying", "by saying", "while saying": the speaker is the sentence's.
        let connector = tokens[p].kind == .word && !tokens[p].quoted && Self.participleConnectors.contains(tokens[p].lower)
        let setOff = connector || [",", "-", "–", "—"].contains(where: { text.isPunct(p, $0) })
            || (tokens[p].kind == .quote && tokens[p].closes && text.isPunct(p - 1, ","))
        if connector, p - 1 > lo, text.isPunct(p - 1, ","), let name = phrases.nounPhrase(endingBefore: p - 1, floor: lo), name.lowerBound == lo {
            // "Mr. Sanders, after saying he would not advertise, took to the airwaves": the aside ends at its comma.
            let stop = forward.range.first { text.isPunct($0, ",") } ?? forward.range.upperBound
            let content = trim(forward.range.lowerBound, stop)
            if content.count >= 2 {
                add(ClaimDraft(source: .phrase(SpeakerPhrase(text.words(name)), tokens: name), cue: cue.lemma, stance: cue.stance,
                               content: [content], sentence: s, cueToken: c))
            }
            return
        }
        if !setOff {
            // "GOP primary voters saying they want a ban": the phrase before the participle speaks.
            guard tokens[c - 1].kind == .word, !tokens[c - 1].quoted, !cue.needsComplement || evidence, forward.range.lowerBound <= c + 2,
                  forward.strong || evidence || Self.subjectPronouns.contains(tokens[forward.range.lowerBound].lower),
                  let range = phrases.nounPhrase(endingBefore: c, floor: lo), !isVerbLike(tokens[c - 1].lower) else { return }
            // The phrase and its participle are the subject of the sentence's own verb, where the content ends:
            // "voters saying they want a ban | is high".
            let mainVerb = (min(forward.range.lowerBound + 2, forward.range.upperBound)..<forward.range.upperBound).first {
                tokens[$0].kind == .word && Self.finiteVerbs.contains(tokens[$0].lower)
                    && tokens[$0 - 1].kind == .word && !SpeakerPhrase.pronouns.contains(tokens[$0 - 1].lower)
            }
            add(ClaimDraft(source: .phrase(SpeakerPhrase(text.words(range)), tokens: range), cue: cue.lemma, stance: cue.stance,
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
        add(ClaimDraft(source: .phrase(subject.phrase, tokens: subject.tokens), cue: cue.lemma, stance: cue.stance,
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
           let comma = (lo..<c).first(where: { text.isPunct($0, ",") }) { start = comma + 1 }
        if Self.subjectPronouns.contains(tokens[start].lower) {  // "This year, he rose to the defense of …, saying"
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

    /// `Mr. Trump's claims that his net worth exceeds $10 billion`, `his comments on Muslims`,
    /// `Sen. Graham's energetic endorsement of Cruz`: the possessor said or holds what follows
    /// the noun's "that", preposition or "to".
    mutating func possessiveNominal(_ n: Int, sentence s: Int) -> Bool {
        let lo = sentences[s].tokens.lowerBound, end = contentEnd(s)
        var p = n - 1  // back over "energetic", "firmest"
        while p > lo, n - p <= 2, tokens[p].kind == .word, !tokens[p].isCapitalized, !Self.possessives.keys.contains(tokens[p].lower),
              tokens[p].lower != "'s", !SpeakerPhrase.determiners.contains(tokens[p].lower), !PhraseFinder.stops.contains(tokens[p].lower) { p -= 1 }
        guard p >= lo, n + 2 < end, tokens[n + 1].kind == .word, !tokens[n + 1].quoted else { return false }
        let source: ClaimDraft.Source
        if let pronoun = Self.possessives[tokens[p].lower] {
            // "Trump ratcheted up his attacks on Rubio": the subject who owns them is the speaker.
            var v = p - 1
            while v > lo, ["up", "down", "out", "off", "on", "back"].contains(tokens[v].lower) { v -= 1 }
            if v > lo, tokens[v].kind == .word, !tokens[v].isCapitalized, isVerbLike(tokens[v].lower) || tokens[v].lower.hasSuffix("s"),
               let subject = phrases.subject(endingBefore: v, floor: lo), !subject.isRelative {
                source = .phrase(subject.phrase, tokens: subject.tokens)
            } else {
                source = .phrase(SpeakerPhrase(reference: .pronoun(pronoun)), tokens: p..<p + 1)
            }
        } else if tokens[p].lower == "'s", let owner = phrases.nounPhrase(endingBefore: p, floor: lo) {
            source = .phrase(SpeakerPhrase(text.words(owner)), tokens: owner)
        } else { return false }
        let next = tokens[n + 1].lower
        var start = n + 2
        if next == "to" {
            guard tokens[n + 2].kind == .word, !tokens[n + 2].isCapitalized, !SpeakerPhrase.determiners.contains(tokens[n + 2].lower) else { return false }
            start = n + 1  // "his promise to build a wall" keeps its "to"
        } else if next != "that", !["of", "about", "on", "for", "against"].contains(next) { return false }
        var stop = clauseEnd(start, end)
        if next != "that", let verb = (start + 1..<stop).first(where: { k in
            text.isPunct(k, ",") || (tokens[k].kind == .word && !tokens[k].quoted && !tokens[k].isCapitalized && isVerbLike(tokens[k].lower))
        }) {
            stop = verb  // "his comments on Muslims | have drawn criticism", "endorsement of Cruz | surprised many"
        }
        let content = trim(start, stop)
        guard content.count >= 1 else { return false }
        let lemma = Self.nominalCues[tokens[n].lower] ?? tokens[n].lower
        // The noun's verb gives the stance ("his denial" denies, "her warning" warns), except that a call
        // is always an appeal, where the verb "call" mostly names ("called it a hoax").
        let stance = lemma == "call" ? .urge : ReportingLexicon.forms[lemma]?.stance ?? .assert
        add(ClaimDraft(source: source, cue: lemma, stance: stance, content: [content], sentence: s, cueToken: n))
        return true
    }

    /// `X seemed (to be) …`, `X appears to …`, `X is expected to …`: the subject and its
    /// complement are the content, judged by nobody named. Only before "to" for appear and
    /// expect, so "appeared on television" and "appeared in court" stay out.
    mutating func raising(_ c: Int, _ cue: Cue, sentence s: Int) {
        let lo = sentences[s].tokens.lowerBound, end = contentEnd(s)
        guard c + 2 < end, let next = tokens[safe: c + 1], next.kind == .word, !next.quoted, !next.isCapitalized else { return }
        if cue.lemma == "seem" {
            guard !PhraseFinder.links.contains(next.lower) || next.lower == "to", next.lower != "that" else { return }
        } else {
            guard next.lower == "to", tokens[c + 2].kind == .word, !tokens[c + 2].isCapitalized else { return }
        }
        var e = c  // back over "is also widely", "may not", "has"
        while e - 1 >= lo, tokens[e - 1].kind == .word,
              Self.beForms.contains(tokens[e - 1].lower) || ReportingLexicon.isAdverb(tokens[e - 1].lower)
                || Self.finiteVerbs.contains(tokens[e - 1].lower) || tokens[e - 1].lower.hasSuffix("n't") || tokens[e - 1].lower.hasSuffix("n’t") {
            e -= 1
        }
        guard let subject = phrases.nounPhrase(endingBefore: e, floor: lo),
              !["it", "there", "this", "that"].contains(tokens[subject.lowerBound].lower) || subject.count > 1 else { return }
        let rest = trim(c + 1, clauseEnd(c + 1, end))
        guard rest.count >= 2 else { return }
        add(ClaimDraft(source: .unnamed, cue: cue.lemma, stance: cue.stance, content: [subject, rest], sentence: s, cueToken: c))
    }

    /// `according to X, …` and `…, according to X.`
    mutating func accordingTo(_ i: Int, sentence s: Int) {
        let lo = sentences[s].tokens.lowerBound
        guard var speaker = phrases.subject(startingAt: i + 2, limit: sentences[s].tokens.upperBound) else { return }
        var content: Range<Int>?
        let end = contentEnd(s)
        // The source runs to its comma when it opens the sentence, to the sentence's end when it
        // closes it: "according to early results of exit polls conducted for the AP, …".
        let tokens = self.tokens
        func plain(_ k: Int) -> Bool { tokens[k].kind != .quote && !tokens[k].quoted }
        if i - lo <= 1 {
            var k = speaker.tokens.upperBound
            while k < min(end, i + 30), plain(k), !text.isPunct(k, ",") { k += 1 }
            if text.isPunct(k, ",") {
                speaker.tokens = speaker.tokens.lowerBound..<k
                content = trim(k + 1, end)
            }
        } else {
            let boundary = text.isPunct(i - 1, ",") ? i - 1 : i
            // ""He hates them," Hewitt said, according to a transcript": the source reports the whole
            // sentence before it, the inner attribution included.
            content = drafts.count > sentenceStart ? trim(lo, boundary) : trailingContent(before: boundary, sentence: s)
            if end - speaker.tokens.upperBound < 25, (speaker.tokens.upperBound..<end).allSatisfy(plain) {
                speaker.tokens = speaker.tokens.lowerBound..<end
            }
        }
        let source = ClaimDraft.Source.phrase(speaker.phrase, tokens: speaker.tokens)
        guard let content, !content.isEmpty else { return }
        add(ClaimDraft(source: source, cue: "according to", stance: .assert, content: [content], sentence: s, cueToken: i))
    }

    /// `In a Des Moines Register poll, Mr. Cruz had a 10-point lead`: the source is the
    /// opening phrase, the content the rest of the sentence (when no cue of its own reports it).
    mutating func inSource(sentence s: Int) {
        let lo = sentences[s].tokens.lowerBound, end = contentEnd(s)
        guard text.isWord(lo, "in") else {
            inPollAfterClause(sentence: s)
            return
        }
        guard let comma = (lo + 1..<min(end, lo + 14)).first(where: { text.isPunct($0, ",") }),
              comma - lo >= 3, (lo + 1..<comma).contains(where: { Self.sourceNouns.contains(tokens[$0].lower) }),
              (lo + 1..<comma).allSatisfy({ tokens[$0].kind != .quote && !tokens[$0].quoted }),
              // A cue of its own ("In a statement, the ministry said …") reports the sentence instead.
              !(comma + 1..<end).contains(where: { tokens[$0].kind == .word && ReportingLexicon.forms[tokens[$0].lower].map { !$0.needsComplement } == true })
        else { return }
        let content = trim(comma + 1, end)
        guard content.count >= 3 else { return }
        let source = (lo + 1)..<comma
        add(ClaimDraft(source: .phrase(SpeakerPhrase(text.words(source)), tokens: source), cue: "according to", stance: .assert,
                       content: [content], sentence: s, cueToken: lo))
    }

    /// `Trump leads by 57 percent to 33 percent in the 50-state poll.`: a finding reported
    /// with its poll after the clause; the poll is the source, the rest of the sentence the content.
    mutating func inPollAfterClause(sentence s: Int) {
        let lo = sentences[s].tokens.lowerBound, end = contentEnd(s)
        guard !sentences[s].tokens.contains(where: { tokens[$0].kind == .quote || tokens[$0].quoted }) else { return }
        for i in lo + 3..<max(lo + 3, end - 1) where text.isWord(i, "in") {
            var j = i + 1
            while j < min(end, i + 11), tokens[j].kind == .word || tokens[j].kind == .number || tokens[j].lower == "'s" || tokens[j].lower == "-",
                  !Self.pollNouns.contains(tokens[j].lower) { j += 1 }
            // One poll, named: "in the 50-state poll"; "in national polls" is how a race stands.
            guard j < min(end, i + 11), ["poll", "survey", "polling"].contains(tokens[j].lower) || text.isWord(j - 1, "of") else { continue }
            while j + 2 < end, text.isWord(j + 1, "of"), Self.pollNouns.contains(tokens[j + 2].lower) { j += 2 }  // "an average of polls"
            let source = (i + 1)..<(j + 1)
            // "leading in the polls" is how a race stands, not a source: a poll is named or described.
            guard source.filter({ !SpeakerPhrase.determiners.contains(tokens[$0].lower) }).count >= 2 else { continue }
            let before = trim(lo, i), after = trim(j + 1, end)
            guard before.count >= 3 else { return }
            add(ClaimDraft(source: .phrase(SpeakerPhrase(text.words(source)), tokens: source), cue: "according to", stance: .assert,
                           content: after.count >= 2 ? [before, after] : [before], sentence: s, cueToken: i))
            return
        }
    }

    /// `The ministry "categorically denies …`: the cue opens the quotation.
    mutating func quotationAfterSubject(sentence s: Int) {
        let range = sentences[s].tokens
        for q in range where tokens[q].kind == .quote && tokens[q].opens && q > range.lowerBound {
            var k = q + 1
            var cueIndex: Int?
            while k < min(q + 4, range.upperBound), tokens[k].quoted {
                if let cue = ReportingLexicon.forms[tokens[k].lower], !cue.alsoNoun, !ReportingLexicon.isGerund(tokens[k].lower),
                   tokens[k].lower.hasSuffix("s") || tokens[k].lower.hasSuffix("ed") || tokens[k].lower == "said" {
                    cueIndex = k; break
                }
                k += 1
            }
            guard let c = cueIndex, let cue = ReportingLexicon.forms[tokens[c].lower],
                  let subject = phrases.subject(endingBefore: q, floor: range.lowerBound),
                  subject.tokens.upperBound == q else { continue }
            let content = trim((q + 1), quotationEnd(from: q + 1, limit: range.upperBound))
            guard !content.isEmpty else { continue }
            add(ClaimDraft(source: .phrase(subject.phrase, tokens: subject.tokens), cue: cue.lemma, stance: cue.stance,
                           content: [content], sentence: s, cueToken: c))
            return
        }
    }

    /// `… pollster Daron Shaw: "Historically, …"` — a name, a colon, a quotation. (A short name
    /// opening the sentence before its colon is `openingColon`'s, tried before any cue.)
    mutating func colonAfterSpeaker(sentence s: Int) {
        let range = sentences[s].tokens
        guard let colon = range.first(where: { tokens[$0].isPunct(":") && !tokens[$0].quoted }), colon > range.lowerBound,
              colon + 1 < range.upperBound, tokens[colon + 1].kind == .quote, tokens[colon + 1].opens,
              tokens[colon - 1].isCapitalized, let speaker = phrases.nounPhrase(endingBefore: colon, floor: range.lowerBound) else { return }
        let content = trim(colon + 2, quotationEnd(from: colon + 2, limit: range.upperBound))
        guard content.count >= 3 else { return }
        add(ClaimDraft(source: .phrase(SpeakerPhrase(text.words(speaker)), tokens: speaker), cue: "say", stance: .assert,
                       content: [content], sentence: s, cueToken: colon))
    }

    /// `Clinton camp: Trump's rhetoric threatens security` and a transcript's `TAPPER: Do you think …?`:
    /// a short name before a colon opening the sentence. When the sentence opens its paragraph, the
    /// claim runs to the paragraph's end, as a speaker's turn in a transcript does.
    mutating func openingColon(sentence s: Int) -> Bool {
        let range = sentences[s].tokens
        guard let colon = range.prefix(8).first(where: { tokens[$0].isPunct(":") }), colon > range.lowerBound,
              (range.lowerBound..<colon).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].quoted }),
              (range.lowerBound..<colon).contains(where: { tokens[$0].isCapitalized }),
              !(range.lowerBound..<colon).contains(where: { Self.sourceLabels.contains(tokens[$0].lower) }) else { return false }
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
        add(ClaimDraft(source: .phrase(phrase, tokens: range.lowerBound..<colon), cue: "say", stance: .assert,
                       content: [content], sentence: s, cueToken: colon))
        return true
    }
}
