/// Finds attributed statements sentence by sentence, by the patterns news
/// writing uses: `X said (that) …`, `…, X said`, `"…," said X`, `according to X`,
/// `X "denies …"`, `X: …`, quotations split around their cue, quotations that
/// stand alone after their speaker, `, adding that …`.
struct ClaimFinder {
    let text: TokenText
    let sentences: [Sentence]
    let paragraphs: [Tokenizer.Paragraph]
    private let phrases: PhraseFinder
    private(set) var drafts: [ClaimDraft] = []
    /// Cue tokens already read as part of another claim ("cited X as saying").
    private var consumed = Set<Int>()
    /// Index of the first draft of the sentence being read: its drafts are `drafts[sentenceStart...]`,
    /// so looking at them never scans the whole article.
    private var sentenceStart = 0

    private var tokens: [Token] { text.tokens }

    static let beForms: Set<String> = ["is", "was", "were", "are", "be", "been", "being", "am", "'s"]
    /// Words after which a cue form is a noun or an infinitive, not a reporting verb.
    static let nounMarkers: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
        "of", "for", "in", "on", "at", "by", "with", "to", "from", "no", "any", "some", "such", "every", "each",
        "'s", "without", "about", "into", "after", "before", "than", "and", "or", "but", "not", "never",
    ]
    static let sourceLabels: Set<String> = [
        "update", "latest", "note", "correction", "photo", "related", "watch", "read", "editor", "video", "source", "sources",
        "caption", "image", "credit", "listen", "see", "also", "more", "breaking", "exclusive", "analysis", "opinion",
    ]

    init(text: TokenText, sentences: [Sentence], paragraphs: [Tokenizer.Paragraph]) {
        self.text = text
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.phrases = PhraseFinder(text: text)
    }

    mutating func run() -> [ClaimDraft] {
        for index in sentences.indices { find(inSentence: index) }
        let captioned = addCaptionedQuotations()
        addStandingQuotations(skipping: captioned)
        return drafts  // in finding order: `.sameAs` refers to indices of this array
    }

    // MARK: - One sentence

    private mutating func find(inSentence s: Int) {
        let sentence = sentences[s]
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        let firstDraft = drafts.count
        sentenceStart = firstDraft
        // A headline in title case ("Trump Says The Race Is Rigged"): capitalised cues count.
        let words = sentence.tokens.filter { tokens[$0].kind == .word && tokens[$0].lower.count > 3 }
        let titleCase = words.count >= 3 && words.allSatisfy { tokens[$0].isCapitalized }
        // "FALLIN: Well, I think …", "Cruz: Trump Would Put Liberals On Court": a speaker and a colon
        // opening the text are its claim; cues inside it are the speaker's words, not the writer's.
        if openingColon(sentence: s) { return }
        var i = lo
        while i < hi {
            defer { i += 1 }
            let t = tokens[i]
            guard t.kind == .word, !t.quoted, consumed.isEmpty || !consumed.contains(i) else { continue }
            if t.lower == "according", text.isWord(i + 1, "to") {
                accordingTo(i, sentence: s)
                continue
            }
            if i == lo, t.lower == "asked" {
                askedOpening(i, sentence: s)
                continue
            }
            // One lookup per word: it is most of the extraction's time.
            guard !t.isCapitalized || titleCase, let word = Self.cueWords[t.lower] else { continue }
            if word.nominal != nil, possessiveNominal(i, sentence: s) { continue }
            if let cue = word.cue { readCue(i, cue, sentence: s) }
        }
        if drafts.count == firstDraft { quotationAfterSubject(sentence: s) }
        if drafts.count == firstDraft { colonAfterSpeaker(sentence: s) }
        if drafts.count == firstDraft { inSource(sentence: s) }
        separateClauses(from: firstDraft)
    }

    /// Last token of a sentence's content: without the closing punctuation.
    private func contentEnd(_ s: Int) -> Int {
        var end = sentences[s].tokens.upperBound
        let lo = sentences[s].tokens.lowerBound
        while end > lo, tokens[end - 1].kind == .punct, tokens[end - 1].lower != ")" { end -= 1 }
        return end
    }

    private mutating func readCue(_ c: Int, _ cue: Cue, sentence s: Int) {
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
        // "the deep spending cuts favored by conservatives": a participle with its agent describes, nobody states.
        if form.hasSuffix("ed"), text.isWord(c + 1, "by") { return }
        var before = c - 1
        while before >= lo, tokens[before].kind == .word, ReportingLexicon.isAdverb(tokens[before].lower),
              !Self.beForms.contains(tokens[before].lower) { before -= 1 }
        let previous = before >= lo ? tokens[before] : nil
        let gerund = ReportingLexicon.isGerund(form)
        // "Paul said the plan would fail, and called him "the leading proponent …"": a second verb of the same speaker.
        // A bare form ("he'd sit Putin down and tell him …") belongs to the content's own clause.
        if let previous, previous.kind == .word, ["and", "but"].contains(previous.lower), !gerund, form != cue.lemma, drafts.count > sentenceStart,
           let last = drafts.indices.last, let forward = forwardContent(after: c, cue: cue, sentence: s),
           forward.strong || (!cue.needsComplement && !cue.alsoNoun) {
            add(ClaimDraft(source: .sameAs(last), cue: cue.lemma, stance: cue.stance, content: [forward.range], sentence: s, cueToken: c))
            return
        }
        // "Wealth-X keeps its finances a secret but says its business has tripled": the sentence's subject says it.
        if let previous, previous.kind == .word, ["and", "but"].contains(previous.lower), !gerund, form != cue.lemma, !cue.alsoNoun,
           drafts.count == sentenceStart, let forward = forwardContent(after: c, cue: cue, sentence: s), forward.strong || !cue.needsComplement,
           forward.range.count >= 2, let subject = sentenceSubject(before: before, sentence: s) {
            add(ClaimDraft(source: .phrase(subject.phrase, tokens: subject.tokens), cue: cue.lemma, stance: cue.stance,
                           content: [forward.range], sentence: s, cueToken: c))
            return
        }
        if let previous, previous.kind == .word {
            if Self.beForms.contains(previous.lower) && previous.lower != "'s" {
                if !gerund {
                    if cue.raises {  // "Trump is expected to win"
                        raising(c, cue, sentence: s)
                        return
                    }
                    // Passive: only "it was reported that …" is a claim, by nobody named, and
                    // "voters were asked whether …", whose asker is not named either.
                    if let content = forwardContent(after: c, cue: cue, sentence: s), content.strong,
                       (before - 1 >= lo && text.isWord(before - 1, "it")) || opensQuestion(content.range) {
                        add(ClaimDraft(source: .unnamed, cue: cue.lemma, stance: cue.stance, content: [content.range], sentence: s, cueToken: c))
                    }
                    return
                }
            } else if !gerund, Self.nounMarkers.contains(tokens[c - 1].lower) || (c - 1 >= lo && tokens[c - 1].lower == "to") {
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
            if form == cue.lemma, subjectEnd == c, !subject.isRelative, ["a", "an", "each", "every"].contains(tokens[subject.tokens.lowerBound].lower),
               !text.words(subject.tokens).contains(where: { PhraseFinder.quantities.contains($0.lower) }) { return }  // "a majority say"
            let source: ClaimDraft.Source = subject.isRelative
                ? .relative(subject.phrase, tokens: subject.tokens) : .phrase(subject.phrase, tokens: subject.tokens)
            let boundary = subject.tokens.lowerBound - 1
            // "the bellwether states: "…"", "her home state "…"": a noun-like form reports only right before its content.
            if cue.alsoNoun, let forward, forward.strong, forward.range.lowerBound > c + 3, !followsSubject(c, floor: lo) { return }
            if let forward, forward.strong {
                // `"The faster we act," he said, "the better."`: the quotation before the speaker opens the claim.
                let opening = boundary >= lo && (tokens[boundary].kind == .quote && tokens[boundary].closes
                    || (text.isPunct(boundary, ",") && tokens[safe: boundary - 1].map { $0.kind == .quote && $0.closes } == true))
                    && tokens[safe: forward.range.lowerBound - 1].map { $0.kind == .quote && $0.opens } == true
                let before = opening ? trailingContent(before: boundary, sentence: s).map { [$0] } ?? [] : []
                add(ClaimDraft(source: source, cue: cue.lemma, stance: cue.stance, content: before + [forward.range], sentence: s, cueToken: c))
                return
            }
            // ""Only you, Dinesh," she said, would use the occasion …": a quotation may open the split clause too.
            if boundary >= lo, let rest = parentheticalRest(after: c, takesObject: cue.takesObject, sentence: s),
               text.isPunct(boundary, ",") || (tokens[boundary].kind == .quote && tokens[boundary].closes
                   && Self.finiteVerbs.contains(tokens[rest.lowerBound].lower)) {
                // "In the end, Mr. Rosenthal said, union voters …": the cue stands inside the content.
                var parts: [Range<Int>] = []
                // "Many of the closures, he said, have involved …": a verb after the cue needs the subject before it.
                if let before = trailingContent(before: boundary, sentence: s),
                   before.count > 4 || Self.subordinators.contains(tokens[rest.lowerBound].lower)
                    || Self.finiteVerbs.contains(tokens[rest.lowerBound].lower) { parts.append(before) }
                add(ClaimDraft(source: source, cue: cue.lemma, stance: cue.stance, content: parts + [rest], sentence: s, cueToken: c))
                return
            }
            let setOff = boundary >= lo && (text.isPunct(boundary, ",") || text.isPunct(boundary, "-")
                || (tokens[boundary].kind == .quote && tokens[boundary].closes))
            if setOff, tailIsAdverbial(after: c, cue: cue, sentence: s),
               let content = trailingContent(before: boundary, sentence: s) {
                add(ClaimDraft(source: source, cue: cue.lemma, stance: cue.stance,
                               content: [content] + splitContinuation(after: c, sentence: s), sentence: s, cueToken: c))
                return
            }
            // "The new poll shows Trump far out in front": evidence shows or finds whatever its object is.
            let evidence = ["show", "find"].contains(cue.lemma)
                && text.words(subject.tokens).contains { Gazetteer.evidenceNouns.contains($0.lower) }
            if var content = forward?.range, evidence || (!cue.needsComplement && (!cue.alsoNoun || followsSubject(c, floor: lo))) {
                let objectContent = ReportingLexicon.objectTakers.contains(cue.lemma)
                if subject.isRelative, let stop = content.dropFirst().first(where: {
                    text.isPunct($0, ",") || (objectContent && tokens[$0].kind == .word && Self.finiteVerbs.contains(tokens[$0].lower))
                }) {
                    // "Obama, who endorsed Clinton on Thursday, is making his pitch": the relative clause ends the content.
                    content = trim(content.lowerBound, stop)
                }
                if ReportingLexicon.objectTakers.contains(cue.lemma), !(forward?.strong ?? false) { content = objectEnd(content) }
                if content.count >= 2 || (content.count == 1 && (tokens[content.lowerBound].isCapitalized
                    || ["yes", "no"].contains(tokens[content.lowerBound].lower))) {  // "endorsed Cruz", "said yes"
                    add(ClaimDraft(source: source, cue: cue.lemma, stance: cue.stance, content: [content], sentence: s, cueToken: c))
                }
            }
            return
        }
        // "When asked whether …": a question with no asker named.
        if let forward, forward.strong, opensQuestion(forward.range), c - 1 >= lo, ["when", "if", "after", "once"].contains(tokens[c - 1].lower) {
            // The opening clause ends at its comma: "When asked if he was bullied, Trump laughed."
            let comma = forward.range.first { text.isPunct($0, ",") } ?? forward.range.upperBound
            add(ClaimDraft(source: .unnamed, cue: cue.lemma, stance: cue.stance, content: [forward.range.lowerBound..<comma], sentence: s, cueToken: c))
            return
        }
        // Inverted: `"…," said Nikolenko in a statement.`
        guard let previous = c - 1 >= lo ? tokens[c - 1] : nil,
              previous.isPunct(",") || (previous.kind == .quote && previous.closes),
              !cue.alsoNoun || previous.kind == .quote,
              let speaker = phrases.subject(startingAt: c + 1, limit: sentences[s].tokens.upperBound),
              // "…, said he "appreciates …"": a pronoun after the cue opens its content; "…," said he. is rare.
              !(Self.subjectPronouns.contains(tokens[speaker.tokens.lowerBound].lower)
                  && (speaker.tokens.count > 1 || tokens[safe: speaker.tokens.upperBound].map { $0.kind != .punct } ?? false)),
              // "…, said the chamber will vote": a clause follows, so the phrase is no inverted subject.
              !(tokens[safe: speaker.tokens.upperBound].map {
                  $0.kind == .word && (Self.finiteVerbs.contains($0.lower) || Self.questionWords.contains($0.lower) || $0.lower == "that")
              } ?? false),  // "…, said the days when …" opens a clause too
              let content = trailingContent(before: c - 1, sentence: s) else { return }
        add(ClaimDraft(source: .phrase(speaker.phrase, tokens: speaker.tokens), cue: cue.lemma, stance: cue.stance,
                       content: [content] + splitContinuation(after: speaker.tokens.upperBound - 1, sentence: s),
                       sentence: s, cueToken: c))
    }

    /// `Asked whether he was bullied, Trump said no.`: the question is a claim whose asker
    /// is not named; it runs from its question word (or "about") to the comma.
    private mutating func askedOpening(_ c: Int, sentence s: Int) {
        let end = contentEnd(s)
        guard let comma = (c + 1..<min(end, c + 40)).first(where: { text.isPunct($0, ",") && !tokens[$0].quoted }) else { return }
        let start = (c + 1..<comma).first { Self.questionWords.contains(tokens[$0].lower) || tokens[$0].lower == "about" } ?? c + 1
        let content = trim(start, comma)
        guard content.count >= 2 else { return }
        add(ClaimDraft(source: .unnamed, cue: "ask", stance: .question, content: [content], sentence: s, cueToken: c))
    }

    /// `…, saying that …`, `…, adding: "…"`: the speaker is the sentence's.
    private mutating func participle(_ c: Int, _ cue: Cue, sentence s: Int) {
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
            let mainVerb = (forward.range.lowerBound + 2..<forward.range.upperBound).first {
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
    private func sentenceSubject(before c: Int, sentence s: Int) -> (phrase: SpeakerPhrase, tokens: Range<Int>)? {
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

    /// Whether a noun phrase at `k` is the subject of an auxiliary within a few words:
    /// "Ayotte should", "her efforts as a senator will".
    private func opensClause(at k: Int, end: Int) -> Bool {
        guard tokens[k].kind == .word, !ReportingLexicon.isAdverb(tokens[k].lower), PhraseFinder.links.contains(tokens[k].lower) == false else { return false }
        for j in k + 1..<min(end, k + 13) {
            let t = tokens[j]
            if t.kind != .word || t.quoted { return false }
            if Self.finiteVerbs.contains(t.lower) { return j > k }
            if ReportingLexicon.forms[t.lower] != nil || Self.questionWords.contains(t.lower) { return false }
        }
        return false
    }

    /// Nouns that report what their possessor said or holds: "his promise to build a wall".
    static let nominalCues: [String: String] = [
        "claim": "claim", "claims": "claim", "comment": "comment", "comments": "comment", "remark": "remark", "remarks": "remark",
        "promise": "promise", "promises": "promise", "pledge": "pledge", "warning": "warn", "warnings": "warn",
        "endorsement": "endorse", "opposition": "oppose", "criticism": "criticize", "criticisms": "criticize",
        "attack": "attack", "attacks": "attack", "call": "call", "calls": "call", "assertion": "assert", "assertions": "assert",
        "denial": "deny", "denials": "deny", "belief": "believe", "suggestion": "suggest", "proposal": "propose",
        "threat": "threaten", "threats": "threaten", "vow": "vow", "demand": "demand", "demands": "demand",
        "argument": "argue", "support": "support", "praise": "praise", "concern": "concern", "concerns": "concern",
        "charge": "charge", "charges": "charge",
    ]

    /// `Mr. Trump's claims that his net worth exceeds $10 billion`, `his comments on Muslims`,
    /// `Sen. Graham's energetic endorsement of Cruz`: the possessor said or holds what follows
    /// the noun's "that", preposition or "to".
    private mutating func possessiveNominal(_ n: Int, sentence s: Int) -> Bool {
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
        let stance: Stance = lemma == "deny" ? .deny : lemma == "warn" || lemma == "threaten" ? .warn : lemma == "call" || lemma == "demand" ? .urge : .assert
        add(ClaimDraft(source: source, cue: lemma, stance: stance, content: [content], sentence: s, cueToken: n))
        return true
    }

    static let possessives: [String: String] = ["his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"]

    /// What a word can open: a reporting cue ("said"), a possessed statement ("his promise"), or both.
    private struct CueWord {
        var cue: Cue?
        var nominal: String?
    }

    private static let cueWords: [String: CueWord] = {
        var table = ReportingLexicon.forms.mapValues { CueWord(cue: $0) }
        for (noun, lemma) in nominalCues { table[noun, default: CueWord()].nominal = lemma }
        return table
    }()

    /// Words that join a participle to its sentence as "…, saying" does: "and saying", "by saying".
    static let participleConnectors: Set<String> = ["and", "while", "by", "after", "before", "when", "without"]

    /// `X seemed (to be) …`, `X appears to …`, `X is expected to …`: the subject and its
    /// complement are the content, judged by nobody named. Only before "to" for appear and
    /// expect, so "appeared on television" and "appeared in court" stay out.
    private mutating func raising(_ c: Int, _ cue: Cue, sentence s: Int) {
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

    /// An object noun phrase without what follows it: "Cruz | last week", "the incident | on the radio
    /// Monday", "Christie | , taking aim at …", "himself as antiabortion | and has said …".
    private func objectEnd(_ range: Range<Int>) -> Range<Int> {
        for k in range.dropFirst() {
            let t = tokens[k]
            if t.quoted { continue }
            if t.isPunct(",") || t.isPunct("-") || t.isPunct("(") { return trim(range.lowerBound, k) }
            guard t.kind == .word else { continue }
            let next = tokens[safe: k + 1]
            if Self.subordinators.contains(t.lower) && t.lower != "so" && t.lower != "as" { return trim(range.lowerBound, k) }
            if ["last", "this", "next", "earlier"].contains(t.lower), let next, PhraseFinder.timeWords.contains(next.lower) { return trim(range.lowerBound, k) }
            if ["on", "in"].contains(t.lower), let next, Self.weekdaysAndMonths.contains(next.lower) { return trim(range.lowerBound, k) }
            if ["yesterday", "today", "tonight"].contains(t.lower) || Self.weekdaysAndMonths.contains(t.lower) && k == range.upperBound - 1 {
                return trim(range.lowerBound, k)
            }
            if ["and", "but"].contains(t.lower), let next, next.kind == .word, !next.isCapitalized,
               Self.finiteVerbs.contains(next.lower) || isVerbLike(next.lower) { return trim(range.lowerBound, k) }
        }
        return range
    }

    static let weekdaysAndMonths: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Whether a form that is also a noun reads as a verb here: after a pronoun or a plural
    /// ("they claim", "voters who support Sanders", "Republicans support a ban").
    private func followsSubject(_ c: Int, floor: Int) -> Bool {
        var b = c - 1
        while b >= floor, tokens[b].kind == .word, ReportingLexicon.isAdverb(tokens[b].lower) { b -= 1 }
        guard b >= floor, tokens[b].kind == .word else { return false }
        let w = tokens[b].lower
        return ["i", "we", "they", "you", "who", "which"].contains(w)
            || (w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") && w != "news")
    }

    /// A word that is probably a sentence's verb: an auxiliary, a past tense, a reporting verb.
    private func isVerbLike(_ w: String) -> Bool {
        Self.finiteVerbs.contains(w) || Self.irregularPast.contains(w) || (w.hasSuffix("ed") && w.count > 3)
            || ReportingLexicon.forms[w].map { !$0.alsoNoun && !ReportingLexicon.isGerund(w) } == true
    }

    /// `according to X, …` and `…, according to X.`
    private mutating func accordingTo(_ i: Int, sentence s: Int) {
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

    /// Written sources that a sentence can open with: "In a CNN poll, Clinton led by 24 points."
    static let sourceNouns: Set<String> = [
        "poll", "polls", "survey", "surveys", "study", "report", "analysis", "interview", "statement", "letter", "memo",
        "op-ed", "column", "editorial", "book", "speech", "filing", "complaint", "lawsuit", "ruling", "opinion", "tweet",
        "post", "email", "e-mail", "testimony", "affidavit", "indictment", "transcript",
    ]

    /// `In a Des Moines Register poll, Mr. Cruz had a 10-point lead`: the source is the
    /// opening phrase, the content the rest of the sentence (when no cue of its own reports it).
    private mutating func inSource(sentence s: Int) {
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
    private mutating func inPollAfterClause(sentence s: Int) {
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

    static let pollNouns: Set<String> = ["poll", "polls", "survey", "surveys", "polling"]

    /// `The ministry "categorically denies …`: the cue opens the quotation.
    private mutating func quotationAfterSubject(sentence s: Int) {
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

    /// `Trump: "We will win."` — a speaker, a colon, the statement.
    private mutating func colonAfterSpeaker(sentence s: Int) {
        let range = sentences[s].tokens
        // `… pollster Daron Shaw: "Historically, …"`: a name, a colon, a quotation.
        if let colon = range.first(where: { tokens[$0].isPunct(":") && !tokens[$0].quoted }), colon > range.lowerBound,
           colon + 1 < range.upperBound, tokens[colon + 1].kind == .quote, tokens[colon + 1].opens,
           tokens[colon - 1].isCapitalized, let speaker = phrases.nounPhrase(endingBefore: colon, floor: range.lowerBound) {
            let content = trim(colon + 2, quotationEnd(from: colon + 2, limit: range.upperBound))
            if content.count >= 3 {
                add(ClaimDraft(source: .phrase(SpeakerPhrase(text.words(speaker)), tokens: speaker), cue: "say", stance: .assert,
                               content: [content], sentence: s, cueToken: colon))
                return
            }
        }
        _ = openingColon(sentence: s)
    }

    /// `Clinton camp: Trump's rhetoric threatens security` and a transcript's `TAPPER: Do you think …?`:
    /// a short name before a colon opening the sentence. When the sentence opens its paragraph, the
    /// claim runs to the paragraph's end, as a speaker's turn in a transcript does.
    private mutating func openingColon(sentence s: Int) -> Bool {
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
        var end = contentEnd(s)
        if paragraph.lowerBound == range.lowerBound {
            end = paragraph.upperBound
            while end > colon + 1, tokens[end - 1].kind == .punct, tokens[end - 1].lower != ")" { end -= 1 }
        }
        let content = trim((colon + 1), end)
        guard content.count >= 3 else { return false }
        add(ClaimDraft(source: .phrase(phrase, tokens: range.lowerBound..<colon), cue: "say", stance: .assert,
                       content: [content], sentence: s, cueToken: colon))
        return true
    }

    // MARK: - Content

    /// What follows a cue. Strong when introduced by `that`, a colon or a quotation.
    private mutating func forwardContent(after c: Int, cue: Cue, sentence s: Int) -> (range: Range<Int>, strong: Bool)? {
        let end = openingClauseEnd(after: c, sentence: s) ?? contentEnd(s)
        guard c + 1 < end else { return nil }
        if c + 2 < end, tokens[c + 1].kind == .word, cue.introducers[tokens[c + 1].lower] != nil {
            // "vowed to fight on" keeps its "to"; "complained about the delays" starts after the preposition.
            let to = tokens[c + 1].lower == "to" && !cue.refersTo  // "vowed to fight" vs "referring to Kerry"
            guard !to || (tokens[c + 2].kind == .word && !tokens[c + 2].isCapitalized
                          && !SpeakerPhrase.determiners.contains(tokens[c + 2].lower)) else { return nil }
            let r = trim(to ? c + 1 : c + 2, clauseEnd(c + 2, end))
            return r.count >= (to ? 2 : 1) ? (r, true) : nil
        }
        if cue.characterizes || cue.regards, tokens[c + 1].kind == .word, !tokens[c + 1].quoted, cue.introducers[tokens[c + 1].lower] == nil,
           !["a", "an", "to", "off", "up", "back", "in", "out", "that"].contains(tokens[c + 1].lower) {
            // "called the system "rotten to the core"", "described him as a liar": what the
            // object is said to be shows as a quotation, an article or "as"; "sees him as a threat" only as "as".
            let stop = clauseEnd(c + 1, end)
            if (c + 2..<min(stop, c + 25)).contains(where: {
                cue.regards ? tokens[$0].lower == "as" && !tokens[$0].quoted
                    : (tokens[$0].kind == .quote && tokens[$0].opens) || ["a", "an", "as"].contains(tokens[$0].lower)
            }) {
                // "called Palin a "clown" on his radio show": the label ends the characterization.
                var close = stop
                if let open = (c + 2..<stop).first(where: { tokens[$0].kind == .quote && tokens[$0].opens }) {
                    close = min(stop, quotationEnd(from: open + 1, limit: stop) + 1)
                }
                let r = objectEnd(trim(c + 1, close))
                if r.count >= 2 { return (r, true) }
            }
        }
        if Self.clauseTakers.contains(cue.lemma), c + 2 < end, tokens[c + 1].kind == .word, !tokens[c + 1].quoted,
           Self.subjectPronouns.contains(tokens[c + 1].lower) || tokens[c + 1].lower == "there" || tokens[c + 1].lower == "you"
            ? (c + 2..<min(end, c + 5)).contains(where: { tokens[$0].kind == .word && isVerbLike(tokens[$0].lower) })
            : opensClause(at: c + 1, end: end) {
            // "I think we can win", "they believe it was rigged", "conservatives think Ayotte should drop her":
            // a clause without "that".
            let r = trim(c + 1, clauseEnd(c + 1, end))
            if r.count >= 3 { return (r, true) }
        }
        var j = c + 1
        while j < min(end, c + 15) {
            let t = tokens[j]
            if t.kind == .quote {
                guard t.opens, j - c <= 3 || text.isPunct(j - 1, ",") || text.isPunct(j - 1, ":") else { break }
                // A whole quotation (it closes on its own punctuation) is the content; what
                // follows its closing mark is the writer's ("…a mistake," but in fact …).
                let close = quotationEnd(from: j + 1, limit: end)
                let whole = close < end && close - 1 > j && tokens[close - 1].kind == .punct
                    && [",", ".", "?", "!"].contains(tokens[close - 1].lower)
                let r = trim(j, whole ? close : end)
                return r.isEmpty ? nil : (r, true)
            }
            if t.quoted { break }
            if cue.stance == .question, cue.takesObject, j - c >= 2, j - c <= 5, t.kind == .word, t.lower == "about" {
                // "asked Carson about his ties to Mannatech": the matter asked about is the content.
                let r = trim(j + 1, clauseEnd(j + 1, end))
                return r.count >= 2 ? (r, true) : nil
            }
            if cue.stance == .question, j - c <= 5, t.kind == .word, Self.questionWords.contains(t.lower) {
                // "asked (Trump) whether he would …": the question is the content.
                let r = trim(j, clauseEnd(j, end))
                return r.count >= 3 ? (r, true) : nil
            }
            if t.kind == .word, Self.finiteVerbs.contains(t.lower) { break }  // "said Obama has … that": a relative "that"
            // "said he first heard gunfire … and suspected that": a bare clause has begun; its "that" is its own.
            if t.kind == .word, j > c + 1, Self.subjectPronouns.contains(tokens[j - 1].lower),
               isVerbLike(t.lower) || ReportingLexicon.isAdverb(t.lower) || ["'s", "'re", "'ll", "'d", "'ve", "'m"].contains(t.lower) { break }
            if t.kind == .word && t.lower == "that", j > c + 1, let after = tokens[safe: j + 1], after.kind == .word,
               Self.finiteVerbs.contains(after.lower) || Self.irregularPast.contains(after.lower) || (after.lower.hasSuffix("ed") && !after.isCapitalized) {
                break  // "reported victims at a center that was …": a relative "that"
            }
            if t.kind == .word && t.lower == "that" {
                let r = trim((j + 1), clauseEnd(j + 1, end))
                return r.isEmpty ? nil : (r, true)
            }
            if t.isPunct(":") {
                let r = trim((j + 1), end)
                return r.isEmpty ? nil : (r, true)
            }
            // "…, Sanders said, a policy that could …": a noun phrase set off after the cue describes
            // what came before; its "that" is a relative pronoun.
            if t.isPunct(","), tokens[safe: j + 1].map({ ["a", "an", "the"].contains($0.lower) }) == true { break }
            if t.kind == .punct, t.lower != ",", t.lower != "'s", t.lower != "-", t.lower != "(", t.lower != ")" { break }
            if t.kind == .word, ReportingLexicon.isGerund(t.lower), text.isWord(j - 1, "as"), ReportingLexicon.forms[t.lower] != nil {
                consumed.insert(j)  // "cited the agency as saying that"
            } else if t.kind == .word, !t.isCapitalized, let other = ReportingLexicon.forms[t.lower], !other.alsoNoun, j > c + 1 { break }
            j += 1
        }
        let r = trim((c + 1), clauseEnd(c + 1, end))
        return r.isEmpty ? nil : (r, false)
    }

    static let clauseStarts: Set<String> = [
        "and", "but", "who", "which", "adding", "saying", "according", "while", "as", "although", "though", "because",
        "when", "if", "noting", "arguing", "citing", "referring", "in", "on", "at", "after", "before", "during", "where",
    ]

    /// `…, X said, CLAUSE`: the clause after the cue's comma, when it is one.
    /// "…, many economists say, because …": the reason belongs to what was said.
    static let subordinators: Set<String> = ["because", "although", "though", "since", "if", "unless", "so", "as", "when", "while"]

    private func parentheticalRest(after c: Int, takesObject: Bool, sentence s: Int) -> Range<Int>? {
        let end = contentEnd(s)
        var j = c + 1
        while j < end, j - c <= 6, tokens[j].kind == .word, !tokens[j].quoted { j += 1 }  // "said in an interview"
        guard j + 1 < end, text.isPunct(j, ","), tokens[j + 1].kind == .word, !tokens[j + 1].quoted,
              !["a", "an"].contains(tokens[j + 1].lower),  // "…, Sanders said, a policy that …" describes the content
              !Self.clauseStarts.contains(tokens[j + 1].lower) || Self.subordinators.contains(tokens[j + 1].lower),
              !ReportingLexicon.isGerund(tokens[j + 1].lower) else { return nil }
        if j > c + 1, !takesObject, !["in", "on", "at", "to", "during", "after", "via", "through", "from", "with", "last", "this"].contains(tokens[c + 1].lower),
           !ReportingLexicon.isAdverb(tokens[c + 1].lower) { return nil }
        let rest = trim(j + 1, clauseEnd(j + 1, end))
        return rest.count >= 3 ? rest : nil
    }

    static let finiteVerbs: Set<String> = [
        "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "did", "does", "do", "won't", "can't", "isn't", "wasn't", "doesn't", "didn't",
    ]

    static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i", "it"]

    /// Verbs of opinion that take a bare clause: "I think we can win".
    static let clauseTakers: Set<String> = ["think", "believe", "hope", "fear", "expect", "feel", "know", "doubt", "suspect", "guess"]

    /// Words that open an indirect question: "asked whether …", "wondered how …".
    static let questionWords: Set<String> = ["whether", "if", "who", "what", "how", "why", "when", "where", "which"]

    private func opensQuestion(_ range: Range<Int>) -> Bool {
        !range.isEmpty && Self.questionWords.contains(tokens[range.lowerBound].lower)
    }

    static let irregularPast: Set<String> = [
        "took", "made", "went", "gave", "got", "came", "left", "ran", "said", "told", "wrote", "sent", "kept", "put",
        "brought", "began", "spent", "met", "led", "won", "lost", "paid", "sought", "thought", "became", "stood",
        "tried", "held", "felt", "knew", "saw", "found", "gave", "did", "withdrew", "rose", "fell", "struck", "spoke",
        "broke", "chose", "drew", "drove", "grew", "shook", "threw", "bought", "built", "caught", "fought", "heard",
        "stood", "taught", "upheld", "sat",
    ]

    /// "While environmentalists welcomed the plan, they were less pleased by …": a cue inside a
    /// sentence's opening subordinate clause has its content end with that clause, at its comma.
    private func openingClauseEnd(after c: Int, sentence s: Int) -> Int? {
        let lo = sentences[s].tokens.lowerBound
        guard tokens[lo].kind == .word, Self.openingSubordinators.contains(tokens[lo].lower) || (text.isWord(lo, "even") && text.isWord(lo + 1, "though")) else { return nil }
        let end = contentEnd(s)
        guard c + 2 < end else { return nil }
        let comma = (c + 2..<end).first { text.isPunct($0, ",") && !tokens[$0].quoted && !(tokens[safe: $0 - 1].map { $0.kind == .quote && $0.opens } ?? false) }
        // "As Michael Dell said last week in Tel Aviv, "Israel is …"": as-said introduces the main clause.
        if let comma, text.isWord(lo, "as"), !(c + 1..<comma).contains(where: { tokens[$0].kind == .word && isVerbLike(tokens[$0].lower) }) {
            return nil
        }
        return comma
    }

    static let openingSubordinators: Set<String> = [
        "while", "as", "when", "after", "although", "though", "because", "if", "since", "whereas", "before", "until", "once",
    ]

    /// Where an indirect content ends inside `from..<end`: before `, doing …` and before
    /// `and did …`, which tell what the speaker did, not what they said.
    private func clauseEnd(_ from: Int, _ end: Int) -> Int {
        var j = from + 1
        while j + 1 < end {
            let t = tokens[j], next = tokens[j + 1]
            if t.isPunct(";"), !t.quoted { return j }  // a semicolon ends the reported clause
            if t.isPunct(","), !t.quoted, text.isWord(j + 1, "compared") { return j }  // "…said yes, compared with 23 percent who …"
            let closesQuote = t.kind == .quote && t.closes
            if (!t.quoted || closesQuote), next.kind == .word, !next.quoted, !next.isCapitalized {
                let gerund = ReportingLexicon.isGerund(next.lower) && !["including", "excluding"].contains(next.lower)
                if gerund && (t.isPunct(",") || t.isPunct("-")) && j - from >= 4 { return j }
                if gerund && closesQuote && text.isPunct(j - 1, ",") { return j + 1 }
                if t.lower == "but" || t.lower == "and",
                   next.lower.hasSuffix("ed") || Self.irregularPast.contains(next.lower)
                    || ReportingLexicon.forms[next.lower].map({ !$0.alsoNoun && $0.lemma != next.lower }) == true  // not "and tell him"
                    || (text.isPunct(j - 1, ",") && (Self.finiteVerbs.contains(next.lower) || Self.subjectPronouns.contains(next.lower))) {
                    // ", but he pressed …", ", and has championed …": a new clause, the writer's.
                    return text.isPunct(j - 1, ",") ? j - 1 : j
                }
            }
            j += 1
        }
        return end
    }

    /// Words that open what may follow a trailing cue: time, place, manner, a participle.
    static let tailWords: Set<String> = [
        "on", "in", "at", "during", "after", "before", "to", "via", "through", "from", "with", "when", "while", "as",
        "last", "this", "late", "early", "of", "for", "about", "told", "according", "but", "and", "adding", "citing",
        "without", "referring", "speaking", "unveiling", "outside", "inside", "near", "by", "following", "amid",
        "here", "there", "afterward", "afterwards", "backstage", "onstage", "aboard", "under", "over", "across",
    ]

    /// Whether what follows a cue is only its adverbials and object, so the content came before.
    private func tailIsAdverbial(after c: Int, cue: Cue, sentence s: Int) -> Bool {
        let end = contentEnd(s)
        var j = c + 1
        if cue.takesObject {  // "he told reporters"
            while j < end, tokens[j].kind == .word, !tokens[j].quoted, j - c <= 8, tokens[j].lower != "that",
                  !Self.tailWords.contains(tokens[j].lower) { j += 1 }
        }
        guard j < end else { return true }
        let t = tokens[j]
        if t.kind == .punct || t.kind == .quote { return true }
        let next = tokens[safe: j + 1].flatMap { j + 1 < end ? $0 : nil }
        // "says too many women are torn", "says there is only one winner": a clause, not the cue's adverbial.
        if ["too", "so", "very", "much"].contains(t.lower), let next, next.kind == .word { return false }
        if ["there", "here"].contains(t.lower), let next, Self.beForms.contains(next.lower) || Self.finiteVerbs.contains(next.lower) { return false }
        if ReportingLexicon.isAdverb(t.lower) || PhraseFinder.timeWords.contains(t.lower) { return true }
        return Self.tailWords.contains(t.lower)
    }

    /// The content before a trailing speaker, whose comma or closing quotation mark is at `boundary`.
    private func trailingContent(before boundary: Int, sentence s: Int) -> Range<Int>? {
        let lo = sentences[s].tokens.lowerBound
        guard boundary > lo else { return nil }
        var b = boundary
        if text.isPunct(b, ","), b - 1 >= lo, tokens[b - 1].kind == .quote, tokens[b - 1].closes { b -= 1 }
        var start = lo
        if tokens[b].kind == .quote && tokens[b].closes {
            var o = b - 1
            while o >= lo, !(tokens[o].kind == .quote && tokens[o].opens) { o -= 1 }
            start = max(o + 1, lo)
            // `… and "that group is leaving," said X`: the words before the quotation belong to it too.
            if o > lo, drafts.count == sentenceStart,
               (lo..<o).filter({ tokens[$0].kind == .word }).count >= 3 { start = lo }
        } else if drafts.count > sentenceStart, let previous = drafts.last, let used = previous.speakerTokens, used.upperBound < b {
            start = max(start, used.upperBound)
        }
        let r = trim(start, b)
        return r.count >= 2 ? r : nil
    }

    /// `"…," he said, "…"`: the quotation's second part.
    private func splitContinuation(after k: Int, sentence s: Int) -> [Range<Int>] {
        let hi = sentences[s].tokens.upperBound
        var j = k + 1
        while j < min(hi, k + 8) {
            if text.isPunct(j, ","), j + 1 < hi, tokens[j + 1].kind == .quote, tokens[j + 1].opens {
                let r = trim((j + 2), quotationEnd(from: j + 2, limit: hi))
                return r.isEmpty ? [] : [r]
            }
            if tokens[j].kind == .quote || tokens[j].isPunct(".") { break }
            // ", adding, "…"": the quotation is the next claim's, not this one's.
            if tokens[j].kind == .word, ReportingLexicon.forms[tokens[j].lower] != nil { break }
            j += 1
        }
        return []
    }

    private func quotationEnd(from k: Int, limit: Int) -> Int {
        var j = k
        while j < limit, tokens[j].quoted || tokens[j].kind != .quote { j += 1 }
        return j
    }

    /// Tokens `from..<to` (empty when `to` is not past `from`), without the marks
    /// and joining words at their edges.
    private func trim(_ from: Int, _ to: Int) -> Range<Int> {
        var a = from, b = max(from, to)
        // A complementizer "that" goes; a quotation's own "That's …" stays.
        while a < b, tokens[a].kind == .punct || tokens[a].kind == .quote || (tokens[a].lower == "that" && !tokens[a].quoted) { a += 1 }
        while b > a, tokens[b - 1].kind == .quote || (tokens[b - 1].kind == .punct && tokens[b - 1].lower != ")")
                || (tokens[b - 1].kind == .punct && tokens[b - 1].lower == "'") { b -= 1 }
        return a..<b
    }

    // MARK: - Across sentences

    /// A content that runs into the speaker of the next claim of its sentence ends there:
    /// "…, Ukraine said, while the Romanians denied the claim".
    private mutating func separateClauses(from first: Int) {
        guard drafts.count - first > 1 else { return }
        for a in first..<drafts.count {
            for b in first..<drafts.count where b != a {
                guard let start = drafts[b].speakerTokens?.lowerBound ?? Optional(drafts[b].cueToken),
                      let last = drafts[a].content.indices.last, drafts[a].content[last].contains(start),
                      start > drafts[a].content[last].lowerBound else { continue }
                let joint = tokens[start - 1].lower
                guard [",", ";", "while", "but", "and", "whereas", "-"].contains(joint) else { continue }
                var cut = start - 1
                while cut > drafts[a].content[last].lowerBound, [",", ";", "while", "but", "and", "whereas", "-"].contains(tokens[cut - 1].lower) { cut -= 1 }
                drafts[a].content[last] = trim(drafts[a].content[last].lowerBound, cut)
            }
        }
        // Only this sentence's drafts: filtering the whole article here would be quadratic.
        let kept = drafts[first...].filter { !$0.content.allSatisfy(\.isEmpty) }
        drafts.replaceSubrange(first..., with: kept)
    }

    /// `"Mr. Trump embodies … our greatest shame." ― Sonya Herridge`: a paragraph that is a
    /// quotation closed by a dash and a name; returns the paragraphs read so.
    private mutating func addCaptionedQuotations() -> Set<Int> {
        var captioned = Set<Int>()
        var s = 0
        for (p, paragraph) in paragraphs.enumerated() {
            let range = paragraph.tokens
            guard range.count >= 6, tokens[range.lowerBound].kind == .quote else { continue }
            var end = range.upperBound
            while end > range.lowerBound, tokens[end - 1].kind == .punct, !phrases.isAbbreviationPoint(end - 1, floor: range.lowerBound) { end -= 1 }
            guard let dash = (max(range.lowerBound + 2, end - 9)..<end).last(where: { tokens[$0].isPunct("-") }),
                  tokens[dash - 1].kind == .quote || (tokens[dash - 1].kind == .punct && tokens[dash - 2].kind == .quote),
                  dash + 1 < end, tokens[dash + 1].isCapitalized,
                  (dash + 1..<end).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number || tokens[$0].isPunct(",")
                      || tokens[$0].isPunct(".") })
            else { continue }
            let content = trim(range.lowerBound, dash)
            let name = dash + 1..<end
            guard content.count >= 3 else { continue }
            while s + 1 < sentences.count, sentences[s].tokens.upperBound <= dash { s += 1 }
            drafts.append(ClaimDraft(source: .phrase(SpeakerPhrase(text.words(name)), tokens: name), cue: "say", stance: .assert,
                                     content: [content], sentence: s, cueToken: dash))
            captioned.insert(p)
        }
        return captioned
    }

    /// A quotation standing as its own sentence after a quoted speaker continues that
    /// speaker: in the same paragraph it extends that claim, in the next it is a new one.
    private mutating func addStandingQuotations(skipping captioned: Set<Int>) {
        let found = drafts.sorted { $0.position < $1.position }
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
            if sentence.paragraph == sentences[previous.sentence].paragraph {
                // `"Q1," she said. "Q2."`: one statement, quoted in two pieces.
                drafts[index].content.append(content)
                continue
            }
            drafts.append(ClaimDraft(source: .sameAs(index), cue: previous.cue, stance: .assert, content: [content],
                                     sentence: s, cueToken: range.lowerBound))
        }
    }

    private mutating func add(_ draft: ClaimDraft) {
        guard !draft.content.isEmpty, !draft.content[0].isEmpty else { return }
        drafts.append(draft)
    }
}
