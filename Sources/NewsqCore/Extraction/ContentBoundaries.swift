/// Where a claim's content starts and ends: after the cue (strong after "that", a colon or a
/// quotation), before a trailing speaker, around a cue set inside it; and the words that end it.
extension ClaimFinder {
    /// Whether a noun phrase at `k` is the subject of an auxiliary within a few words:
    /// "Ayotte should", "her efforts as a senator will".
    func opensClause(at k: Int, end: Int) -> Bool {
        guard tokens[k].kind == .word, !ReportingLexicon.isAdverb(tokens[k].lower), PhraseFinder.links.contains(tokens[k]) == false else {
            return false
        }
        for j in k + 1..<min(end, k + 13) {
            let t = tokens[j]
            if t.kind != .word || t.quoted { return false }
            if Self.finiteVerbs.contains(t) { return j > k }
            if ReportingLexicon.forms[t] != nil || Self.questionWords.contains(t) { return false }
        }
        return false
    }

    /// An object noun phrase without what follows it: "Cruz | last week", "the incident | on the radio
    /// Monday", "Christie | , taking aim at …", "himself as antiabortion | and has said …".
    func objectEnd(_ range: Range<Int>) -> Range<Int> {
        for k in range.dropFirst() {
            let t = tokens[k]
            if t.quoted { continue }
            if t.isPunct(",") || t.isPunct("-") || t.isPunct("(") { return trim(range.lowerBound, k) }
            guard t.kind == .word else { continue }
            let next = tokens[safe: k + 1]
            if Self.subordinators.contains(t) && t.lower != "so" && t.lower != "as" { return trim(range.lowerBound, k) }
            if ["last", "this", "next", "earlier"].contains(t.lower), let next, PhraseFinder.timeWords.contains(next.lower) {
                return trim(range.lowerBound, k)
            }
            if ["on", "in"].contains(t.lower), let next, Self.weekdaysAndMonths.contains(next.lower) { return trim(range.lowerBound, k) }
            if ["yesterday", "today", "tonight"].contains(t.lower) || Self.weekdaysAndMonths.contains(t.lower) && k == range.upperBound - 1 {
                return trim(range.lowerBound, k)
            }
            if ["and", "but"].contains(t.lower), let next, next.kind == .word, !next.isCapitalized, isVerbLike(next.lower) {
                return trim(range.lowerBound, k)
            }
        }
        return range
    }

    /// Whether a form that is also a noun reads as a verb here: after a pronoun or a plural
    /// ("they claim", "voters who support Sanders", "Republicans support a ban").
    func followsSubject(_ c: Int, floor: Int) -> Bool {
        var b = c - 1
        while b >= floor, tokens[b].kind == .word, ReportingLexicon.isAdverb(tokens[b].lower) { b -= 1 }
        guard b >= floor, tokens[b].kind == .word else { return false }
        let w = tokens[b].lower
        return ["i", "we", "they", "you", "who", "which"].contains(w)
            || PhraseFinder.looksPlural(w)
    }

    /// A word that is probably a sentence's verb: an auxiliary, a past tense, a reporting verb.
    func isVerbLike(_ w: String) -> Bool {
        Self.finiteVerbs.contains(w) || Self.irregularPast.contains(w) || (w.hasSuffix("ed") && w.count > 3)
            || ReportingLexicon.forms[w].map { !$0.alsoNoun && !ReportingLexicon.isGerund(w) } == true
    }

    /// Whether a word after a subject pronoun begins its predicate: a verb, an adverb, or the
    /// "'s" the tokenizer splits off "he's" (the only contraction it splits).
    func startsPredicate(_ t: Token) -> Bool {
        isVerbLike(t.lower) || ReportingLexicon.isAdverb(t.lower) || t.lower == "'s"
    }

    /// What follows a cue. Strong when introduced by `that`, a colon or a quotation.
    mutating func forwardContent(after c: Int, cue: Cue, sentence s: Int) -> (range: Range<Int>, strong: Bool)? {
        let end = openingClauseEnd(after: c, sentence: s) ?? contentEnd(s)
        guard c + 1 < end else { return nil }
        if c + 2 < end, tokens[c + 1].kind == .word, cue.introducers[tokens[c + 1].lower] != nil {
            // "vowed to fight on" keeps its "to"; "complained about the delays" starts after the preposition.
            let to = tokens[c + 1].lower == "to" && !cue.refersTo  // "vowed to fight" vs "referring to Kerry"
            guard
                !to
                    || (tokens[c + 2].kind == .word && !tokens[c + 2].isCapitalized
                        && !SpeakerPhrase.determiners.contains(tokens[c + 2]))
            else { return nil }
            let r = trim(to ? c + 1 : c + 2, clauseEnd(c + 2, end))
            return r.count >= (to ? 2 : 1) ? (r, true) : nil
        }
        if cue.characterizes || cue.regards, tokens[c + 1].kind == .word, !tokens[c + 1].quoted, cue.introducers[tokens[c + 1].lower] == nil,
            !["a", "an", "to", "off", "up", "back", "in", "out", "that"].contains(tokens[c + 1].lower)
        {
            // "called the system "rotten to the core"", "described him as a liar": what the
            // object is said to be shows as a quotation, an article or "as"; "sees him as a threat" only as "as".
            let stop = clauseEnd(c + 1, end)
            if (c + 2..<min(stop, c + 25)).contains(where: {
                cue.regards
                    ? tokens[$0].lower == "as" && !tokens[$0].quoted
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
            Self.subjectPronouns.contains(tokens[c + 1]) || tokens[c + 1].lower == "there" || tokens[c + 1].lower == "you"
                ? (c + 2..<min(end, c + 5)).contains(where: { tokens[$0].kind == .word && isVerbLike(tokens[$0].lower) })
                : opensClause(at: c + 1, end: end)
        {
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
                let whole =
                    close < end && close - 1 > j && tokens[close - 1].kind == .punct
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
            if cue.stance == .question, j - c <= 5, t.kind == .word, Self.questionWords.contains(t) {
                // "asked (Trump) whether he would …": the question is the content.
                let r = trim(j, clauseEnd(j, end))
                return r.count >= 3 ? (r, true) : nil
            }
            if t.kind == .word, Self.finiteVerbs.contains(t) { break }  // "said Obama has … that": a relative "that"
            // "said he first heard gunfire … and suspected that": a bare clause has begun; its "that" is its own.
            if t.kind == .word, j > c + 1, Self.subjectPronouns.contains(tokens[j - 1]), startsPredicate(t) { break }
            if t.kind == .word && t.lower == "that", j > c + 1, let after = tokens[safe: j + 1], after.kind == .word,
                Self.finiteVerbs.contains(after.lower) || Self.irregularPast.contains(after.lower)
                    || (after.lower.hasSuffix("ed") && !after.isCapitalized)
            {
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
            if t.kind == .word, ReportingLexicon.isGerund(t.lower), text.isWord(j - 1, "as"), ReportingLexicon.forms[t] != nil {
                consumed.insert(j)  // "cited the agency as saying that"
            } else if t.kind == .word, !t.isCapitalized, let other = ReportingLexicon.forms[t], !other.alsoNoun, j > c + 1 {
                break
            }
            j += 1
        }
        // "told a Planned Parenthood gathering she will protect …", "said on Wednesday he likes Trump": the
        // addressee or the time comes off; the clause is the content.
        let leadsIn =
            cue.takesObject || PhraseFinder.timeWords.contains(tokens[c + 1].lower) || ["on", "in", "at", "during"].contains(tokens[c + 1].lower)
        if leadsIn, cue.stance != .urge, c + 2 < end - 1,
            let p = (c + 2..<min(end - 1, c + 10)).first(where: { k in
                (Self.subjectPronouns.contains(tokens[k]) || ["this", "there"].contains(tokens[k].lower)) && !tokens[k].quoted
                    && (startsPredicate(tokens[k + 1])
                        || (["he", "she", "it"].contains(tokens[k].lower) && tokens[k + 1].kind == .word && tokens[k + 1].lower.hasSuffix("s")))
            }), !(c + 1..<p).contains(where: { tokens[$0].kind != .word || Self.finiteVerbs.contains(tokens[$0]) })
        {
            let r = trim(p, clauseEnd(p, end))
            return r.count >= 2 ? (r, true) : nil
        }
        let r = trim((c + 1), clauseEnd(c + 1, end))
        return r.isEmpty ? nil : (r, false)
    }

    func parentheticalRest(after c: Int, takesObject: Bool, sentence s: Int) -> Range<Int>? {
        let end = contentEnd(s)
        var j = c + 1
        while j < end, j - c <= 6, tokens[j].kind == .word, !tokens[j].quoted { j += 1 }  // "said in an interview"
        guard j + 1 < end, text.isPunct(j, ","), tokens[j + 1].kind == .word, !tokens[j + 1].quoted,
            !["a", "an"].contains(tokens[j + 1].lower),  // "…, Sanders said, a policy that …" describes the content
            !Self.clauseStarts.contains(tokens[j + 1]) || Self.subordinators.contains(tokens[j + 1]),
            !ReportingLexicon.isGerund(tokens[j + 1].lower)
        else { return nil }
        if j > c + 1, !takesObject,
            !["in", "on", "at", "to", "during", "after", "via", "through", "from", "with", "last", "this"].contains(tokens[c + 1].lower),
            !ReportingLexicon.isAdverb(tokens[c + 1].lower)
        {
            return nil
        }
        let rest = trim(j + 1, clauseEnd(j + 1, end))
        return rest.count >= 3 ? rest : nil
    }

    func opensQuestion(_ range: Range<Int>) -> Bool {
        !range.isEmpty && Self.questionWords.contains(tokens[range.lowerBound])
    }

    /// "While environmentalists welcomed the plan, they were less pleased by …": a cue inside a
    /// sentence's opening subordinate clause has its content end with that clause, at its comma.
    func openingClauseEnd(after c: Int, sentence s: Int) -> Int? {
        let lo = sentences[s].tokens.lowerBound
        guard tokens[lo].kind == .word,
            Self.openingSubordinators.contains(tokens[lo]) || (text.isWord(lo, "even") && text.isWord(lo + 1, "though"))
        else { return nil }
        let end = contentEnd(s)
        guard c + 2 < end else { return nil }
        let comma = (c + 2..<end).first {
            text.isPunct($0, ",") && !tokens[$0].quoted && !(tokens[safe: $0 - 1].map { $0.kind == .quote && $0.opens } ?? false)
        }
        // "As Michael Dell said last week in Tel Aviv, "Israel is …"": as-said introduces the main clause.
        if let comma, text.isWord(lo, "as"), !(c + 1..<comma).contains(where: { tokens[$0].kind == .word && isVerbLike(tokens[$0].lower) }) {
            return nil
        }
        return comma
    }

    /// Where an indirect content ends inside `from..<end`: before `, doing …` and before
    /// `and did …`, which tell what the speaker did, not what they said.
    func clauseEnd(_ from: Int, _ end: Int) -> Int {
        var j = from + 1
        while j + 1 < end {
            let t = tokens[j], next = tokens[j + 1]
            if t.isPunct(";"), !t.quoted { return j }  // a semicolon ends the reported clause
            if t.isPunct(","), !t.quoted, text.isWord(j + 1, "compared") { return j }  // "…said yes, compared with 23 percent who …"
            if t.isPunct(","), !t.quoted, text.isWord(j + 1, "according"), text.isWord(j + 2, "to") { return j }  // the source's, not the content
            let closesQuote = t.kind == .quote && t.closes
            if (!t.quoted || closesQuote), next.kind == .word, !next.quoted, !next.isCapitalized {
                let gerund = ReportingLexicon.isGerund(next.lower) && !["including", "excluding"].contains(next.lower)
                if gerund && (t.isPunct(",") || t.isPunct("-")) && j - from >= 4 { return j }
                if gerund && closesQuote && text.isPunct(j - 1, ",") { return j + 1 }
                // Not "and tell him" (a bare form) nor "and holding its convention" (a gerund): the content's own.
                if t.lower == "but" || t.lower == "and", !ReportingLexicon.isGerund(next.lower),
                    (text.isPunct(j - 1, ",") && (next.lower.hasSuffix("ed") || Self.irregularPast.contains(next)))
                        || ReportingLexicon.forms[next.lower].map({ !$0.alsoNoun && $0.lemma != next.lower && $0.introducers.isEmpty }) == true
                        || (text.isPunct(j - 1, ",") && (Self.finiteVerbs.contains(next) || Self.subjectPronouns.contains(next)))
                {
                    // ", but he pressed …", ", and has championed …": a new clause, the writer's.
                    return text.isPunct(j - 1, ",") ? j - 1 : j
                }
            }
            j += 1
        }
        return end
    }

    /// Whether what follows a cue is only its adverbials and object, so the content came before.
    func tailIsAdverbial(after c: Int, cue: Cue, sentence s: Int) -> Bool {
        let end = contentEnd(s)
        var j = c + 1
        if cue.takesObject {  // "he told reporters"
            while j < end, tokens[j].kind == .word, !tokens[j].quoted, j - c <= 8, tokens[j].lower != "that",
                !Self.tailWords.contains(tokens[j])
            { j += 1 }
        }
        guard j < end else { return true }
        let t = tokens[j]
        if t.kind == .punct || t.kind == .quote { return true }
        let next = tokens[safe: j + 1].flatMap { j + 1 < end ? $0 : nil }
        // "says too many women are torn", "says there is only one winner": a clause, not the cue's adverbial.
        if ["too", "so", "very", "much"].contains(t.lower), let next, next.kind == .word { return false }
        if ["there", "here"].contains(t.lower), let next, Self.beForms.contains(next.lower) || Self.finiteVerbs.contains(next.lower) { return false }
        // "Sundance continues to grow": an infinitive, not "said to reporters".
        if t.lower == "to", let next, next.kind == .word, !next.isCapitalized, !SpeakerPhrase.determiners.contains(next),
            !PhraseFinder.looksPlural(next.lower), !Gazetteer.roles.contains(next)
        {
            return false
        }
        if ReportingLexicon.isAdverb(t.lower) || PhraseFinder.timeWords.contains(t) { return true }
        return Self.tailWords.contains(t)
    }

    /// The content before a trailing speaker, whose comma or closing quotation mark is at `boundary`.
    func trailingContent(before boundary: Int, sentence s: Int) -> Range<Int>? {
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
                (lo..<o).filter({ tokens[$0].kind == .word }).count >= 3
            {
                start = lo
            }
        } else if drafts.count > sentenceStart, let previous = drafts.last, let used = previous.speakerTokens, used.upperBound < b {
            start = max(start, used.upperBound)
        }
        // "The roads were closed; the fire spread, police said": a semicolon ends what they reported.
        if tokens[b].kind != .quote, let semicolon = (start..<b).last(where: { text.isPunct($0, ";") && !tokens[$0].quoted }) {
            start = semicolon + 1
        }
        let r = trim(start, b)
        // "MACAU (Reuters) - Sheldon Adelson said …": a dateline is not what was said.
        if r.count <= 6, text.isPunct(r.upperBound - 1, ")"), r.allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized }) { return nil }
        return r.count >= 2 ? r : nil
    }

    /// `"…," he said, "…"`: the quotation's second part.
    func splitContinuation(after k: Int, sentence s: Int) -> [Range<Int>] {
        let hi = sentences[s].tokens.upperBound
        var j = k + 1
        while j < min(hi, k + 8) {
            if text.isPunct(j, ","), j + 1 < hi, tokens[j + 1].kind == .quote, tokens[j + 1].opens {
                let r = trim((j + 2), quotationEnd(from: j + 2, limit: hi))
                return r.isEmpty ? [] : [r]
            }
            if tokens[j].kind == .quote || tokens[j].isPunct(".") { break }
            // ", adding, "…"": the quotation is the next claim's, not this one's.
            if tokens[j].kind == .word, ReportingLexicon.forms[tokens[j]] != nil { break }
            j += 1
        }
        return []
    }

    func quotationEnd(from k: Int, limit: Int) -> Int {
        var j = k
        while j < limit, tokens[j].quoted || tokens[j].kind != .quote { j += 1 }
        return j
    }

    /// Tokens `from..<to` (empty when `to` is not past `from`), without the marks
    /// and joining words at their edges.
    func trim(_ from: Int, _ to: Int) -> Range<Int> {
        var a = from, b = max(from, to)
        // A complementizer "that" goes; a quotation's own "That's …" stays.
        while a < b, tokens[a].kind == .punct || tokens[a].kind == .quote || (tokens[a].lower == "that" && !tokens[a].quoted) { a += 1 }
        while b > a,
            tokens[b - 1].kind == .quote || (tokens[b - 1].kind == .punct && tokens[b - 1].lower != ")")
                || (tokens[b - 1].kind == .punct && tokens[b - 1].lower == "'")
        { b -= 1 }
        return a..<b
    }
}
