/// Reading a speaker phrase by its named entities: the head of the phrase (before its
/// first preposition outside any entity) names who speaks.
extension SpeakerPhrase {
    /// The entity runs of `words`, and where the head of the phrase ends.
    private static func spans(_ words: [Word]) -> (spans: [(range: Range<Int>, type: EntityType)], headEnd: Int) {
        var spans: [(range: Range<Int>, type: EntityType)] = []
        var i = 0
        while i < words.count {
            guard let type = words[i].entity.type else { i += 1; continue }
            var j = i + 1
            while j < words.count, !words[j].entity.begins, words[j].entity.type == type,
                // A headline in title case ("Donald Trump Just Said …"): past a first name and a
                // surname, a function word or an auxiliary ends the name.
                type != .person || j - i < 2 || !Self.endsTitleCaseName(words[j].lower)
            { j += 1 }
            // "Joseph R. Biden Jr.": the point after an initial splits no name.
            if let last = spans.last, last.type == type, last.range.upperBound == i, words[i - 1].text.count == 1 {
                spans[spans.count - 1].range = last.range.lowerBound..<j
            } else {
                spans.append((i..<j, type))
            }
            i = j
            // The rest of a headline's words the model took for the name belong to no entity.
            while i < words.count, !words[i].entity.begins, words[i].entity.type == type { i += 1 }
        }
        // A body's name runs on through a link and capitalised words the model left out:
        // "United States Commission on International Religious Freedom", "Commission on Human
        // Rights". A span that ends in a word of organisations is one, whatever the model says.
        var n = 0
        while n < spans.count {
            let last = spans[n].range.upperBound - 1
            if Gazetteer.organizationWords.contains(words[last].lower) { spans[n].type = .organization }
            guard spans[n].type == .organization, last + 2 < words.count, ["of", "for", "on"].contains(words[last + 1].lower) else {
                n += 1
                continue
            }
            var end = last + 2
            while end < words.count, words[end].capitalized, words[end].entity.type != .person,
                !Gazetteer.roles.contains(words[end].lower)
            {
                end += 1
            }
            if end > last + 2 {
                spans[n].range = spans[n].range.lowerBound..<end
                while n + 1 < spans.count, spans[n + 1].range.lowerBound < end {
                    spans[n].range = spans[n].range.lowerBound..<max(end, spans[n + 1].range.upperBound)
                    spans.remove(at: n + 1)
                }
            }
            n += 1
        }
        // "Health and Safety Executive", "National Search and Rescue Agency": a body whose name
        // ends in a word of organisations, or that the model read as a body of several words,
        // runs back over "and" and the capitalised words before it that the model left out
        // ("Microsoft and Apple" stay two: Apple's name holds no such word, and Microsoft is a
        // body of its own).
        for n in spans.indices where spans[n].type == .organization {
            var start = spans[n].range.lowerBound
            let endsInBodyWord = Gazetteer.organizationWords.contains(words[spans[n].range.upperBound - 1].lower)
            guard endsInBodyWord || spans[n].range.count >= 2, start >= 2, ["and", "&"].contains(words[start - 1].lower),
                words[start - 2].capitalized, words[start - 2].entity.type != .person,
                endsInBodyWord || words[start - 2].entity.type == nil
            else { continue }
            start -= 2
            while start > 0, words[start - 1].capitalized, words[start - 1].entity.type != .person,
                Gazetteer.countries[words[start - 1].lower] == nil
            { start -= 1 }
            spans[n].range = start..<spans[n].range.upperBound
        }
        let widened = spans
        spans.removeAll { s in widened.contains { $0.range != s.range && $0.range.lowerBound <= s.range.lowerBound && $0.range.upperBound >= s.range.upperBound } }
        var headEnd = words.count
        for k in words.indices.dropFirst() where modifierLinks.contains(words[k].lower) && !spans.contains(where: { $0.range.contains(k) }) {
            headEnd = k
            break
        }
        return (spans, headEnd)
    }

    private static func endsTitleCaseName(_ lower: String) -> Bool {
        PhraseFinder.stops.contains(lower) || ReportingLexicon.auxiliaries.contains(lower) || ClaimFinder.finiteVerbs.contains(lower)
    }

    private static func text(_ words: [Word], _ range: Range<Int>) -> String {
        words[range].map(\.text).joined(separator: " ").attachingPossessives
    }

    /// Where a name the model found begins, moved back over capitalised words it left out
    /// ("Recep" of "Recep Tayyip Erdoğan", "Nihon" of "Nihon Keizai Shimbun"), but not over
    /// places, months, weekdays, sentence adverbs, titles or roles ("Vermont Bernie Sanders",
    /// "December Microsoft", "Afterwards Trump").
    private static func nameStart(_ words: [Word], from start: Int) -> Int {
        var start = start
        while start > 0 {
            let w = words[start - 1]
            // "Kurdish-led Syrian Democratic Forces": a compound modifier is no part of the name.
            let modifier = ["-led", "-backed", "-based", "-owned", "-run", "-born"].contains { w.lower.hasSuffix($0) }
            guard w.capitalized, w.entity.type == nil, !modifier, !Places.isPlaceWord(w.lower), Gazetteer.countries[w.lower] == nil,
                !isTimeOrAdverb(w.lower), !PhraseFinder.stops.contains(w.lower),
                !Gazetteer.titles.contains(w.lower), !Gazetteer.roles.contains(w.lower), honorifics[w.lower] == nil
            else { break }
            start -= 1
        }
        return start
    }

    /// A person at the head of the phrase; false when the model finds none there. An
    /// organisation entity that holds a title followed by a name is read as that person
    /// ("SMFG President Yoshifumi Nishikawa").
    mutating func readPerson(byEntities words: [Word]) -> Bool {
        let (spans, headEnd) = Self.spans(words)
        let head = spans.filter { $0.range.upperBound <= headEnd }
        var found = head.last(where: { $0.type == .person })?.range
        // "Mr Molyneux" is a person even where the model calls it a body.
        if let titled = head.last(where: {
            $0.type == .organization && $0.range.count >= 2 && Self.honorifics[words[$0.range.lowerBound].lower] != nil
        }),
            found.map({ $0.upperBound <= titled.range.lowerBound }) ?? true
        {
            found = titled.range
        }
        if found == nil, let body = head.last(where: { $0.type == .organization }),
            // A title noun, not a modifier that stands among titles ("U.S.", "federal").
            let title = body.range.dropLast().last(where: { Gazetteer.roles.contains(words[$0].lower) || Self.honorifics[words[$0].lower] != nil }),
            body.range.upperBound - title >= 3, body.range.upperBound == headEnd
        {
            found = (title + 1)..<body.range.upperBound
        }
        // "State Border Guard Service" is no person whatever the model says.
        guard let person = found, !words[person].contains(where: { Gazetteer.organizationWords.contains($0.lower) }) else { return false }
        var start = Self.nameStart(words, from: person.lowerBound)
        while start < person.upperBound - 1, Gazetteer.titles.contains(words[start].lower) || Gazetteer.roles.contains(words[start].lower) {
            start += 1
        }
        if person.upperBound - start == 1, start > 0, Self.regnalTitles[words[start - 1].lower] != nil { start -= 1 }
        let name = Self.text(words, start..<person.upperBound)
        reference = person.upperBound - start == 1 ? .surname(name) : .person(name)
        nameEntity = .person
        if org.isEmpty, let body = head.last(where: { $0.type == .organization && $0.range.upperBound <= start }) {
            org = Self.text(words, body.range)
        }
        if role.isEmpty, let r = words[..<start].last(where: { Gazetteer.roles.contains($0.lower) }) { role = r.lower }
        // Role, organisation and country as the rules read them from the whole phrase:
        // "Ukrainian Foreign Ministry spokesperson" gives Ukraine MFA, not "Foreign Ministry".
        // (A phrase that is the name alone has nothing more to read.)
        if start > 0 || person.upperBound < words.count {
            let plain = SpeakerPhrase(
                words.map { word in
                    var word = word
                    word.entity = .outside
                    return word
                })
            if !plain.org.isEmpty { org = plain.org }
            if !plain.role.isEmpty { role = plain.role }
            if !plain.country.isEmpty { country = plain.country }
        }
        return true
    }

    /// An organisation that speaks: the one at the head of the phrase, or the one an unnamed
    /// spokesperson speaks for ("a spokeswoman for the Department for International
    /// Development"). Not when a role noun heads the phrase ("the Lions coach" is a person).
    mutating func readOrganization(byEntities words: [Word]) -> Bool {
        let (spans, headEnd) = Self.spans(words)
        let head = spans.filter { $0.range.upperBound <= headEnd }
        let roleHeads = words[..<headEnd].last.map { $0.entity.type == nil && Gazetteer.roles.contains($0.lower) } ?? false
        // "Barbara Stocking" is a person whatever the model says: a known first name and no
        // word of organisations.
        let looksLikePerson = { (range: Range<Int>) -> Bool in
            range.count >= 2 && range.count <= 3 && FirstNames.pronoun(of: words[range.lowerBound].lower) != nil
                && !words[range].contains(where: { Gazetteer.organizationWords.contains($0.lower) })
        }
        if !roleHeads, let body = head.last(where: { $0.type == .organization }), !looksLikePerson(body.range) {
            // One word the teacher often takes for a body is a surname first ("Trump"): the
            // resolver makes it an organisation only when no earlier full name ends with it.
            if body.range.count == 1, head.count == 1, let word = words[safe: body.range.lowerBound],
                word.text.contains(where: \.isLowercase), !Gazetteer.organizationWords.contains(word.lower)
            {
                nameEntity = .organization
                return false
            }
            var start = Self.nameStart(words, from: body.range.lowerBound)
            // A country word the name begins with stays: "U.S. Geological Survey", "Saudi Press Agency".
            if start > 0, body.range.count >= 2, words[start - 1].capitalized, Gazetteer.countries[words[start - 1].lower] != nil {
                start -= 1
            }
            let name = Self.text(words, start..<body.range.upperBound)
            if let country = Gazetteer.countries[name.lowercased()] {
                reference = .country(country)
                return true
            }
            reference = .organization(name)
            org = name
            nameEntity = .organization
            return true
        }
        // "a poll published by NBC News", "a recent report by The Atlantic": a document speaks for its author.
        if headEnd < words.count, words[..<headEnd].contains(where: { SpeakerPhrase.isDocument($0.lower) }),
            let author = spans.first(where: { ($0.type == .organization || $0.type == .person) && $0.range.lowerBound > headEnd }),
            words[..<author.range.lowerBound].suffix(2).contains(where: { $0.lower == "by" })
        {
            let name = Self.text(words, author.range)
            reference = author.type == .person ? (author.range.count == 1 ? .surname(name) : .person(name)) : .organization(name)
            if author.type == .organization { org = name }
            nameEntity = author.type
            return true
        }
        if headEnd < words.count, let r = words[..<headEnd].last(where: { Gazetteer.roles.contains($0.lower) }),
            let body = spans.first(where: { $0.type == .organization && $0.range.lowerBound > headEnd })
        {
            if role.isEmpty { role = r.lower }
            let name = Self.text(words, body.range)
            reference = .organization(name)
            org = name
            nameEntity = .organization
            return true
        }
        return false
    }
}
