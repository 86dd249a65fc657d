/// Pairs of claims that contradict each other: one actor denies what another
/// asserted, on the same matter (shared content words, or a denial of "the
/// claim" right after it), in the same article or within a few days.
enum DisputeFinder {
    static let maxDays = 3
    static let stopwords: Set<String> = [
        "that", "this", "with", "from", "have", "were", "been", "would", "will", "their", "they", "there", "which",
        "what", "about", "into", "than", "then", "also", "said", "says", "only", "other", "some", "such", "more",
        "most", "very", "when", "where", "while", "after", "before", "over", "under", "these", "those", "your",
        "could", "should", "does", "did", "not", "but", "and", "for", "the", "are", "was", "has", "had", "its",
    ]
    /// Denials whose content is only a reference back: "denied the claim".
    static let anaphoric: Set<String> = [
        "claim", "claims", "report", "reports", "allegation", "allegations", "accusation", "accusations",
        "information", "story", "statement", "charge", "charges", "account", "it", "this", "that", "assertion",
    ]

    static func disputes(_ claims: [ClaimRow]) -> [DisputeRow] {
        // Words of denials first; an assertion only needs the words some denial uses.
        let denials = claims.indices.filter { claims[$0].stance == .deny && !claims[$0].actor.isEmpty }
        let assertions = claims.indices.filter { claims[$0].stance == .assert && !claims[$0].actor.isEmpty }
        var words = [Set<String>](repeating: [], count: claims.count)
        for (i, set) in zip(denials, parallelMap(denials) { contentWords(claims[$0].text) }) { words[i] = set }
        let vocabulary = denials.reduce(into: Set<String>()) { $0.formUnion(words[$1]) }
        for (i, set) in zip(assertions, parallelMap(assertions) { contentWords(claims[$0].text, within: vocabulary) }) { words[i] = set }
        // Asserting claims by content word and day (or article, when undated), so a denial
        // meets only the claims of its own few days: no pair of far-apart claims is looked at.
        let days = claims.map { DateText.dayNumber($0.date) }
        func bucket(_ i: Int, shift: Int = 0) -> Int { days[i].map { $0 + shift } ?? -claims[i].article }
        var byWord: [WordInBucket: [Int]] = [:]
        for i in assertions {
            for w in words[i] { byWord[WordInBucket(word: w, bucket: bucket(i)), default: []].append(i) }
        }
        var rows: [DisputeRow] = []
        var seen = Set<[Int]>()
        for d in denials {
            let denial = claims[d]
            var shared: [Int: Int] = [:]
            let shifts = days[d] == nil ? 0...0 : -maxDays...maxDays
            for w in words[d] {
                for shift in shifts {
                    guard let list = byWord[WordInBucket(word: w, bucket: bucket(d, shift: shift))], list.count < 2000 else { continue }  // too common to tell a matter
                    for a in list { shared[a, default: 0] += 1 }
                }
            }
            let textWords = denial.text.lowercased().split { !$0.isLetter }.map(String.init)
            if textWords.count <= 4, textWords.contains(where: { anaphoric.contains($0) }) {
                // "…, while the Romanians denied the claim": the claim just before, in the same article.
                if let a = (0..<d).reversed().prefix(6).first(where: {
                    claims[$0].article == denial.article && claims[$0].stance == .assert && opposed(claims[$0], denial)
                }) { shared[a, default: 0] += 2 }
            }
            let candidates = shared.filter { a, count in
                count >= 2 && opposed(claims[a], denial)
                    && (claims[a].article == denial.article || days[a].flatMap { x in days[d].map { abs(x - $0) <= maxDays } } == true)
            }.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            var actorsTaken = Set<String>()
            for (a, _) in candidates where actorsTaken.count < 3 && actorsTaken.insert(claims[a].actor).inserted {
                guard seen.insert([a, d]).inserted else { continue }
                let topicWords = words[a].intersection(words[d]).sorted().prefix(5)
                rows.append(DisputeRow(id: 0, a: claims[a].id, b: denial.id, actorA: claims[a].actor, actorB: denial.actor,
                                       date: max(claims[a].date, denial.date),
                                       topic: topicWords.isEmpty ? denial.text : topicWords.joined(separator: " "),
                                       textA: claims[a].text, textB: denial.text))
            }
        }
        rows.sort { ($0.b, $0.a) < ($1.b, $1.a) }
        for i in rows.indices { rows[i].id = i + 1 }
        return rows
    }

    private struct WordInBucket: Hashable {
        var word: String
        var bucket: Int
    }

    /// Different actors, and not one the voice of the other's country.
    private static func opposed(_ a: ClaimRow, _ b: ClaimRow) -> Bool {
        guard a.actor != b.actor else { return false }
        let countryA = a.actorKind == .country ? a.actor : a.country
        let countryB = b.actorKind == .country ? b.actor : b.country
        return countryA.isEmpty || countryB.isEmpty || countryA != countryB
    }

    /// Lowercased words of four letters or more, without stopwords; a plural's "s" dropped (drones ~ drone).
    /// Bytes, not Characters: this runs over every claim at load.
    private static func contentWords(_ text: String, within vocabulary: Set<String>? = nil) -> Set<String> {
        var set = Set<String>()
        var word: [UInt8] = []
        func flush() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.count >= 4 else { return }
            if word.last == 115, word[word.count - 2] != 115 { word.removeLast() }
            let w = String(decoding: word, as: UTF8.self)
            if !stopwords.contains(w) && vocabulary?.contains(w) ?? true { set.insert(w) }
        }
        for b in text.utf8 {
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128 { word.append(b) }
            else if b >= 65 && b <= 90 { word.append(b + 32) }
            else { flush() }
        }
        flush()
        return set
    }
}
