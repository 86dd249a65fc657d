/// What a claim tells the actor directory: who it was resolved to, as what, and how
/// it was written. `MergedClaim` conforms; the directory never sees the rest of a claim.
protocol ActorClaim {
    var actor: String { get set }
    var actorKind: ActorKind { get }
    var speaker: String { get }
    var resolution: String { get set }
}

/// Actors across the corpus: the one stage that turns resolved speakers into the
/// actors a query names. It merges one actor written several ways in different
/// articles (only where that cannot join two people or bodies), learns the other
/// names an actor goes by, and says which actors a typed name stands for.
public struct ActorDirectory: Sendable {
    /// Folded name (`ActorName.key`) → the canonical actors it names, most claims first.
    private let names: [String: [String]]
    /// Folded canonical name → canonical name.
    private let canonical: [String: String]
    /// Canonical name → its claims, to order and report ambiguous matches.
    public let claimCounts: [String: Int]
    /// The names learned from the articles, with the actors each stands for.
    public let learned: [(alias: String, actors: [String])]
    /// The analysts' aliases (`--aliases`, `.alias`) by folded name → canonical name: they
    /// win over learned ones.
    private let analysts: [String: String]

    /// What a saved store keeps of the directory, so an unchanged corpus reopens without merging again.
    struct Saved: Codable {
        var names: [String: [String]]
        var canonical: [String: String]
        var claimCounts: [String: Int]
        var learnedAliases: [String]
        var learnedActors: [[String]]
    }

    var saved: Saved {
        Saved(names: names, canonical: canonical, claimCounts: claimCounts, learnedAliases: learned.map(\.alias), learnedActors: learned.map(\.actors))
    }

    /// The directory a saved store kept, with the analysts' aliases of this run (the store
    /// keeps the directory only for the aliases it was made with).
    init(saved: Saved, aliases: AliasTable) {
        names = saved.names
        canonical = saved.canonical
        claimCounts = saved.claimCounts
        learned = zip(saved.learnedAliases, saved.learnedActors).map { (alias: $0, actors: $1) }
        analysts = Self.analysts(aliases)
    }

    private static func analysts(_ aliases: AliasTable) -> [String: String] {
        Dictionary(aliases.lookup.map { (ActorName.key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Merges `claims` across articles, then learns every name their actors go by.
    init<Claim: ActorClaim>(merging claims: inout [Claim], aliases: AliasTable) {
        var (keys, counts, people) = Self.mergeAcrossArticles(&claims, aliases: aliases)
        claimCounts = counts
        analysts = Self.analysts(aliases)
        // Names the merge folded are folded already; an analyst's canonical name may not be.
        for name in counts.keys where keys[name] == nil { keys[name] = ActorName.key(name) }
        var canonical: [String: String] = [:]
        for name in counts.keys.sorted() { canonical[keys[name]!] = canonical[keys[name]!] ?? name }
        self.canonical = canonical

        // Learned names: a person's surname, and an acronym the text defines for its actor.
        var learnedNames: [String: (written: String, actors: Set<String>)] = [:]
        func learn(_ written: String, _ actor: String) {
            let key = ActorName.key(written)
            guard key.count > 1, key != keys[actor] else { return }
            learnedNames[key, default: (written, [])].actors.insert(actor)
        }
        for person in people { if let surname = ActorName.surname(person) { learn(surname, person) } }
        for i in claims.indices where !claims[i].actor.isEmpty && ActorName.mayDefineAcronym(claims[i].speaker.utf8) {
            if let acronym = ActorName.definedAcronym(in: claims[i].speaker) { learn(acronym, claims[i].actor) }
        }
        var names: [String: Set<String>] = [:]
        for (key, name) in canonical { names[key, default: []].insert(name) }
        for (key, entry) in learnedNames { names[key, default: []].formUnion(entry.actors) }
        func byClaims(_ actors: Set<String>) -> [String] {
            actors.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
        }
        self.names = names.mapValues(byClaims)
        learned = learnedNames.values.map { (alias: $0.written, actors: byClaims($0.actors)) }
            .sorted { $0.alias.lowercased() < $1.alias.lowercased() }
    }

    /// The canonical actors `typed` stands for: an analyst's alias names its actor alone;
    /// otherwise the actor of that name (case and diacritics aside) and every actor that
    /// goes by it. Empty when nothing matches.
    public func actors(named typed: String) -> [String] {
        let key = ActorName.key(typed)
        if let target = analysts[key] { return [target] }
        if let exact = canonical[key], !(names[key]?.count ?? 0 > 1) { return [exact] }
        return names[key] ?? []
    }

    /// "`Trump` names 3 actors: Donald Trump (125 claims), Ivanka Trump (4), …; write the full name to choose one"
    public func ambiguity(_ typed: String, _ actors: [String]) -> String {
        let listed = actors.prefix(5).enumerated().map { n, actor in
            let count = claimCounts[actor] ?? 0
            return "\(actor) (\(count)\(n == 0 ? (count == 1 ? " claim" : " claims") : ""))"
        }
        let more = actors.count > 5 ? ", …" : ""
        return "`\(typed)` names \(actors.count) actors: \(listed.joined(separator: ", "))\(more); write the full name to choose one"
    }

    // MARK: - Merging across articles

    /// One actor written several ways in different articles becomes one: the same name
    /// with other case or diacritics (`Erdogan`, `Erdoğan`) takes the spelling most claims
    /// use; a bare surname takes the one full name that clearly owns it (two Clintons stay
    /// apart); analysts' aliases map to their canonical names. Every decision is made once
    /// a distinct name (there are far fewer names than claims), then applied to its claims.
    /// Returns each name it folded with its folded form (so the directory does not fold them
    /// again), the merged actors' claims, and the merged actors that speak as people.
    static func mergeAcrossArticles<Claim: ActorClaim>(
        _ claims: inout [Claim], aliases: AliasTable
    ) -> (keys: [String: String], counts: [String: Int], people: Set<String>) {
        // The distinct names, each with its claims and its claims as a person. By index, not
        // by element: a claim row is copied whole (a retain per text) when iterated.
        var number: [String: Int] = [:]
        var names: [String] = [], total: [Int] = [], asPerson: [Int] = []
        var numberOf = [Int](repeating: -1, count: claims.count)
        for i in claims.indices where !claims[i].actor.isEmpty {
            let n: Int
            if let known = number[claims[i].actor] {
                n = known
            } else {
                n = names.count
                number[claims[i].actor] = n
                names.append(claims[i].actor)
                total.append(0)
                asPerson.append(0)
            }
            numberOf[i] = n
            total[n] += 1
            if claims[i].actorKind == .person { asPerson[n] += 1 }
        }
        let folded = names.map(ActorName.key)
        var spellings: [String: [String: Int]] = [:]
        for n in names.indices { spellings[folded[n], default: [:]][names[n], default: 0] += total[n] }
        var spelling: [String: String] = [:]
        for (key, forms) in spellings where forms.count > 1 {
            spelling[key] = forms.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
        }
        var personCounts: [String: Int] = [:]
        for n in names.indices where asPerson[n] > 0 && names[n].utf8.contains(32) {
            personCounts[spelling[folded[n]] ?? names[n], default: 0] += asPerson[n]
        }
        var bySurname: [String: [(String, Int)]] = [:]
        for (name, count) in personCounts {
            if let last = ActorName.surname(name) { bySurname[ActorName.key(last), default: []].append((name, count)) }
        }
        var owner: [String: String] = [:]
        for (surname, candidates) in bySurname {
            let sorted = candidates.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
            // Only a clear winner takes the bare surname: two Clintons stay apart.
            if sorted.count == 1 || sorted[0].1 >= 3 * sorted[1].1 { owner[surname] = sorted[0].0 }
        }
        // What becomes of a name's claims, as a person and otherwise: its actor, and the step to add to how it was reached.
        let user = aliases.lookup
        func outcome(_ n: Int, person: Bool) -> (actor: String, step: String)? {
            let name = names[n], key = folded[n]
            if let canonical = user[name.lowercased()] { return (canonical, "; analyst's alias: \(canonical)") }
            if person, !name.utf8.contains(32), let full = owner[key] { return (full, "; across articles: surname of \(full)") }
            if let chosen = spelling[key], chosen != name { return (chosen, "; across articles: spelled \(chosen) in most claims") }
            return nil
        }
        let asOther = names.indices.map { outcome($0, person: false) }
        let asPersonOutcome = names.indices.map { outcome($0, person: true) }
        for i in claims.indices where numberOf[i] >= 0 {
            guard let merged = claims[i].actorKind == .person ? asPersonOutcome[numberOf[i]] : asOther[numberOf[i]] else { continue }
            claims[i].actor = merged.actor
            claims[i].resolution += merged.step
        }
        var counts: [String: Int] = [:]
        var people = Set<String>()
        for n in names.indices {
            let person = asPersonOutcome[n]?.actor ?? names[n], other = asOther[n]?.actor ?? names[n]
            if asPerson[n] > 0 {
                counts[person, default: 0] += asPerson[n]
                people.insert(person)
            }
            if total[n] > asPerson[n] { counts[other, default: 0] += total[n] - asPerson[n] }
        }
        return (Dictionary(uniqueKeysWithValues: zip(names, folded)), counts, people)
    }
}
