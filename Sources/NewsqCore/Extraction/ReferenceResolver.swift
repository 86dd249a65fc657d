/// An actor named in the article: by a claim's speaker or by a capitalised phrase.
struct Mention {
    var position: Int
    var paragraph: Int
    var actor: String
    var kind: ActorKind
    var role = ""
    var org = ""
    var country = ""
    /// Lowercased words as written, so "the ministry" finds "Romania's Defense Ministry".
    /// (A few words: an array asked in turn costs less to make than a set.)
    var words: [String] = []
    /// Lowercased words just before and after a name ("former NFL star Herschel Walker", "the
    /// Vessel Tracker website"): what a later description of it may repeat.
    var context: [String] = []
    /// For a person: "he" or "she", when the first name or an honorific tells.
    var pronoun: FirstNames.Pronoun?
    /// A speaker named inside another claim's content: not the one who has been speaking.
    var reported = false
    /// Named as its sentence's subject ("On Thursday Mr Kilroy-Silk is due to …"): in mind for a later "he".
    var isSubject = false
}

/// The actor a speaker phrase stands for, and how it was reached.
struct ResolvedSpeaker {
    var actor: String
    var kind: ActorKind
    var role: String
    var org: String
    var country: String
    var how: String
    /// What the ranker chose among, when the resolver was asked to keep it (for training).
    var candidates: [ActorCandidate] = []
}

/// Resolves speaker phrases to actors: pronouns, role nouns and surnames to the
/// nearest fitting earlier mention in the same article. Searches look back a
/// bounded number of mentions, so an article costs linear time.
struct ReferenceResolver {
    private let text: TokenText
    /// Named in the text, in order.
    private(set) var names: [Mention] = []
    /// Resolved speakers of claims, in order.
    private(set) var speakers: [Mention] = []
    /// The person last named in full under each surname, while names are scanned.
    private var surnames: [String: Mention] = [:]
    /// The entity model tagged this text: its types decide what a name is.
    private let tagged: Bool
    /// Chooses among the candidates for a pronoun or a description (empty: the rules decide).
    private let ranker: LinearModel
    /// Whether each speaker keeps its candidates and their features (training reads them).
    private let keepsCandidates: Bool

    static let lookBack = 200
    /// How a speaker phrase no rule resolved is taken: as its own actor.
    static let asWritten = "as written"

    init(text: TokenText, sentences: [Sentence], ranker: LinearModel = ActorRanking.shared, keepsCandidates: Bool = false) {
        self.text = text
        self.ranker = ranker
        self.keepsCandidates = keepsCandidates
        tagged = !text.entities.isEmpty && !EntityTagger.shared.isEmpty
        for sentence in sentences { scanNames(sentence) }
    }

    private mutating func scanNames(_ sentence: Sentence) {
        let tokens = text.tokens
        var i = sentence.tokens.lowerBound
        let hi = sentence.tokens.upperBound
        while i < hi {
            guard tokens[i].isCapitalized, tokens[i].kind == .word else { i += 1; continue }
            var j = i + 1
            while j < hi {
                if tokens[j].isCapitalized && tokens[j].kind == .word { j += 1; continue }
                if (tokens[j].lower == "'s" || tokens[j].lower == "of"), j + 1 < hi, tokens[j + 1].isCapitalized { j += 1; continue }
                break
            }
            defer { i = j }
            // "As Michael Dell said", "But Clinton": a capitalised opening word is no part of the name.
            var start = i
            while start + 1 < j, PhraseFinder.stops.contains(tokens[start]) || SpeakerPhrase.determiners.contains(tokens[start]) {
                start += 1
            }
            // One capitalised word names a country or an institution, or is a surname, which
            // resolution finds through full names: the first two are worth a mention, and a
            // surname already named in full ("Roddick was left frustrated" after Andy Roddick)
            // brings that person back to mind for "the American", "he".
            // (So is "Mr Kilroy-Silk": an honorific and a surname named in full before.)
            let honorific = j == start + 2 && SpeakerPhrase.honorifics[tokens[start]] != nil
            if j == start + 1 || honorific, Gazetteer.countries[tokens[j - 1]] == nil, !Gazetteer.organizationWords.contains(tokens[j - 1]) {
                if !tokens[j - 1].quoted, let person = surnames[tokens[j - 1].lower] {
                    var again = person
                    again.position = start
                    again.paragraph = tokens[start].paragraph
                    again.isSubject = opensSentence(start, sentence)
                    names.append(again)
                }
                continue
            }
            let words = text.words(start..<j)
            let phrase = SpeakerPhrase(words)
            var mention = Mention(
                position: start, paragraph: tokens[start].paragraph, actor: "", kind: .unknown,
                role: phrase.role, org: phrase.org, country: phrase.country,
                words: words.map(\.lower))
            // The entity model's types, where it tagged the words: a place is never a person
            // ("North Karnataka"), nor is a run of capitals it saw no name in ("Subs Not Used").
            switch phrase.reference {
            case .person(let name) where words.count >= 2:
                if tagged && !words.contains(where: { $0.entity.type == .person }) { continue }
                // "North Karnataka": a name ending in a country or region is a place, whatever the model says.
                if let last = words.last?.lower, Places.isPlaceWord(last) || Gazetteer.countries[last] != nil { continue }
                mention.actor = name; mention.kind = .person
                mention.pronoun = FirstNames.pronoun(firstName: name.prefix { $0 != " " }.lowercased(), writtenWords: words.prefix(4).map(\.lower))
            case .organization(let name): mention.actor = name; mention.kind = .organization
            case .country(let name): mention.actor = name; mention.kind = .country
            default: continue
            }
            if start > 0, Gazetteer.roles.contains(tokens[start - 1]), mention.role.isEmpty { mention.role = tokens[start - 1].lower }
            mention.context = Array(
                (max(sentence.tokens.lowerBound, start - 4)..<min(hi, j + 2)).lazy.filter { tokens[$0].kind == .word }.map { tokens[$0].lower })
            mention.isSubject = opensSentence(start, sentence)
            if mention.kind == .person, let last = words.last { surnames[last.lower] = mention }
            names.append(mention)
        }
    }

    /// Whether a name at `start` opens its sentence, past a time or a sentence adverb ("On Thursday", "Meanwhile,").
    private func opensSentence(_ start: Int, _ sentence: Sentence) -> Bool {
        text.tokens[sentence.tokens.lowerBound..<start].allSatisfy { t in
            t.kind == .punct && t.lower == "," || ["on", "in", "at", "but", "and", "then"].contains(t.lower)
                || SpeakerPhrase.isTimeOrAdverb(t.lower) || t.kind == .number
        }
    }

    /// Resolves `phrase` (written as `written`) at token `position`, and remembers it as a speaker.
    mutating func resolve(_ phrase: SpeakerPhrase, written: String, at position: Int, reported: Bool = false) -> ResolvedSpeaker {
        let paragraph = text.tokens[position].paragraph
        var result = ResolvedSpeaker(
            actor: written, kind: .unknown, role: phrase.role, org: phrase.org,
            country: phrase.country, how: Self.asWritten)
        let writtenWords = written.lowercased().split(separator: " ").map(String.init)
        var pronoun: FirstNames.Pronoun?
        /// A pronoun or a description, when a ranker is at work: what it reads of the phrase, and
        /// which mentions the phrase may mean.
        let ranking = !ranker.isEmpty || keepsCandidates
        var ranked: ActorRanking.Phrase?
        var rankable: (Mention) -> Bool = { _ in true }
        /// "the army", "a government official": the institution of the country the article names most.
        func takeInstitution(_ institution: String, of country: String, _ how: String) {
            result.actor = institution
            result.kind = institution == country ? .country : .organization
            result.country = country
            result.how = how
        }
        /// The body last speaking (within three paragraphs), else the one last named.
        func nearestBody() -> Mention? {
            nearestSpeaker(before: position, paragraph: paragraph, where: { $0.kind == .organization })
                ?? nearest(before: position, where: { $0.kind == .organization })
        }
        func take(_ m: Mention, _ how: String) {
            pronoun = m.pronoun
            result.actor = m.actor
            result.kind = m.kind
            if result.role.isEmpty { result.role = m.role }
            if result.org.isEmpty { result.org = m.org }
            if result.country.isEmpty { result.country = m.country }
            result.how = how
        }
        switch phrase.reference {
        case .person(let name):
            result.actor = name; result.kind = .person; result.how = "a person named outright"
            // A fuller name mentioned earlier wins: "Clinton" after "Hillary Clinton".
            if let m = nearest(before: position, where: { $0.kind == .person && $0.actor.hasSuffix(" " + name) }) {
                take(m, "same person as \(m.actor)")
            }
        case .surname(let name):
            result.actor = name
            result.kind = phrase.nameEntity == .organization ? .organization : .person
            result.how = phrase.nameEntity == .organization ? "organisation (entity model), no earlier full name" : "surname, no earlier full name"
            let suffix = " " + name.lowercased()
            let fits = { (m: Mention) in m.kind == .person && m.actor.lowercased().hasSuffix(suffix) }
            // One who has spoken before comes first: "Biden" after Hunter Biden is named is
            // still the Joe Biden who has been speaking.
            // Where the article has named two of that surname ("Ozzy Osbourne" and "Sharon
            // Osbourne"), the surname alone is the one it named first: news calls the other by
            // first name.
            let earliest = names.first(where: fits)
            let another = { (first: Mention) in { (m: Mention) in m.position < position && fits(m) && m.actor != first.actor } }
            if let first = earliest, names.contains(where: another(first)) || speakers.contains(where: another(first)) {
                take(first, "surname of \(first.actor), named first of those who bear it")
            } else if let m = speakers.suffix(Self.lookBack).last(where: { $0.position < position && fits($0) })
                ?? nearest(before: position, where: fits) ?? earliest
            {
                take(m, "surname of \(m.actor)")
            } else if FirstNames.pronoun(of: name.lowercased()) != nil {
                // "Sharon" after Sharon Osbourne is named: a first name alone is the person the
                // article named with it (news calls the famous so), not a stranger whose surname it
                // is; "His wife Sharon" before the article names her in full is her as well.
                let prefix = name.lowercased() + " "
                let named = { (m: Mention) in m.kind == .person && m.actor.lowercased().hasPrefix(prefix) }
                if let m = speakers.suffix(Self.lookBack).last(where: { $0.position < position && named($0) })
                    ?? nearest(before: position, where: named) ?? names.first(where: named)
                {
                    take(m, "first name of \(m.actor)")
                }
            }
        case .organization(let name):
            result.actor = name; result.kind = .organization; result.how = "a body named outright"
        case .country(let name):
            result.actor = name; result.kind = .country; result.how = "a country named outright"
        case .group(let group):
            result.actor = group; result.kind = .group; result.how = "group"
            if SpeakerPhrase.isDocument(group) {
                // "Reports say": no identifiable source.
                result.actor = ""
                result.how = "\"\(group)\": documents with no author named"
            }
        case .pronoun(let pronoun):
            let referent = pronounReferent(pronoun, position: position, paragraph: paragraph)
            let found = referent.found, fits = referent.fits
            if ranking {
                ranked = ActorRanking.PhraseClass(pronoun: pronoun).map { ActorRanking.Phrase(kind: $0, position: position, paragraph: paragraph) }
                rankable = { m in pronoun == "they" ? m.kind != .person : fits(m) || pronoun == "it" && m.kind == .group }
            }
            if let found {
                take(found, "\"\(pronoun)\" → nearest earlier \(found.kind.rawValue)")
            } else {
                // A pronoun nobody earlier fits names no actor: "it" is not an actor of its own.
                result.actor = ""
                result.how = "\"\(pronoun)\": nothing earlier it can refer to"
            }
        case .definite(let head):
            var found: Mention?
            // The description's own words: "the Lions coach" is the one an earlier phrase
            // called a Lions coach, "the first minister" the First Minister named before.
            let described = Set(writtenWords).subtracting(SpeakerPhrase.determiners).subtracting(["'s"])
            // Only "the …" refers back to someone named before: "a spokesman" is someone new, and
            // "his father" someone other than the person named.
            let refersBack = writtenWords.first == "the" && !Gazetteer.kinship.contains(head)
            // "The veteran game maker": a role word before a body noun makes it a person.
            let personDescribed = !phrase.role.isEmpty && SpeakerPhrase.bodyNouns.contains(head) && phrase.role != head
            let describesRole =
                Gazetteer.roles.contains(head) || Gazetteer.titles.contains(head) && !Gazetteer.organizationWords.contains(head) || personDescribed
            // A plural description ("the firms", "the tobacco companies") is a group, never one of
            // the actors before it: the ranker does not choose for it. A role, a kinship or a
            // nationality describes a person; a spokesperson or a body noun a body; a document
            // either (its author): the ranker chooses among those alone.
            if ranking, !SpeakerPhrase.isPlural(head) {
                let describesPerson =
                    !Self.spokespeople.contains(head) && (describesRole || Gazetteer.kinshipPronoun[head] != nil || Gazetteer.countries[head] != nil)
                let document = SpeakerPhrase.isDocument(head)
                rankable = { document || ($0.kind == .person) == describesPerson }
                ranked = ActorRanking.Phrase(kind: .description, head: head, described: described, position: position, paragraph: paragraph)
            }
            // "A Lufthansa spokesman", "a spokeswoman": an unnamed spokesperson speaks for the body
            // the phrase names, else for the body last speaking or named; never for another
            // spokesperson taken as a person.
            // "The father", "the mother" (no one's): the parent the article named, of the pronoun the word gives.
            if writtenWords.first == "the", writtenWords.count == 2, let gender = Gazetteer.kinshipPronoun[head],
                let parent = nearest(before: position, where: { $0.kind == .person && $0.pronoun == gender })
            {
                take(parent, "\"the \(head)\" → nearest earlier \(gender == .he ? "man" : "woman"), \(parent.actor)")
                break
            }
            if Self.spokespeople.contains(head), !refersBack || phrase.org.isEmpty {
                let capitals = written.split(separator: " ").dropFirst().prefix { $0.first?.isUppercase == true }.joined(separator: " ")
                let named = !phrase.org.isEmpty ? phrase.org : capitals
                if !named.isEmpty {
                    result.actor = named
                    result.kind = .organization
                    result.org = named
                    result.how = "an unnamed \(head) speaks for \(named)"
                    break
                }
                if !refersBack, let body = nearestBody() {
                    take(body, "an unnamed \(head) speaks for the body last speaking or named, \(body.actor)")
                    break
                }
            }
            if describesRole {
                found =
                    (described.count > 1 ? nearest(before: position, where: { $0.kind == .person && described.allSatisfy($0.words.contains) }) : nil)
                    ?? nearestSpeaker(before: position, paragraph: paragraph) { $0.role == head }
                    ?? nearest(before: position, where: { $0.role == head })
                    ?? nearestDescribed(by: described.subtracting([head]), before: position)
                // "a government official", "an army spokesman": an unnamed official speaks for the
                // institution of the country the article names most.
                if found == nil, let body = writtenWords.first(where: Gazetteer.isInstitutionWord),
                    let country = mainCountry(before: position), let institution = SpeakerPhrase.institution([body], country: country)
                {
                    takeInstitution(institution, of: country, "\"\(written)\" → \(institution), the country the article names most")
                    break
                }
                // Else the person nearest, spoken or named, whose own role (if any) is this one:
                // "the first minister" is not "Holyrood leader Nicola Sturgeon".
                found =
                    found
                    ?? nearestSpeaker(before: position, paragraph: paragraph) { $0.kind == .person && ($0.role.isEmpty || $0.role == head) }
                    ?? (refersBack
                        ? nearest(before: position, where: { $0.kind == .person && $0.pronoun != nil && ($0.role.isEmpty || $0.role == head) })
                        : nil)
            } else if let country = Gazetteer.countries[head] {
                // "the American": the person last named or speaking, of that country when known.
                found = nearest(before: position, where: { $0.kind == .person && ($0.country.isEmpty || $0.country == country) })
            } else if head == "country" || head == "nation" {
                found = nearest(before: position, where: { $0.kind == .country })
            } else {
                found = nearest(before: position, where: { $0.kind != .person && ($0.words.contains(head) || $0.actor.lowercased().contains(head)) })
            }
            // "the Myanma embassy": a capitalised word the lists do not know names whose the body is;
            // it is not the institution of the country the article names most.
            let ownName = written.split(separator: " ").dropFirst().contains { $0.first?.isUppercase == true } && phrase.country.isEmpty
            if let found {
                take(found, "\"the \(head)\" → nearest earlier \(found.actor)")
            } else if ownName, SpeakerPhrase.institution([head], country: "") != nil {
                result.actor = writtenWords.first.map { SpeakerPhrase.determiners.contains($0) } == true
                    ? written.split(separator: " ").dropFirst().joined(separator: " ") : written
                result.kind = .organization
                result.how = "a body the description names"
            } else if let country = mainCountry(before: position), let institution = SpeakerPhrase.institution([head], country: country) {
                // "the government", "the army": of the country the article is about.
                takeInstitution(institution, of: country, "\"the \(head)\" → \(institution), the country the article names most")
            } else if SpeakerPhrase.isDocument(head) {
                // "The report": of the body that has been speaking, else of nobody named.
                if let body = nearestSpeaker(before: position, paragraph: paragraph, where: { $0.kind == .organization }) {
                    take(body, "\"the \(head)\" → by the organisation last speaking, \(body.actor)")
                } else {
                    result.actor = ""
                    result.how = "\"the \(head)\": no author named"
                }
            } else if SpeakerPhrase.bodyNouns.contains(head), let body = nearestBody() {
                // "the company", "the firm": the body last speaking or named.
                take(body, "\"the \(head)\" → nearest earlier organisation, \(body.actor)")
            }
        case .unknown(let phrase):
            result.actor = phrase
        }
        // "US bank boss hails …" over a story whose lead names "US Federal Reserve chairman Alan
        // Greenspan": a headline describes whom the story's first paragraph names.
        if paragraph == 0, result.how == Self.asWritten, Gazetteer.roles.contains(phrase.role),
            let lead = names.first(where: { $0.position > position && $0.kind == .person && $0.paragraph > 0 }), lead.paragraph <= 2
        {
            take(lead, "a headline's \(phrase.role), the person the story's first paragraph names: \(lead.actor)")
        }
        // "The Sanders campaign", "the campaign": a candidate's campaign speaks as "<candidate> campaign".
        if writtenWords.last == "campaign", let candidate = campaignCandidate(written, at: position, paragraph: paragraph) {
            (result.actor, result.kind, result.how) = (candidate + " campaign", .organization, "the campaign of \(candidate)")
        }
        if let ranked {
            var candidates = candidates(ranked, rules: result, fits: rankable)
            if let best = ActorRanking.choose(&candidates, model: ranker) {
                if !candidates[best].isRules {
                    (result.role, result.org, result.country) = (phrase.role, phrase.org, phrase.country)
                    take(candidates[best].mention, "the ranker prefers \(candidates[best].mention.actor) to the rules' \(result.actor.isEmpty ? "nobody" : result.actor)")
                }
                result.how += "; " + ActorRanking.summary(candidates)
            }
            if keepsCandidates { result.candidates = candidates }
        }
        if case .pronoun(let word) = phrase.reference, word == "he" || word == "she" { pronoun = word == "he" ? .he : .she }
        if let entity = phrase.nameEntity {
            result.how = "the entity model reads a\(entity == .organization ? "n" : "") \(entity) in the phrase; " + result.how
        }
        speakers.append(
            Mention(
                position: position, paragraph: paragraph, actor: result.actor, kind: result.kind,
                role: result.role, org: result.org, country: result.country,
                words: writtenWords,
                pronoun: pronoun ?? (result.kind == .person ? FirstNames.pronoun(name: result.actor, written: written) : nil),
                reported: reported))
        return result
    }

    /// The person nearest before `position` around whose name the words that set a description
    /// apart were said: "the NFL legend" after "former NFL star Herschel Walker". Words any
    /// description may carry ("former", "new") set none apart.
    private func nearestDescribed(by marks: Set<String>, before position: Int) -> Mention? {
        let marks = marks.subtracting(Self.commonModifiers)
        guard !marks.isEmpty else { return nil }
        return nearest(before: position, where: { $0.kind == .person && marks.allSatisfy($0.context.contains) })
    }

    static let commonModifiers: WordSet = [
        "former", "new", "old", "current", "then", "acting", "top", "senior", "junior", "chief", "deputy", "assistant",
        "local", "national", "international", "official", "same", "other", "own",
    ]

    /// Whose campaign "the X campaign" is: the person named X before (by full name or surname),
    /// or for "the campaign" the person the article has named most.
    private func campaignCandidate(_ written: String, at position: Int, paragraph: Int) -> String? {
        let words = written.split(separator: " ").dropLast().drop { SpeakerPhrase.determiners.contains($0.lowercased()) }
        guard words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        if words.isEmpty {
            // The person the article has named most: whose campaign it is about.
            var counts: [String: Int] = [:]
            for m in names where m.position < position && m.kind == .person { counts[m.actor, default: 0] += 1 }
            return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        let name = words.joined(separator: " ")
        return nearest(before: position, where: { $0.kind == .person && ($0.actor == name || $0.actor.hasSuffix(" " + name)) })?.actor
    }

    /// Who "he", "she", "it" or "they" at `position` means by the rules, and which mentions fit it.
    private func pronounReferent(_ pronoun: String, position: Int, paragraph: Int) -> (found: Mention?, fits: (Mention) -> Bool) {
        var found: Mention?
        let fits: (Mention) -> Bool
        switch pronoun {
        case "he", "she":
            // A person of the other pronoun does not fit; one whose pronoun is unknown does.
            let other: FirstNames.Pronoun = pronoun == "he" ? .she : .he
            fits = { $0.kind == .person && $0.pronoun != other }
            found = nearestSpeaker(before: position, paragraph: paragraph, where: fits) ?? nearest(before: position, where: fits)
        case "it":
            fits = { $0.kind == .organization || $0.kind == .country }
            found = nearestSpeaker(before: position, paragraph: paragraph, where: fits) ?? nearest(before: position, where: fits)
        case "they":
            fits = { $0.kind != .person && $0.kind != .unknown }
            found = nearestSpeaker(before: position, paragraph: paragraph, where: fits)
        default:
            fits = { _ in false }
        }
        // A person who fits, named as a sentence's subject since that speaker spoke (in this
        // paragraph or the one before), is the one in mind: "Fraser Kemp said … On Thursday
        // Mr Kilroy-Silk is due to announce … He said". (Bodies measured no different.)
        if let speaker = found, let subject = nearest(before: position, where: { fits($0) && $0.isSubject && $0.kind == .person }),
            subject.position > speaker.position, subject.actor != speaker.actor, paragraph - subject.paragraph <= 1
        {
            return (subject, fits)
        }
        // Most people news names are men: "she" means a woman the text has named as one (in this
        // paragraph or the one before) before a speaker it gave no gender.
        if pronoun == "she", let unknown = found, unknown.pronoun == nil,
            let woman = nearest(before: position, where: { $0.kind == .person && $0.pronoun == .she }), paragraph - woman.paragraph <= 1
        {
            found = woman
        }
        return (found, fits)
    }

    /// Remembers a speaker taken over from another claim, so later pronouns can find it.
    mutating func repeatSpeaker(_ resolved: ResolvedSpeaker, at position: Int) {
        speakers.append(
            Mention(
                position: position, paragraph: text.tokens[position].paragraph, actor: resolved.actor,
                kind: resolved.kind, role: resolved.role, org: resolved.org, country: resolved.country))
    }

    /// The country named most often before `position` (the first named on a tie): what
    /// "the government" or "the army" of an article belongs to.
    private func mainCountry(before position: Int) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        for m in names where m.position < position {
            let country = m.kind == .country ? m.actor : m.country
            guard !country.isEmpty else { continue }
            counts[country, default: (0, m.position)].count += 1
        }
        return counts.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
    }

    /// The nearest speaker before `position` within three paragraphs.
    // The searches walk back by index and copy only the mention they return: a mention
    // holds strings and arrays, and copying each one looked at retained them all.
    private func nearestSpeaker(before position: Int, paragraph: Int, where fits: (Mention) -> Bool) -> Mention? {
        for k in stride(from: speakers.count - 1, through: max(0, speakers.count - Self.lookBack), by: -1)
        where speakers[k].position < position && !speakers[k].reported {
            if paragraph - speakers[k].paragraph > 3 { return nil }
            if fits(speakers[k]) && !speakers[k].actor.isEmpty { return speakers[k] }
        }
        return nil
    }

    /// The nearest speaker or name before `position` that fits.
    private func nearest(before position: Int, where fits: (Mention) -> Bool) -> Mention? {
        var speaker: Int?
        for k in stride(from: speakers.count - 1, through: max(0, speakers.count - Self.lookBack), by: -1)
        where speakers[k].position < position && fits(speakers[k]) && !speakers[k].actor.isEmpty {
            speaker = k
            break
        }
        var name: Int?
        let lo = names.partitioningIndex { $0.position >= position }  // first name at or after position
        for k in stride(from: lo - 1, through: max(0, lo - Self.lookBack), by: -1) where fits(names[k]) {
            name = k
            break
        }
        switch (speaker, name) {
        case let (s?, n?): return speakers[s].position >= names[n].position ? speakers[s] : names[n]
        case let (s?, nil): return speakers[s]
        case let (nil, n?): return names[n]
        default: return nil
        }
    }
}
