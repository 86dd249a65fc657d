/// What a speaker phrase says about who is speaking: a name, a pronoun, a role
/// noun to resolve ("the ministry"), a country, a group; with role, organisation
/// and country where the phrase or its apposition gives them.
struct SpeakerPhrase {
    enum Reference: Equatable {
        case person(String)
        /// One capitalised word that may be a surname: resolved against earlier full names.
        case surname(String)
        case organization(String)
        case country(String)
        case group(String)
        case pronoun(String)
        /// "the ministry", "the spokesman": resolved to the nearest earlier fitting mention.
        case definite(head: String)
        case unknown(String)
    }

    struct Word {
        var text: String
        var lower: String
        var capitalized: Bool
        /// The word's named-entity tag, when the article was tagged.
        var entity: EntityTag = .outside
    }

    var reference: Reference
    /// What the entity model took the name for, when its reading decided the phrase (and
    /// for a surname it tagged as an organisation: one unless an earlier full name claims it).
    var nameEntity: EntityType?
    var role = ""
    var org = ""
    var country = ""

    init(reference: Reference) { self.reference = reference }

    /// Reads a phrase (as written, in words) and its apposition, if any.
    init(_ words: [Word], apposition: [Word] = []) {
        reference = .unknown(words.map(\.text).joined(separator: " "))
        if words.count == 1, Self.pronouns.contains(words[0].lower) {
            reference = .pronoun(words[0].lower)
        } else {
            analyze(words)
        }
        if !apposition.isEmpty { readApposition(apposition) }
    }

    /// A number in figures or in words ("6", "one", "ten").
    static func isCount(_ word: String) -> Bool {
        Int(word) != nil || ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].contains(word)
    }

    private mutating func analyze(_ all: [Word]) {
        // "its website notes", "her spokesman said", "their statement said": the owner speaks.
        if all.count == 2, let pronoun = Self.possessives[all[0].lower],
            Self.ownedVoices.contains(all[1].lower) || Self.isDocument(all[1].lower)
        {
            reference = .pronoun(pronoun)
            return
        }
        var words = all
        var definite = false
        while let first = words.first, Self.determiners.contains(first.lower) {
            definite = definite || first.lower == "the" || first.lower == "this"
            words.removeFirst()
        }
        guard !words.isEmpty else { return }
        // "members of the European Union": the members of a named body speak as that body.
        if words.count >= 3, ["members", "member"].contains(words[0].lower), words[1].lower == "of" {
            let body = SpeakerPhrase(Array(words[2...].drop { Self.determiners.contains($0.lower) }))
            switch body.reference {
            case .organization, .country:
                self = body
                return
            default: break
            }
        }
        // "Mr Irish": an honorific makes the next word a person's name, whatever else it could be.
        if words.count == 2, Self.honorifics[words[0].lower] != nil, words[1].capitalized {
            reference = .surname(words[1].text)
            return
        }
        // A person the entity model finds at the head of the phrase speaks: "José Ortiz of the
        // island's power authority", "NATO Secretary-General Jens Stoltenberg".
        if readPerson(byEntities: words) { return }
        // "6 in 10 New York Democratic voters", "one in five": a proportion says how many, not who.
        if words.count > 3, Self.isCount(words[0].lower), words[1].lower == "in", Self.isCount(words[2].lower) {
            words = Array(words[3...])
        }
        // "residents in Kyiv": the place says where they are, not who.
        if let k = words.firstIndex(where: { $0.lower == "in" }), k > 0 { words = Array(words[..<k]) }
        var lowers = words.map(\.lower)

        // "Six Gannett newspapers", "two Murdoch papers": bodies of a named owner, counted, speak for that owner.
        if Self.isCount(all[0].lower) || ClaimFinder.pluralQuantifiers.contains(all[0].lower), let last = lowers.last,
            Self.isPlural(last), Self.bodyNouns.contains(String(last.dropLast()))
        {
            let holder = words.dropLast().drop { Self.isCount($0.lower) }
            if !holder.isEmpty, holder.allSatisfy(\.capitalized) {
                reference = .organization(holder.map(\.text).joined(separator: " "))
                return
            }
        }

        // An organisation whose name holds an "'s" is read whole: "Alachua County Sheriff's Office".
        if let apostrophe = lowers.firstIndex(of: "'s"), apostrophe > 0, words[apostrophe].entity.type == .organization,
            words[apostrophe - 1].entity.type == .organization,
            lowers[(apostrophe + 1)...].contains(where: { Gazetteer.organizationWords.contains($0) }), readOrganization(byEntities: words)
        {
            return
        }
        // "One resident", "a witness", "one interviewee": one of a group speaks for the group
        // ("one" and "another" say so of any noun; "a" of the nouns known to name groups).
        if all.count == 2, !all[1].capitalized, let plural = Self.plural(all[1].lower),
            ["one", "another"].contains(all[0].lower) || ["a", "an"].contains(all[0].lower) && Gazetteer.groupNouns.contains(plural)
        {
            reference = .group(plural)
            return
        }
        // "Some of the protesters Wikinews interviewed", "many of the children": some of a group speak for it.
        if all.count >= 4, Self.determiners.contains(all[0].lower), all[1].lower == "of", Self.determiners.contains(all[2].lower),
            !all[3].capitalized, Self.isPlural(all[3].lower)
        {
            reference = .group(all[3].lower)
            return
        }
        // "a recent report by The Atlantic", "research from technology analysts Gartner": a document
        // speaks for the author the capitals after "by" or "from" name (past the words that describe it).
        if let by = lowers.firstIndex(where: { $0 == "by" || $0 == "from" }), by > 0, by + 1 < words.count,
            lowers[..<by].contains(where: Self.isDocument),
            let first = words[(by + 1)...].firstIndex(where: \.capitalized),
            words[(by + 1)..<first].allSatisfy({ !Self.modifierLinks.contains($0.lower) })
        {
            // "a report from the Mexican government": an author the phrase reads as a country's institution.
            let authorPhrase = SpeakerPhrase(Array(words[(by + 1)...]))
            switch authorPhrase.reference {
            case .country:
                self = authorPhrase
                return
            case .organization where !authorPhrase.country.isEmpty:
                self = authorPhrase
                return
            default: break
            }
            let author = words[first...].prefix { $0.capitalized || $0.lower == "of" || $0.lower == "for" }
            let name = author.map(\.text).joined(separator: " ")
            reference = author.count == 2 && FirstNames.pronoun(of: author.first!.lower) != nil ? .person(name) : .organization(name)
            return
        }
        // Owner before "'s": "Romania's Defense Ministry", "Trump's campaign manager X".
        if let apostrophe = lowers.firstIndex(of: "'s"), apostrophe > 0 {
            let owner = Array(words[..<apostrophe])
            let ownerPhrase = SpeakerPhrase(owner)
            let rest = Array(words[(apostrophe + 1)...])
            guard !rest.isEmpty else { self = ownerPhrase; return }
            // "Gartner's research", "the hotel's website": a document or an account speaks for its owner
            // ("the hotel" being the hotel the article named).
            if let head = rest.last, !head.capitalized, Self.ownedVoices.contains(head.lower) || Self.isDocument(head.lower) {
                if definite, owner.count == 1, !owner[0].capitalized, case .unknown = ownerPhrase.reference {
                    reference = .definite(head: owner[0].lower)
                } else {
                    self = ownerPhrase
                }
                return
            }
            // "Alachua County Sheriff's Office", "Children's Hospital": capitals through a word of
            // organisations make one body's name, unless a country owns it ("Romania's Defense Ministry").
            // So do capitals after a plural noun of people, which owns nothing: "People's Vote".
            let commonOwner = owner.count == 1 && (Gazetteer.groupNouns.contains(owner[0].lower) || Self.irregularPlurals.values.contains(owner[0].lower))
            if Gazetteer.country(atStartOf: lowers[..<apostrophe]) == nil, owner.allSatisfy(\.capitalized), rest.allSatisfy(\.capitalized),
                Gazetteer.organizationWords.contains(rest[rest.count - 1].lower) || commonOwner
            {
                let name = (owner.map(\.text).joined(separator: " ") + "'s " + rest.map(\.text).joined(separator: " "))
                reference = .organization(name)
                org = name
                return
            }
            var restPhrase = SpeakerPhrase(rest)
            switch ownerPhrase.reference {
            case .country(let name):
                restPhrase.country = name
                if let institution = Self.institution(rest.map(\.lower), country: name) {
                    restPhrase.reference = .organization(institution)
                    restPhrase.org = institution
                } else if case .organization(let org) = restPhrase.reference {
                    restPhrase.reference = .organization(name + " " + org)
                } else if case .definite = restPhrase.reference {
                    // "Sweden's coast guard" → "Sweden coast guard"
                    restPhrase.reference = .organization(name + " " + rest.map(\.lower).joined(separator: " "))
                }
                if restPhrase.org.isEmpty, case .organization(let org) = restPhrase.reference { restPhrase.org = org }
            case .organization(let name), .person(let name), .surname(let name):
                if case .definite(let head) = restPhrase.reference { restPhrase.reference = .organization(name + " " + head) }
                if restPhrase.org.isEmpty, !restPhrase.role.isEmpty { restPhrase.org = name }
            default: break
            }
            if restPhrase.country.isEmpty { restPhrase.country = ownerPhrase.country }
            self = restPhrase
            return
        }

        // A country or its people: "Ukraine", "the Romanians", "Ukrainian officials",
        // "Romanian Defense Ministry" — unless a named person follows, as in
        // "Ukrainian Foreign Ministry spokesperson Oleg Nikolenko".
        // "the American", "the Australian": one person of that country, whom the text named
        // before ("the British" and "the Chinese" are the country's people).
        if definite, words.count == 1, let name = Gazetteer.countries[lowers[0]], lowers[0] != name.lowercased(),
            ["an", "i", "er"].contains(where: { lowers[0].hasSuffix($0) })
        {
            reference = .definite(head: lowers[0])
            country = name
            return
        }
        var countryWords = 0
        if let (name, length) = Gazetteer.country(atStartOf: lowers[...]) {
            country = name
            if length == words.count { reference = .country(name); return }
            let namesPerson = words.last!.capitalized && lowers.contains { Gazetteer.roles.contains($0) }
            if !namesPerson {
                if let institution = Self.institution(Array(lowers[length...]), country: name) {
                    if institution == name { reference = .country(name) } else { reference = .organization(institution); org = institution }
                    return
                }
                countryWords = length
            }
        }
        // The entity model's reading, where it names a person or an organisation: "Saudi Press
        // Agency" keeps its country word, "December Microsoft" loses its month.
        if readOrganization(byEntities: words) { return }
        words.removeFirst(countryWords)
        lowers.removeFirst(countryWords)
        // An institution named without a country: "Ministry of Foreign Affairs of Ukraine".
        if let ofIndex = lowers.lastIndex(of: "of"), ofIndex + 1 < lowers.count,
            let (name, length) = Gazetteer.country(atStartOf: lowers[(ofIndex + 1)...]), ofIndex + 1 + length == lowers.count,
            let institution = Self.institution(Array(lowers[..<ofIndex]), country: name)
        {
            country = name
            reference = .organization(institution)
            org = institution
            return
        }
        // "Stacy Baker of Columbia", "Sen. John Cornyn of Texas": a person from a place is the person.
        if let ofIndex = lowers.firstIndex(of: "of"), ofIndex >= 2, ofIndex + 1 < words.count, words[ofIndex + 1].capitalized,
            words[ofIndex - 1].capitalized, words[ofIndex - 2].capitalized,
            !lowers[..<ofIndex].contains(where: { Gazetteer.organizationWords.contains($0) || Gazetteer.roles.contains($0) })
        {
            readPerson(Array(words[..<ofIndex]), lowers: Array(lowers[..<ofIndex]), definite: definite)
            return
        }
        readPerson(words, lowers: lowers, definite: definite)
    }

    /// A name with the titles, roles and affiliations written before it.
    private mutating func readPerson(_ words: [Word], lowers: [String], definite: Bool = false) {
        // The name: the capitalised words at the end that are not titles or roles.
        var nameStart = words.count
        while nameStart > 0 {
            let w = words[nameStart - 1]
            let particle =
                ["de", "van", "von", "bin", "al", "da", "del", "la", "le", "der", "di", "du"].contains(w.lower)
                && nameStart < words.count
            guard w.capitalized || particle else { break }
            if Gazetteer.titles.contains(w.lower) || Gazetteer.roles.contains(w.lower) || Gazetteer.groupNouns.contains(w.lower) { break }
            // "In December BT announced", "Afterwards Smith said": a time or a sentence adverb opens no name.
            if Self.isTimeOrAdverb(w.lower) { break }
            nameStart -= 1
        }
        while nameStart < words.count, !words[nameStart].capitalized { nameStart += 1 }
        let name = Array(words[nameStart...])
        let modifiers = Array(lowers[..<nameStart])
        if let roleIndex = modifiers.lastIndex(where: { Gazetteer.roles.contains($0) || Gazetteer.groupNouns.contains($0) }) {
            if role.isEmpty { role = modifiers[roleIndex] }
            let before = Array(modifiers[..<roleIndex])
            if org.isEmpty, !before.isEmpty {
                if let (c, length) = Gazetteer.country(atStartOf: before[...]) {
                    if country.isEmpty { country = c }
                    org = Self.institution(Array(before[length...]), country: c) ?? ""
                } else if before.contains(where: { Gazetteer.organizationWords.contains($0) }) {
                    org = Self.capitalize(words[..<roleIndex])
                }
            }
        }
        if name.isEmpty {
            // No name: a group, a role noun or an institution to resolve.
            let head = lowers.last ?? ""
            let phrase = words.map(\.text).joined(separator: " ")
            if !country.isEmpty && (Gazetteer.groupNouns.contains(head) || head == lowers.first) {
                reference = .country(country)
            } else if Gazetteer.groupNouns.contains(head) && !definite {
                reference = .group(phrase.lowercased())
            } else if definite || Gazetteer.roles.contains(head) || Gazetteer.organizationWords.contains(head) {
                reference = .definite(head: head)
                if Gazetteer.roles.contains(head) && role.isEmpty { role = head }
            } else {
                reference = .unknown(phrase)
            }
            return
        }
        let nameLowers = name.map(\.lower)
        let text = name.map(\.text).joined(separator: " ")
        // "Hotel Arpit Palace", "Grand Meridian Hotel": a name holding a word of bodies names one.
        if nameLowers.contains(where: { Gazetteer.organizationWords.contains($0) || Self.bodyNouns.contains($0) }) {
            reference = .organization(Self.capitalize(words[...]).attachingPossessives)
        } else if let (c, length) = Gazetteer.country(atStartOf: nameLowers[...]), length == name.count {
            reference = .country(c)
            if country.isEmpty { country = c }
        } else if name.count == 1, nameLowers[0].hasSuffix("s"), nameLowers[0].count > 3,
            definite || Gazetteer.roles.contains(String(nameLowers[0].dropLast()))
        {
            // "The Tories", "the Democrats", "Ministers": a plural is a body or a group, not a surname.
            let singular = String(nameLowers[0].dropLast())
            reference = Gazetteer.roles.contains(singular) ? .group(nameLowers[0]) : .organization(text)
        } else if name.count == 1 {
            reference = .surname(text)
        } else {
            reference = .person(text)
        }
    }

    /// ", a spokesman for Ukraine's State Border Guard Service,": role and organisation.
    private mutating func readApposition(_ words: [Word]) {
        let lowers = words.map(\.lower)
        guard let roleIndex = lowers.firstIndex(where: { Gazetteer.roles.contains($0) }) else { return }
        if role.isEmpty { role = lowers[roleIndex] }
        if let link = lowers[roleIndex...].firstIndex(where: { ["for", "of", "at", "with", "from"].contains($0) }),
            link + 1 < words.count
        {
            let affiliation = SpeakerPhrase(Array(words[(link + 1)...]))
            switch affiliation.reference {
            case .organization(let name): org = name
            case .country(let name): if country.isEmpty { country = name }
            default: break
            }
            if country.isEmpty { country = affiliation.country }
        }
        let before = Array(lowers[..<roleIndex])
        if org.isEmpty, let (c, length) = Gazetteer.country(atStartOf: before.drop { Self.determiners.contains($0) }) {
            if country.isEmpty { country = c }
            let rest = Array(before.drop { Self.determiners.contains($0) }.dropFirst(length))
            if let institution = Self.institution(rest, country: c) { org = institution }
        }
    }

    /// People, women, children: plurals that do not end in "s".
    static let irregularPlurals = ["person": "people", "man": "men", "woman": "women", "child": "children"]

    /// The plural of a noun naming one person ("interviewee" → "interviewees"); nil for a number.
    static func plural(_ noun: String) -> String? {
        guard noun.first?.isLetter == true else { return nil }
        return irregularPlurals[noun] ?? noun + "s"
    }

    /// Whether a noun reads as plural ("protesters", "people"; "the press" reads so too).
    static func isPlural(_ noun: String) -> Bool {
        noun.hasSuffix("s") || irregularPlurals.values.contains(noun)
    }

    /// A month, a weekday, a time word or a sentence adverb: capitalised at a sentence's start, never a name.
    static func isTimeOrAdverb(_ lower: String) -> Bool {
        ClaimFinder.weekdaysAndMonths.contains(lower) || PhraseFinder.timeWords.contains(lower) || PhraseFinder.sentenceAdverbs.contains(lower)
    }

    /// The canonical name when `words` (lowercased) name an institution of `country`.
    static func institution(_ words: [String], country: String) -> String? {
        guard !words.isEmpty else { return nil }
        for (pattern, canonical) in Gazetteer.institutions {
            if words.count >= pattern.count, Array(words.prefix(pattern.count)) == pattern {
                return canonical.replacingOccurrences(of: "%", with: country)
            }
        }
        return nil
    }

    private static func capitalize(_ words: ArraySlice<Word>) -> String {
        words.filter { !determiners.contains($0.lower) }.map(\.text).joined(separator: " ")
    }
}
