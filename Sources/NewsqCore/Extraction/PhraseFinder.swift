/// Finds the noun phrases that name speakers: the subject before a cue (with
/// its apposition), the subject after an inverted cue, the phrase after
/// "according to". Every walk is bounded: a phrase's by a few words, a chain of
/// appositions by its commas, each step moving back, so within one sentence (at most
/// `SentenceSplitter.maxTokens` tokens).
struct PhraseFinder {
    let text: TokenText
    var tokens: [Token] { text.tokens }

    static let maxPhraseWords = 12

    /// The subject ending just before `end`: "Colonel Andrii Demchenko, a spokesman for ..., " included,
    /// returned as the phrase and the tokens as written.
    func subject(endingBefore end: Int, floor: Int) -> (phrase: SpeakerPhrase, tokens: Range<Int>, isRelative: Bool)? {
        var e = end
        while e - 1 >= floor, tokens[e - 1].kind == .word, ReportingLexicon.isAdverb(tokens[e - 1]) { e -= 1 }
        // "Two House committees on Monday asked": the time between subject and verb is neither.
        // "A report from the government during the weekend said": so is a time after "at", "over" or "during".
        var t = e
        while t - 1 >= floor, tokens[t - 1].kind == .word, Self.timeWords.contains(tokens[t - 1]) || tokens[t - 1].lower == "past"
            || (t < e && tokens[t - 1].lower == "the"),
            e - t < 3
        { t -= 1 }
        if t < e, t - 1 > floor, tokens[t - 1].kind == .word, ["on", "last", "this", "earlier", "late", "at", "over", "during"].contains(tokens[t - 1].lower),
            tokens[t].lower != "the" || ["at", "over", "during"].contains(tokens[t - 1].lower)
        {
            e = t - 1
        }
        guard e - 1 >= floor else { return nil }
        if text.isPunct(e - 1, ",") {
            return appositive(endingAt: e - 1, floor: floor)
        }
        guard var range = nounPhrase(endingBefore: e, floor: floor) else { return nil }
        // "Patricia Sanders, spokeswoman for the Disaster Emergency Committee said": an apposition
        // whose closing comma is missing still follows its person.
        if !tokens[range.lowerBound].isCapitalized, text.isPunct(range.lowerBound - 1, ","),
            // "managing director of …": a role among the phrase's first words, before any capital.
            range.prefix(3).prefix(while: { !tokens[$0].isCapitalized }).contains(where: { Gazetteer.roles.contains(tokens[$0]) }),
            let name = nounPhrase(endingBefore: range.lowerBound - 1, floor: floor), namesPerson(name),
            let found = apposition(between: range.lowerBound - 1, and: e, floor: floor)
        {
            return found
        }
        // "Should have thought of …": a sentence without its subject opens on a modal, which names nobody.
        if range.allSatisfy({ tokens[$0].kind != .word || ClaimFinder.finiteVerbs.contains(tokens[$0]) }) { return nil }
        if range.count == 1, ["who", "which", "that"].contains(tokens[range.lowerBound].lower) {
            // "Kenneth Baer, a former official who runs a firm, said" reads as written; "X, who said" refers back.
            let before = range.lowerBound - 1
            // "X, who said" and "the number who said": the pronoun stands for the phrase before it.
            // "Anglo-American, the international mining company, which estimates": the antecedent
            // may carry its own apposition.
            let antecedent =
                text.isPunct(before, ",")
                ? appositive(endingAt: before, floor: floor) ?? subject(endingBefore: before, floor: floor)
                : nounPhrase(endingBefore: range.lowerBound, floor: floor).map { (SpeakerPhrase(text.words($0)), $0, false) }
            guard let antecedent else { return nil }
            return (antecedent.0, antecedent.1.lowerBound..<range.upperBound, true)
        }
        range = overModifiers(range, floor: floor)
        if let whole = restrictiveRelative(before: range.lowerBound, floor: floor) {
            return (SpeakerPhrase(wordsOutsideParentheses(whole.head)), whole.head.lowerBound..<range.upperBound, false)
        }
        return (SpeakerPhrase(wordsOutsideParentheses(range)), range, false)
    }

    /// Whether `range` is a person's name: the entity model reads one there, or it opens on a known first name.
    private func namesPerson(_ range: Range<Int>) -> Bool {
        let words = text.words(range)
        guard let first = words.first, words.count >= 2, words.allSatisfy(\.capitalized) else { return false }
        return words.contains { $0.entity.type == .person } || FirstNames.pronoun(of: first.lower) != nil
    }

    /// "Friends of Mr. Clinton's who have seen him on the trail recently said": the phrase before the cue
    /// ends a relative clause whose head opens the sentence (or follows its opening comma); the head speaks.
    private func restrictiveRelative(before start: Int, floor: Int) -> (head: Range<Int>, who: Int)? {
        var k = start - 1
        while k > floor, start - k <= 16, tokens[k].kind == .word || tokens[k].kind == .number, !tokens[k].quoted {
            if tokens[k].lower == "who" {
                guard let head = nounPhrase(endingBefore: k, floor: floor), head.upperBound == k,
                    head.lowerBound == floor || text.isPunct(head.lowerBound - 1, ","),
                    isNounHead(tokens[k - 1]) || SpeakerPhrase.determiners.contains(tokens[head.lowerBound])
                else { return nil }
                return (head, k)
            }
            k -= 1
        }
        return nil
    }

    /// "Sen. Rand Paul (R-Ky.)" reads as "Sen. Rand Paul": a party and state in parentheses name no one.
    private func wordsOutsideParentheses(_ range: Range<Int>) -> [SpeakerPhrase.Word] {
        guard let open = range.first(where: { tokens[$0].isPunct("(") }), open > range.lowerBound else { return text.words(range) }
        let close = (open..<range.upperBound).first { tokens[$0].isPunct(")") } ?? range.upperBound - 1
        return text.words(range.lowerBound..<open) + text.words(min(close + 1, range.upperBound)..<range.upperBound)
    }

    /// A subject whose head stands before its modifiers: "Majorities of Democrats in five states going to
    /// the polls Tuesday", "people briefed on the situation", "a producer for Yahoo Studios". The phrase
    /// found before the cue is only the last modifier's object; walk back over each preposition (and the
    /// participle before it) while what stands before is a noun.
    private func overModifiers(_ range: Range<Int>, floor: Int) -> Range<Int> {
        var start = range.lowerBound
        for _ in 0..<4 {
            var p = start - 1
            guard p > floor, tokens[p].kind == .word, !tokens[p].quoted, Self.modifierPrepositions.contains(tokens[p]) else { break }
            p -= 1
            if tokens[p].kind == .word, !tokens[p].isCapitalized,
                isParticiple(tokens[p].lower) || ["privy", "familiar", "close"].contains(tokens[p].lower)
            {
                p -= 1  // "going to", "briefed on", "familiar with"
            }
            guard p >= floor, let head = nounPhrase(endingBefore: p + 1, floor: floor), head.upperBound == p + 1 else { break }
            // A noun phrase: a name, a plural, a role or group, or anything its determiner opens ("a producer").
            guard isNounHead(tokens[p]) || SpeakerPhrase.determiners.contains(tokens[head.lowerBound]) else { break }
            start = head.lowerBound
        }
        return start..<range.upperBound
    }

    private func isParticiple(_ w: String) -> Bool {
        w.count > 4 && (w.hasSuffix("ed") || w.hasSuffix("ing")) || ["known", "seen", "held", "taken", "chosen", "polled"].contains(w)
    }

    /// A word that ends a noun phrase naming who speaks: a name, a plural, a role, a group, a source.
    private func isNounHead(_ t: Token) -> Bool {
        guard t.kind == .word || t.kind == .number else { return false }
        let w = t.lower
        if t.isCapitalized || Gazetteer.groupNouns.contains(w) || Gazetteer.roles.contains(w) || Gazetteer.evidenceNouns.contains(w)
            || Gazetteer.organizationWords.contains(w) || Self.quantities.contains(w)
        {
            return true
        }
        return Self.looksPlural(w) && ReportingLexicon.forms[w].map(\.alsoNoun) != false && !Self.commonVerbsInS.contains(w)
    }

    /// A lowercase word that reads as a plural noun: "voters", "officials"; not "press", "status", "analysis", "news".
    static func looksPlural(_ w: String) -> Bool {
        w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") && w != "news"
    }

    /// `NAME, APPOSITION,` before a cue whose comma is at `comma`.
    private func appositive(endingAt comma: Int, floor: Int) -> (phrase: SpeakerPhrase, tokens: Range<Int>, isRelative: Bool)? {
        guard let k = previousComma(before: comma, floor: floor) else { return nil }
        // "of Jackson, Miss., attending …", "in Aurora, Colorado, in July": a place's state
        // is no apposition of its own; the apposition runs on to the comma before the place.
        // After a role ("The mayor of London, Sadiq Khan,") the words are a place only if the place list says so.
        let afterRole = nounPhrase(endingBefore: k, floor: floor).map { text.words($0).contains { Gazetteer.roles.contains($0.lower) } } ?? false
        if isPlaceTail(k + 1..<comma, trustingTheModel: !afterRole), k - 1 >= floor, tokens[k - 1].isCapitalized {
            if let earlier = previousComma(before: k, floor: floor), let found = apposition(between: earlier, and: comma, floor: floor) {
                return found
            }
            // "Stacy Baker of Columbia, South Carolina, said": the place ends the subject.
            if let name = nounPhrase(endingBefore: k, floor: floor), name.count >= 3, text.words(name).contains(where: { $0.lower == "of" }) {
                return (SpeakerPhrase(text.words(name)), name.lowerBound..<comma, false)
            }
        }
        return apposition(between: k, and: comma, floor: floor)
    }

    /// The comma before `comma` with only words, names' abbreviations and parentheses between.
    private func previousComma(before comma: Int, floor: Int) -> Int? {
        var k = comma - 1
        var steps = 0
        var inParentheses = false  // walking back through "(D-Minn.)", whose marks belong to the name
        var inTitle = false  // walking back through "the co-author of "Going Viral,""
        while k >= floor, steps < 25 {
            let t = tokens[k]
            if t.kind == .quote { inTitle = !inTitle; k -= 1; steps += 1; continue }
            if t.quoted && !inTitle { return nil }
            if inTitle { k -= 1; steps += 1; continue }
            if t.isPunct(")") { inParentheses = true } else if t.isPunct("(") { inParentheses = false }
            if t.kind == .punct, !inParentheses, t.lower != "'s", t.lower != "-", t.lower != "(", t.lower != ")", t.lower != "'",
                !isAbbreviationPoint(k, floor: floor)
            {
                break
            }  // "the No. 2 Republican" goes on
            k -= 1; steps += 1
        }
        guard k >= floor, text.isPunct(k, ","), k + 1 < comma else { return nil }
        return k
    }

    /// One or two capitalised words, as a state or country after a city: "Colorado", "Miss.", "New Hampshire".
    private func isPlaceTail(_ range: Range<Int>, trustingTheModel: Bool) -> Bool {
        let words = text.words(range)
        // "The mayor of Paris, Anne Hidalgo, said": a person's name is no place; the tail is one the
        // entity model or the place list knows.
        guard let last = words.last?.lower else { return false }
        let known =
            trustingTheModel && words.contains { $0.entity.type == .place } || Places.isPlaceWord(last) || Places.isPlaceWord(words.map(\.lower).joined(separator: " "))
            || Gazetteer.countries[last] != nil || Self.stateAbbreviations.contains(last.hasSuffix(".") ? String(last.dropLast()) : last)
        return (1...2).contains(words.count) && words.allSatisfy(\.capitalized) && known
            && !words.contains { Gazetteer.roles.contains($0.lower) || Gazetteer.titles.contains($0.lower) || $0.entity.type == .person }
    }

    /// The subject before `k`, the comma that opens what stands between it and the cue's comma.
    private func apposition(between k: Int, and comma: Int, floor: Int) -> (phrase: SpeakerPhrase, tokens: Range<Int>, isRelative: Bool)? {
        let middle = (k + 1)..<comma
        let words = text.words(middle)
        guard let first = words.first else { return nil }
        // ", however," and the like: the subject stands before them.
        if words.allSatisfy({ Self.sentenceAdverbs.contains($0.lower) || ReportingLexicon.isAdverb($0.lower) })
            || (!first.capitalized
                && (ReportingLexicon.isGerund(first.lower) || Self.setOffOpeners.contains(first.lower)
                    || first.lower.hasSuffix("ed") || ClaimFinder.irregularPast.contains(first.lower)))
        {  // ", struck by her story,"
            // The subject may carry its own apposition: "Sandy Phillips, who lost …, in July 2012, said".
            return appositive(endingAt: k, floor: floor) ?? subject(endingBefore: k, floor: floor)
        }
        if ["who", "which", "whose"].contains(first.lower) {
            // "David Autor, a professor at M.I.T., who studies trade, said": the clause belongs to the speaker.
            if let antecedent = subject(endingBefore: k + 1, floor: floor), !antecedent.isRelative {
                return (antecedent.phrase, antecedent.tokens.lowerBound..<comma, false)
            }
            // "Sen. Amy Klobuchar (D-Minn.), who sponsored the act, said": the name opens the sentence.
            let nameEnd = text.isPunct(k - 1, ")") ? matchingOpen(before: k - 1, floor: floor) ?? k : k
            if let name = nounPhrase(endingBefore: nameEnd, floor: floor),
                tokens[name.upperBound - 1].isCapitalized || isAbbreviationPoint(name.upperBound - 1, floor: floor)
            {
                return (SpeakerPhrase(text.words(name)), name.lowerBound..<comma, false)
            }
        }
        // "Sarandon, 69," and "Representative Steve Cohen, Democrat of Tennessee,": an age or a party.
        // "Jason Chaffetz, R-Utah,": a party and state.
        let ageOrParty =
            (middle.count == 1 && tokens[k + 1].kind == .number) || Self.parties.contains(first.lower)
            || (Self.isPartyTag(first.lower) && middle.count <= 4)
        let opensApposition =
            ageOrParty || SpeakerPhrase.determiners.contains(first.lower) || Gazetteer.roles.contains(first.lower)
            || Gazetteer.titles.contains(first.lower) || words.contains { Gazetteer.roles.contains($0.lower) }
        if !opensApposition, words.allSatisfy(\.capitalized), let rolePhrase = nounPhrase(endingBefore: k, floor: floor),
            // One word names a body after a body's description: "The UN programme tackling Aids, UNAIDS,".
            words.count >= 2 || text.words(rolePhrase).contains(where: { SpeakerPhrase.bodyNouns.contains($0.lower) }),
            text.words(rolePhrase).contains(where: { Gazetteer.roles.contains($0.lower) || SpeakerPhrase.bodyNouns.contains($0.lower) })
                || (["the", "a", "an"].contains(tokens[rolePhrase.lowerBound].lower) && !tokens[rolePhrase.upperBound - 1].isCapitalized)
        {
            // "The mayor of Springfield, Joe Quimby, said", "the assailant, John McGraw, told", "The UN
            // programme tackling Aids, UNAIDS, said": the name is the apposition.
            return (SpeakerPhrase(words, apposition: text.words(rolePhrase)), rolePhrase.lowerBound..<comma, false)
        }
        guard opensApposition else { return nil }
        // "Yin Myint May, 60, a doctor, said": appositions in a row; the name stands before the first.
        if tokens[k - 1].kind == .number || tokens[k - 1].isPunct(")"), let earlier = appositive(endingAt: k, floor: floor) {
            return (earlier.phrase, earlier.tokens.lowerBound..<comma, false)
        }
        guard let name = nounPhrase(endingBefore: k, floor: floor) else { return nil }
        let nameWords = text.words(name)
        guard let last = nameWords.last, last.capitalized || SpeakerPhrase.pronouns.contains(last.lower) else { return nil }
        return (SpeakerPhrase(nameWords, apposition: words), name.lowerBound..<comma, false)
    }

    /// A party and a state as news abbreviates them: "R-Utah", "D-Minn", "I-Vt".
    static func isPartyTag(_ w: String) -> Bool {
        w.count > 2 && ["r-", "d-", "i-"].contains(w.prefix(2))
    }

    /// The noun phrase that ends just before `end`, walking back at most `maxPhraseWords`.
    func nounPhrase(endingBefore end: Int, floor: Int) -> Range<Int>? {
        var i = end - 1
        var start = end
        var count = 0
        while i >= floor, count < Self.maxPhraseWords {
            let t = tokens[i]
            if t.kind == .quote || t.quoted { break }
            if t.kind == .punct {
                // "Sen. Rand Paul (R-Ky.) said": a parenthesis after a name stays with it.
                if t.lower == ")", let open = matchingOpen(before: i, floor: floor),
                    start < end || (open > floor && tokens[open - 1].isCapitalized && tokens[open - 1].kind == .word)
                {
                    start = open; i = open - 1; continue
                }
                if t.lower == "'" || isAbbreviationPoint(i, floor: floor) || text.isInnerPoint(i, within: floor..<end) { start = i; i -= 1; continue }
                break
            }
            let w = t.lower
            if count == 0, SpeakerPhrase.pronouns.contains(w) { return i..<end }
            if SpeakerPhrase.pronouns.contains(w), w != "that", w != "this" { break }
            if w.hasSuffix("n't") || w.hasSuffix("n’t") { break }  // "doesn't surprise": a verb, not a name
            // "Health and Safety Executive", "National Search and Rescue Agency": a body's name holds
            // its "and" between capitalised words when it ends in a word of organisations, or when
            // the entity model reads the words after "and" as one body and the word before it as
            // no entity of its own ("Microsoft and Apple Inc" stay two).
            if w == "and" || w == "&", start < end, i > floor, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized,
                (start..<end).allSatisfy({ tokens[$0].isCapitalized }),
                Gazetteer.organizationWords.contains(tokens[end - 1])
                    || (end - start >= 2 && text.entity(start).type == .organization && text.entity(end - 1).type == .organization
                        && !text.entity(end - 1).begins && text.entity(i - 1).type == nil)
            {
                start = i; i -= 1; count += 1
                continue
            }
            if w != "'s" {
                if Self.stops.contains(w) && !(t.isCapitalized && i != floor) && !Self.links.contains(w) { break }
                if Self.links.contains(w) {
                    guard start < end, i > floor, linkable(tokens[i - 1], by: w) else { break }
                } else if !t.isCapitalized, let cue = ReportingLexicon.forms[w], count > 0,
                    // "Another report from the government": after a determiner the form is a noun.
                    !(cue.alsoNoun && i > floor && SpeakerPhrase.determiners.contains(tokens[i - 1]))
                {
                    break
                }
            }
            start = i; i -= 1; count += 1
        }
        guard start < end else { return nil }
        // "On Monday the ministry": the phrase starts at its last inner determiner.
        var s = start
        // "Following the announcement many analysts": so at an inner quantifier.
        if let inner = (start + 1..<end).last(where: { ["the", "a", "an", "many", "several", "some", "most"].contains(tokens[$0].lower) }),
            !text.isWord(inner - 1, "'s"), !Self.links.contains(tokens[inner - 1])
        {
            s = inner
        }
        while s < end, Self.timeWords.contains(tokens[s]) { s += 1 }
        while s < end, tokens[s].lower == "'s" || tokens[s].kind == .punct { s += 1 }
        // Ends in a word, a ")" or an abbreviation's point ("Joseph R. Biden Jr.").
        guard s < end, tokens[end - 1].kind == .word || tokens[end - 1].lower == ")" || isAbbreviationPoint(end - 1, floor: floor) else {
            return nil
        }
        // A speaker phrase ends in a noun: not "the", not "his".
        if tokens[end - 1].lower == "'s" || SpeakerPhrase.determiners.contains(tokens[end - 1]) && end - s > 1 { return nil }
        if end - s == 1, ["the", "a", "an", "his", "her", "their", "its", "my", "our", "your"].contains(tokens[s].lower) { return nil }
        return s..<end
    }

    /// The period of "Mr." or of an initial ("George W. Bush"), which stays inside a name.
    func isAbbreviationPoint(_ i: Int, floor: Int) -> Bool {
        guard tokens[i].lower == ".", i - 1 >= floor, tokens[i - 1].kind == .word, tokens[i - 1].end == tokens[i].start else { return false }
        let word = tokens[i - 1]
        return SentenceSplitter.abbreviations.contains(word.lower) || (word.isCapitalized && word.end - word.start == 1)
            || (Self.stateAbbreviations.contains(word.lower) && word.isCapitalized && i - 2 >= floor && text.isPunct(i - 2, ","))
            // "R-Ky.": a party and a state.
            || (word.isCapitalized && Self.isPartyTag(word.lower) && Self.stateAbbreviations.contains(String(word.lower.dropFirst(2))))
    }

    private func linkable(_ previous: Token, by link: String) -> Bool {
        let w = previous.lower
        if link != "in", Gazetteer.roles.contains(w) || Gazetteer.organizationWords.contains(w) || Gazetteer.groupNouns.contains(w) { return true }
        if link == "to" { return w == "close" || w == "adviser" || w == "advisor" }
        if link == "from", SpeakerPhrase.isDocument(w) { return true }  // "research from analysts Gartner": its author
        if link == "with" && w == "familiar" { return true }  // "people familiar with the plans"
        if link == "of" || link == "in", Self.quantities.contains(w) || previous.kind == .number { return true }  // "a majority of voters"
        if link == "in" { return Gazetteer.groupNouns.contains(w) }
        return link == "of" && previous.isCapitalized
    }

    private func matchingOpen(before close: Int, floor: Int) -> Int? {
        var k = close - 1
        while k >= floor, close - k < 12 {
            if tokens[k].isPunct("(") { return k }
            if tokens[k].isPunct(")") || tokens[k].kind == .quote { return nil }
            k -= 1
        }
        return nil
    }

    /// The speaker's tokens as written, with what follows its name set off by a comma:
    /// `Roy Hermann, 65, who caucused for Sanders, said` or `said Donna Lages, 39, a
    /// waitress at the Golden Bear.` The apposition runs to the comma before the cue or
    /// the content, or to the sentence's end; never into the content, a quotation or a
    /// new clause (", adding that", ", but").
    func writtenSpeaker(_ found: Range<Int>, cue: Int, content: [Range<Int>], sentenceEnd: Int, floor: Int) -> Range<Int> {
        var speaker = found
        // "Hillary Clinton and Bernie Sanders said": both names are the speaker as written.
        // "Cyber security experts and U.S. officials said", "Trump and his allies say" too.
        if speaker.lowerBound - 1 > floor, text.isWord(speaker.lowerBound - 1, "and"),
            tokens[speaker.lowerBound].isCapitalized || isNounHead(tokens[speaker.upperBound - 1]),
            let other = nounPhrase(endingBefore: speaker.lowerBound - 1, floor: floor), isNounHead(tokens[other.upperBound - 1]),
            !content.contains(where: { $0.overlaps(other) }), cue > speaker.lowerBound || cue < other.lowerBound
        {
            speaker = other.lowerBound..<speaker.upperBound
        }
        // "Sen. Amy Klobuchar (D-Minn.), who sponsored the act": the parenthesis stays with the name.
        var comma = speaker.upperBound
        if comma < sentenceEnd, tokens[comma].isPunct("("),
            let close = (comma + 1..<min(sentenceEnd, comma + 10)).first(where: { tokens[$0].isPunct(")") })
        {
            comma = close + 1
        }
        guard comma + 1 < sentenceEnd, text.isPunct(comma, ","), tokens[comma + 1].kind == .word || tokens[comma + 1].kind == .number
        else { return speaker }
        let first = tokens[comma + 1].lower
        if Self.clauseOpeners.contains(first) || ReportingLexicon.isGerund(first) || ReportingLexicon.forms[first] != nil { return speaker }
        var j = comma + 1
        while j < sentenceEnd, j - comma <= 40 {
            let t = tokens[j]
            if j == cue || content.contains(where: { $0.contains(j) }) {
                // Up to the comma that sets the apposition off from the cue or the content.
                return text.isPunct(j - 1, ",") && j - 1 > comma ? speaker.lowerBound..<(j - 1) : speaker
            }
            if t.kind == .quote || t.quoted || t.isPunct(";") || t.isPunct(":") { return speaker }
            j += 1
        }
        guard j == sentenceEnd, cue < speaker.lowerBound else { return speaker }
        var end = sentenceEnd
        while end > comma + 1, tokens[end - 1].kind == .punct, tokens[end - 1].lower != ")" { end -= 1 }
        return speaker.lowerBound..<end
    }

    /// "published" in "a poll published by NBC News": a participle between a document and its author.
    private func isDocumentParticiple(_ i: Int) -> Bool {
        i > 0 && tokens[i].kind == .word && tokens[i].lower.hasSuffix("ed") && SpeakerPhrase.isDocument(tokens[i - 1].lower)
    }

    /// The subject after an inverted cue: `said Nikolenko in a statement`, `said the ministry's spokesman, Ivan Petrov.`
    func subject(startingAt begin: Int, limit: Int) -> (phrase: SpeakerPhrase, tokens: Range<Int>)? {
        var i = begin
        var count = 0
        while i < limit, count < Self.maxPhraseWords {
            let t = tokens[i]
            if isAbbreviationPoint(i, floor: begin) { i += 1; continue }
            guard t.kind == .word || t.kind == .number, !t.quoted else { break }
            if t.lower != "'s" {
                if Self.links.contains(t) {
                    guard i > begin, linkable(tokens[i - 1], by: t.lower) else { break }
                } else if t.lower == "by", i > begin, SpeakerPhrase.isDocument(tokens[i - 1].lower) || isDocumentParticiple(i - 1) {
                    // "a recent report by The Atlantic", "a poll published by NBC News": the author belongs to the phrase.
                } else if isDocumentParticiple(i), text.isWord(i + 1, "by") {
                } else if Self.stops.contains(t) && !t.isCapitalized {
                    break
                } else if !t.isCapitalized, let cue = ReportingLexicon.forms[t],
                    // "a recent report by The Atlantic": after a determiner or a modifier the form is a noun.
                    !(cue.alsoNoun && i > begin && tokens[i - 1].kind == .word && !ReportingLexicon.isAdverb(tokens[i - 1].lower))
                {
                    break
                } else if !t.isCapitalized, i > begin, ReportingLexicon.isAdverb(t.lower) || Self.timeWords.contains(t) {
                    // "said Nadal afterwards", "said the minister later": the time is no part of the name.
                    break
                }
            }
            i += 1; count += 1
        }
        while i > begin, Self.links.contains(tokens[i - 1]) || tokens[i - 1].lower == "'s" { i -= 1 }
        guard i > begin, !(i == begin + 1 && SpeakerPhrase.determiners.contains(tokens[begin])) else { return nil }
        let words = text.words(begin..<i)
        // ", a spokesman for the ministry" after the name.
        if text.isPunct(i, ","), i + 1 < limit, tokens[i + 1].kind == .word, !tokens[i + 1].quoted {
            var j = i + 1
            while j < limit, j - i < 24, tokens[j].kind != .punct || tokens[j].lower == "'s" || isAbbreviationPoint(j, floor: i),
                !tokens[j].quoted, tokens[j].kind != .quote
            { j += 1 }
            let apposition = text.words((i + 1)..<j)
            if apposition.contains(where: { Gazetteer.roles.contains($0.lower) }) {
                return (SpeakerPhrase(words, apposition: apposition), begin..<j)
            }
        }
        return (SpeakerPhrase(words), begin..<i)
    }
}
