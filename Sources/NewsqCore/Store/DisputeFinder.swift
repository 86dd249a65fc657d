/// Pairs of claims in one article where one actor rebuts what another asserted.
/// Precision first: two claims that can both be true are no dispute, so nothing is paired
/// on shared common words, and never across articles.
///
/// A rebuttal denies a claim (`deny`, `refute`; "declined to comment" is no denial),
/// rejects or dismisses one by name ("dismissed the claims", "rejected the allegations"),
/// or calls it untrue in its own words ("That is completely untrue", "At no time did…").
/// What it rebuts:
/// - first, the claim it names by its owner ("Victor Conte's allegations are not true"): that
///   owner's last claim before it;
/// - then the accusation just before it (`accuse`, `allege`, `claim`, `charge`…), when
///   that names the rebutting actor or, for a rebuttal that only refers back ("denied the
///   charges"), comes within a few claims;
/// - else the claim before it whose content it repeats ("denied the campaign was anti-Semitic");
/// - else, a country's or its ministry's: the claims of other actors that name the country
///   (by name, other names, capital or demonym), before or after it: what happened on its soil;
/// - else, a rebuttal that only refers back: the nearest claim before it that names the
///   rebutting actor. A reference that names its owner ("Pelosi's suggestion") points at
///   that owner's claims only.
enum DisputeFinder {
    /// Cues whose claims deny what follows them.
    static let denialCues: WordSet = ["deny", "refute", "rebut"]
    /// Cues that rebut when what they take is a claim by name: "rejected the allegations".
    static let rejectionCues: WordSet = ["reject", "dismiss", "dispute", "contest", "deny", "refute", "rebut"]
    /// Words naming a claim: what a rejection must take to be a rebuttal.
    static let claimNouns: WordSet = [
        "claim", "claims", "report", "reports", "allegation", "allegations", "accusation", "accusations", "story",
        "stories", "charge", "charges", "suggestion", "suggestions", "assertion", "assertions", "information", "attack",
        "criticism", "rumour", "rumours", "rumor", "rumors", "speculation", "account", "accounts", "wrongdoing", "involvement",
        "responsibility",
    ]
    /// Words that make a claim's own text a rebuttal, matched as whole words.
    static let rebuttalPhrases = [
        "not true", "untrue", "is false", "are false", "completely false", "distorted",
        "distortion", "out of context", "at no time", "no truth", "no evidence", "baseless", "fabricated",
        "fabrication", "is unfounded", "are unfounded", "unfounded allegations", "unfounded claims", "is wrong", "was wrong",
        "are wrong", "were wrong", "innocent", "innocence", "unsubstantiated", "cannot be substantiated", "no basis",
        "inaccurate", "not accurate", "never happened", "did not happen",
    ]
    /// Cues of claims that accuse: what a rebuttal after them answers.
    static let accusationCues: WordSet = ["accuse", "allege", "claim", "charge", "blame", "report"]
    /// How far before a rebuttal an accusation that does not name the rebutting actor may be.
    static let nearby = 3
    /// Partners one rebuttal may have.
    static let maxPairs = 6

    /// The disputes of the claims of `loaded`, with their actors as the merge across articles
    /// left them (`actors`, by row in load order), numbered from 1; an article's from `kept`
    /// when it gives them (found before, in the same claims by the same actors).
    static func disputes(
        _ loaded: [LoadedArticle], actors: ClaimTable.Actors, kept: ((_ article: Int, _ actors: ClaimTable.Actors) -> [DisputeRow]?)? = nil
    ) -> [DisputeRow] {
        let first = runStarts(loaded.lazy.map(\.claims.count))  // each article's first claim, by its place in load order
        var rows = parallelMap(Array(loaded.indices), chunk: 64) { n -> [DisputeRow] in
            if let found = kept?(n, actors) { return found }
            // Most articles hold no rebuttal: they are passed over on each claim's bytes alone,
            // and only the others' claims are made rows.
            let claims = loaded[n].claims
            let may = claims.indices.map { mayRebut(claims, $0) }
            guard may.contains(true) else { return [] }
            let article = loaded[n].article
            let rows = claims.enumerated().map { i, claim in
                var claim = claim
                claim.actor = actors[first[n] + i]
                return ClaimRow(id: first[n] + i + 1, article: n + 1, path: article.path, date: article.date, extracted: claim)
            }
            return disputes(in: rows[...], may: may)
        }.flatMap { $0 }
        for i in rows.indices { rows[i].id = i + 1 }
        return rows
    }

    /// One article's disputes, by rebuttal in text order; `may`, whether each claim may rebut (`mayRebut`).
    static func disputes(in article: ArraySlice<ClaimRow>, may: [Bool]) -> [DisputeRow] {
        // The slice is read in place (copying an article's claims costs more than finding its
        // disputes); `cues` and `texts` are by position in the article, from `base`.
        let claims = article
        let base = claims.startIndex
        // (Rows are read where they lie: iterating or subscripting the slice copies each row whole.)
        let cues = claims.withUnsafeBufferPointer { rows in
            rows.indices.map { may[$0] ? rebuttal(cue: rows[$0].extracted.cue, tokens: tokens(rows[$0].extracted.text)) : nil }
        }
        guard cues.contains(where: { $0 != nil }) else { return [] }
        let texts = claims.withUnsafeBufferPointer { rows in rows.indices.map { words(rows[$0].extracted.text) } }
        // What each claim is, whatever rebuttal it is weighed against: computed once per claim
        // (and whether a name is an actor's, once per name: an article repeats its speakers).
        var actorNames: [String: Bool] = [:]
        let asserts = claims.indices.map { a in
            claims[a].stance == .assert && cues[a - base] == nil
                && isClaim(words: texts[a - base], actor: claims[a].extracted.actor) { name in
                    if let known = actorNames[name] { return known }
                    let known = isActor(name)
                    actorNames[name] = known
                    return known
                }
        }
        var contents = [Set<String>?](repeating: nil, count: claims.count)
        func contentOf(_ a: Int) -> Set<String> {
            if let known = contents[a - base] { return known }
            let found = contentWords(texts[a - base])
            contents[a - base] = found
            return found
        }
        var rows: [DisputeRow] = []
        for r in claims.indices {
            guard let cue = cues[r - base], isActor(claims[r].extracted.actor) else { continue }
            let denial = claims[r]
            // A reference that names whose claim it denies ("Pelosi's suggestion", "the claim
            // from Berlin") points at that actor's claims only.
            let reference = isReference(texts[r - base])
            let owners = reference ? Self.owners(in: denial.text) : []
            // Claims of other actors that assert and rebut nothing themselves.
            let others = claims.indices.filter { a in
                a != r && asserts[a - base] && opposed(claims[a], denial)
                    && (owners.isEmpty || owners.contains { made(claims[a], by: $0) })
            }
            let mentions = mentions(
                of: denial, roles: claims.indices.filter { claims[$0].extracted.actor == denial.actor }.map { claims[$0].extracted.role })
            func names(_ a: Int) -> Bool { mentions.contains { texts[a - base].contains(" \($0) ") } }
            let before = others.filter { $0 < r }
            let content = contentOf(r)
            // The accusation a rebuttal answers: the last before it, when it names the rebutting
            // actor, or, for a rebuttal that refers back ("denied the charges"), when it is close.
            let accusation = before.last { accusationCues.contains(claims[$0].cue) }.flatMap { a in
                names(a) || reference && r - a <= nearby ? a : nil
            }
            // "Victor Conte's allegations are not true", "her niece's claim": a claim named by its
            // owner, anywhere in the rebuttal, is that owner's last claim before it.
            let owned = Self.ownedClaim(in: texts[r - base], denial.text).flatMap { owner in
                before.last { made(claims[$0], by: owner) }
            }
            // A denial that repeats what another said ("denied the campaign was anti-Semitic"):
            // the claim holding at least half its content words, two at least.
            let repeated =
                content.count < 2 ? [] : before.filter { contentOf($0).intersection(content).count * 2 >= max(content.count, 4) }
            let reason: String
            let partners: [Int]
            if let owned {
                (reason, partners) = ("it names that claim's owner", [owned])
            } else if let accusation {
                (reason, partners) = ("answers the accusation before it", [accusation])
            } else if !repeated.isEmpty {
                (reason, partners) = ("it repeats what that claim says", Array(repeated.suffix(1)))
            } else if denial.actorKind == .country || !denial.country.isEmpty && Self.words(denial.actor).contains(" \(denial.country.lowercased()) ")
            {
                // What others say happened there; not background a source is cited for
                // ("Mohammad bin Salman is the de facto Saudi ruler, according to Reuters").
                let country = denial.actorKind == .country ? denial.actor : denial.country
                let chosen = others.filter { names($0) && claims[$0].cue != "according to" }
                (reason, partners) = ("that claim names \(country)", chosen)
            } else if reference, let named = before.last(where: names) {
                (reason, partners) = ("\"\(denial.text)\" refers to the claim before it, which names \(denial.actor)", [named])
            } else {
                continue
            }
            for a in partners.prefix(maxPairs) {
                let asserted = claims[a]
                rows.append(
                    DisputeRow(
                        id: 0, a: asserted.id, b: denial.id, actorA: asserted.actor, actorB: denial.actor,
                        date: max(asserted.date, denial.date), topic: topic(asserted.text), texts: .given(a: asserted.text, b: denial.text),
                        why: "\(denial.actor) rebuts (\(cue)); \(reason)"))
            }
        }
        return rows
    }

    /// What makes a claim a rebuttal — its cue, or a phrase of its text — or nil when it is none.
    static func rebuttal(cue: String, tokens list: [Substring]) -> String? {
        guard list.count >= 2, let first = list.first, !clauseJoiners.contains(String(first)) else { return nil }
        // "denied major Oscars" is withholding, not rebutting: a denial takes a clause or names what it denies.
        if rejectionCues.contains(cue) {
            let namesClaim = list.contains { claimNouns.contains(String($0)) }
            if denialCues.contains(cue), first != "to", list.count >= 3 || namesClaim { return "cue \(cue)" }
            if namesClaim { return "cue \(cue)" }
        }
        // Every claim of a load passes here: its words are looked up as they are, not copied.
        for (i, word) in list.enumerated() {
            let group = phraseGroupOfFirstWord[FeatureHash.hash(word.utf8)]
            guard group > 0 else { continue }
            let phrases = phraseGroups[Int(group) - 1]
            if let phrase = phrases.first(where: { list[i...].starts(with: $0) }) { return "\"\(phrase.joined(separator: " "))\"" }
        }
        return nil
    }

    /// Whether a claim may be a rebuttal: its cue rejects, or its text holds a rebuttal phrase as
    /// whole words (ASCII letters compared without case; words apart by anything not a letter
    /// or digit, as `tokens` reads them). Read over the text's bytes in place: every claim of a
    /// load passes here, and few are rebuttals.
    static func mayRebut(cue: String, text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayRebut(cue: cue, text: $0) }
    }

    /// `mayRebut` of claim `i` of a pack, read from its bytes.
    static func mayRebut(_ claims: ClaimPack, _ i: Int) -> Bool {
        claims.withBytes(i, .text) { mayRebut(cue: claims.string(i, .cue), text: $0.assumingMemoryBound(to: UInt8.self)) }
    }

    private static func mayRebut(cue: String, text: UnsafeBufferPointer<UInt8>) -> Bool {
        rejectionCues.contains(cue) || holdsRebuttalPhrase(text)
    }

    /// A word whose length, first and last byte no phrase's first word has is passed over
    /// (this scans every claim of a load); the rest are hashed (FNV over their lowercased
    /// bytes, as `FeatureHash.hash` hashes a lowercased word) and only a phrase's first word
    /// is looked at further.
    private static func holdsRebuttalPhrase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        return firstWordShapes.withUnsafeBufferPointer { shapes in
        while i < n {
            while i < n, !isWord(bytes[i]) { i += 1 }
            let start = i
            while i < n, isWord(bytes[i]) { i += 1 }
            guard i > start, shapes[shape(i - start, bytes[start], bytes[i - 1])] else { continue }
            var hash = FeatureHash.hashStart
            for k in start..<i { hash = FeatureHash.hash(hash, TextMatching.fold(bytes[k])) }
            let group = phraseGroupOfFirstWord[hash]
            guard group > 0 else { continue }
            phrases: for phrase in phraseBytes[Int(group) - 1] {
                var j = start
                for (w, word) in phrase.enumerated() {
                    if w > 0 {  // past the gap between words
                        guard j < n, !isWord(bytes[j]) else { continue phrases }
                        while j < n, !isWord(bytes[j]) { j += 1 }
                    }
                    guard j + word.count <= n else { continue phrases }
                    for k in word.indices where TextMatching.fold(bytes[j + k]) != word[k] { continue phrases }
                    j += word.count
                    guard j == n || !isWord(bytes[j]) else { continue phrases }
                }
                return true
            }
        }
        return false
        }
    }

    /// A word's length, first and last byte (lowercased) as one number below 2^16.
    @inline(__always) private static func shape(_ length: Int, _ first: UInt8, _ last: UInt8) -> Int {
        (Swift.min(length, 63) << 10) | (Int(TextMatching.fold(first) & 31) << 5) | Int(TextMatching.fold(last) & 31)
    }

    /// By `shape`, whether a phrase's first word has it.
    private static let firstWordShapes: [Bool] = {
        var shapes = [Bool](repeating: false, count: 1 << 16)
        for word in phraseBytes.flatMap({ $0.map { $0[0] } }) { shapes[shape(word.count, word[0], word[word.count - 1])] = true }
        return shapes
    }()

    /// A byte of a word as `tokens` splits words: a letter or digit of either case, or any byte
    /// of a character beyond ASCII.
    @inline(__always) private static func isWord(_ b: UInt8) -> Bool {
        let f = TextMatching.fold(b)
        return f >= 97 && f <= 122 || f >= 48 && f <= 57 || f >= 128
    }

    /// The rebuttal phrases of each group of `phraseGroups`, as words of bytes.
    private static let phraseBytes: [[[[UInt8]]]] = phraseGroups.map { group in group.map { phrase in phrase.map { Array($0.utf8) } } }

    /// The rebuttal phrases as words, by their first word.
    private static let phraseGroups: [[[Substring]]] = Array(
        Dictionary(grouping: rebuttalPhrases.map { $0.split(separator: " ") }, by: { $0[0] }).values)
    /// A first word's group (from 1) by the word's hash, 0 for none: a claim's every word is
    /// looked up here, without hashing it as a string (the words are then compared).
    private static let phraseGroupOfFirstWord = FeatureTable(
        phraseGroups.enumerated().map { n, group in (FeatureHash.hash(group[0][0].utf8), UInt8(n + 1)) }, empty: 0)

    /// A text's words, lowercased, read as bytes (this runs on every claim of a load).
    static func tokens(_ text: String) -> [Substring] {
        let lowered = TextMatching.lowered(text)
        return lowered.utf8.split(whereSeparator: { !isWord($0) }).map { Substring($0) }
    }

    /// The owner of a claim a rebuttal names by a possessive: "Victor Conte's allegations" → "conte".
    private static func ownedClaim(in words: String, _ text: String) -> String? {
        let list = words.split(separator: " ")
        guard let k = list.indices.first(where: { $0 >= 2 && claimNouns.contains(String(list[$0])) && list[$0 - 1] == "s" }) else { return nil }
        // The owner is the name before the "'s": the last capitalised word of the text before it.
        let name = owners(in: text).first { list[k - 2] == Substring($0) }
        return name
    }

    /// A rebuttal whose text only refers back: a few words, one of them a reference.
    private static func isReference(_ words: String) -> Bool {
        let list = words.split(separator: " ")
        return list.count <= 5 && list.contains { claimNouns.contains(String($0)) }
    }

    /// How an actor is named in other claims: its name, a person's surname, the roles of
    /// two words or more the article gives it, and its country by name, other names,
    /// capital and demonym (a ministry is named by its country too).
    private static func mentions(of claim: ClaimRow, roles: [String]) -> [String] {
        var names = [Self.words(claim.actor).trimmingSpaces]
        // "the prime minister", when the article calls the actor so.
        names += Set(roles.filter { $0.contains(" ") }).map { "the" + Self.words($0).dropLast() }
        if claim.actorKind == .person, let surname = ActorName.surname(claim.actor) { names.append(Self.words(surname).trimmingSpaces) }
        let country = claim.actorKind == .country ? claim.actor : claim.country
        if !country.isEmpty { names += countryNames[country] ?? [country.lowercased()] }
        return names.filter { $0.count > 2 }
    }

    /// Canonical country → every lowercased way to write it (Gazetteer's table turned round).
    private static let countryNames: WordMap<[String]> = WordMap(Dictionary(
        Gazetteer.countries.map { ($0.value, [$0.key]) }, uniquingKeysWith: +))

    /// A claim worth rebutting: a clause by an actor, or unattributed but whole ("of the same
    /// offences", "to have been involved…" are fragments).
    /// Whether a claim asserts something a rebuttal could answer: four words at least, not a
    /// fragment, no denial of its own, and by an actor (`isActor`), or of six words when unattributed.
    private static func isClaim(words: String, actor: String, isActor: (String) -> Bool) -> Bool {
        var words = words
        // `words` is " w1 w2 … ": its words read in place.
        let (count, first, denies) = words.withUTF8 { bytes -> (Int, String, Bool) in
            var count = 0, first = "", denies = false, start = 1
            for i in 1..<max(1, bytes.count) where bytes[i] == 32 {
                if i > start {
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
                    if count == 0 { first = String(decoding: word, as: UTF8.self) }
                    count += 1
                    if !denies && (word.elementsEqual("denied".utf8) || word.elementsEqual("denies".utf8) || word.elementsEqual("rejected".utf8)
                        || word.elementsEqual("dismissed".utf8)) { denies = true }
                }
                start = i + 1
            }
            return (count, first, denies)
        }
        guard count >= 4, !fragmentStarts.contains(first), !denies else { return false }
        return actor.isEmpty ? count >= 6 : isActor(actor)
    }
    /// First words of a text cut from its clause ("though Trump said…", "having done so", "has suggested that…").
    private static let clauseJoiners: WordSet = ["though", "although", "as", "having", "and", "but", "or", "while", "has", "have", "had"]
    private static let fragmentStarts: WordSet = ["to", "of", "on", "in", "for", "with", "by", "at", "from", "about", "into", "as"]

    /// An actor by the actors issue's standard as far as a verb goes: a name made only of
    /// reporting verbs and adverbs ("denied", "angrily rejected") is a misread sentence.
    private static func isActor(_ name: String) -> Bool {
        !SpeakerPhrase.pronouns.contains(name.lowercased()) && !["him", "her", "them", "us", "me"].contains(name.lowercased())
            && !name.split(separator: " ").allSatisfy { word in
                let w = word.lowercased()
                return ReportingLexicon.forms[w] != nil || ReportingLexicon.isAdverb(w) || ClaimFinder.irregularPast.contains(w) || w == "down"
                    || w == "up"
            }
    }

    /// Different actors, and not one the voice of the other's country, nor one the
    /// acronym of the other (`OSI`, `Open Society Institute`).
    private static func opposed(_ a: ClaimRow, _ b: ClaimRow) -> Bool {
        guard a.actor != b.actor, !isAcronym(a.actor, of: b.actor), !isAcronym(b.actor, of: a.actor),
            !a.actor.hasPrefix(b.actor + " "), !b.actor.hasPrefix(a.actor + " ")
        else { return false }
        let countryA = a.actorKind == .country ? a.actor : a.country
        let countryB = b.actorKind == .country ? b.actor : b.country
        return countryA.isEmpty || countryB.isEmpty || countryA != countryB
    }

    /// Words of four letters or more that carry content, in the singular.
    private static func contentWords(_ words: String) -> Set<String> {
        Set(words.split(separator: " ").filter { $0.count >= 4 && !functionWords.contains(String($0)) }.map { singular(String($0)) })
    }
    private static let functionWords: WordSet = [
        "that", "this", "with", "from", "have", "were", "been", "would", "will", "their", "they", "there", "which", "what",
        "about", "into", "than", "then", "also", "said", "says", "only", "other", "some", "such", "more", "most", "very",
        "when", "where", "while", "after", "before", "over", "under", "these", "those", "could", "should", "does", "being",
        "just", "because", "ever", "never", "them", "whether", "last", "year", "years", "time",
    ]

    /// The names in a text (capitalised words but for a determiner, a possessive's "'s" cut),
    /// lowercased and in the singular.
    private static func owners(in text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" })
            .filter { $0.first?.isUppercase == true && $0.count > 2 && !determiners.contains($0.lowercased()) }
            .map { singular(String($0.lowercased().split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" })[0])) }
    }

    /// Whether `claim` was made by the actor a name stands for: a word of its name, or its country.
    private static func made(_ claim: ClaimRow, by name: String) -> Bool {
        if Self.words(claim.actor).split(separator: " ").contains(where: { singular(String($0)) == name }) { return true }
        let country = Gazetteer.countries[name]
        return country != nil && (claim.country == country || claim.actor == country)
    }

    private static let determiners: WordSet = ["the", "this", "that", "these", "those", "such", "all", "any", "some", "its", "their"]

    private static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        return word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 3 ? String(word.dropLast()) : word
    }

    private static func isAcronym(_ short: String, of long: String) -> Bool {
        // The short name is looked at first: most are no acronym, and `long` is then not split.
        guard short.count >= 2, short.allSatisfy(\.isUppercase) else { return false }
        let initials = long.split(separator: " ").filter { $0.first?.isUppercase == true }.compactMap(\.first)
        return String(initials) == short
    }

    /// Lowercased words between spaces (" romania s national territory "), so a phrase is
    /// found as whole words by `contains(" phrase ")`: as `tokens` reads them, built in one pass
    /// over the bytes of an ASCII text.
    static func words(_ text: String) -> String {
        var text = text
        let ascii: [UInt8]? = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 128 }) else { return nil }
            var out: [UInt8] = [32]
            out.reserveCapacity(bytes.count + 2)
            var inWord = false
            for b in bytes {
                if isWord(b) {
                    out.append(TextMatching.fold(b))
                    inWord = true
                } else if inWord {
                    out.append(32)
                    inWord = false
                }
            }
            if inWord { out.append(32) }
            if out.count == 1 { out.append(32) }  // no words: two spaces, as joining none gives
            return out
        }
        return ascii.map { String(decoding: $0, as: UTF8.self) } ?? spaced(tokens(text))
    }

    static func spaced(_ tokens: [Substring]) -> String { " " + tokens.joined(separator: " ") + " " }

    /// The matter in a few words of the claim rebutted: "Russian kamikaze attack drone detonated on the territory…".
    static func topic(_ text: String) -> String {
        var words = text.split(separator: " ")
        if let first = words.first, ["a", "an", "the"].contains(first.lowercased()) { words.removeFirst() }
        let phrase = words.prefix(8).joined(separator: " ")
        return words.count > 8 ? phrase + "…" : phrase
    }
}
