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
        let denials = claims.indices.filter { claims[$0].stance == .deny && !claims[$0].actor.isEmpty }
        // Claims are compared within a day bucket (or their article, when undated) and the
        // buckets a few days either side, so far-apart claims are never looked at.
        var dayOf: [String: Int?] = [:]
        let days = claims.map { c in
            dayOf[c.date]
                ?? {
                    let d = DateText.dayNumber(c.date); dayOf[c.date] = d; return d
                }()
        }
        func bucket(_ i: Int, shift: Int = 0) -> Int { days[i].map { $0 + shift } ?? -claims[i].article }
        func shifts(_ i: Int) -> ClosedRange<Int> { days[i] == nil ? 0...0 : -maxDays...maxDays }
        let wanted = Set(denials.flatMap { d in shifts(d).map { bucket(d, shift: $0) } })
        let assertions = claims.indices.filter {
            claims[$0].stance == .assert && !claims[$0].actor.isEmpty && wanted.contains(bucket($0))
        }

        // Words of denials first, numbered; an assertion keeps only the words some denial uses.
        var words = [Set<String>](repeating: [], count: claims.count)
        for (d, set) in zip(denials, parallelMap(denials) { contentWords(claims[$0].text) }) { words[d] = set }
        let vocabulary = Array(denials.reduce(into: Set<String>()) { $0.formUnion(words[$1]) })
        let number = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, Int32($0)) })
        // Assertions by (word, bucket): one sorted array of keyed entries, searched by halving,
        // rather than a dictionary of a million small arrays.
        var byWord: [(key: UInt64, claim: Int)] = []
        var known = [[Int32]](repeating: [], count: claims.count)  // an assertion's words, by number
        for (a, ids) in zip(
            assertions,
            parallelMap(assertions, chunk: 256) { a in
                var ids: [Int32] = []
                forEachContentWord(claims[a].text, skippingStopwords: false) { if let id = number[$0], !ids.contains(id) { ids.append(id) } }
                return ids
            })
        {
            known[a] = ids
            for id in ids { byWord.append((Self.key(id, bucket(a)), a)) }
        }
        byWord.sort { $0.key != $1.key ? $0.key < $1.key : $0.claim < $1.claim }
        func assertionsSharing(_ key: UInt64) -> ArraySlice<(key: UInt64, claim: Int)> {
            byWord[byWord.partitioningIndex { $0.key >= key }..<byWord.partitioningIndex { $0.key > key }]
        }
        var rows: [DisputeRow] = []
        var seen = Set<[Int]>()
        for d in denials {
            let denial = claims[d]
            var shared: [Int: Int] = [:]
            for w in words[d] {
                for shift in shifts(d) {
                    let list = assertionsSharing(Self.key(number[w]!, bucket(d, shift: shift)))
                    guard list.count < 2000 else { continue }  // too common to tell a matter
                    for entry in list { shared[entry.claim, default: 0] += 1 }
                }
            }
            let textWords = denial.text.lowercased().split { !$0.isLetter }.map(String.init)
            if textWords.count <= 4, textWords.contains(where: { anaphoric.contains($0) }) {
                // "…, while the Romanians denied the claim": the claim just before, in the same article.
                if let a = (0..<d).reversed().prefix(6).first(where: {
                    claims[$0].article == denial.article && claims[$0].stance == .assert && opposed(claims[$0], denial)
                }) {
                    shared[a, default: 0] += 2
                }
            }
            let candidates = shared.filter { a, count in
                count >= 2 && opposed(claims[a], denial)
                    && (claims[a].article == denial.article || days[a].flatMap { x in days[d].map { abs(x - $0) <= maxDays } } == true)
            }.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            var actorsTaken = Set<String>()
            for (a, _) in candidates where actorsTaken.count < 3 && actorsTaken.insert(claims[a].actor).inserted {
                guard seen.insert([a, d]).inserted else { continue }
                let topicWords = known[a].map { vocabulary[Int($0)] }.filter { words[d].contains($0) }.sorted().prefix(5)
                rows.append(
                    DisputeRow(
                        id: 0, a: claims[a].id, b: denial.id, actorA: claims[a].actor, actorB: denial.actor,
                        date: max(claims[a].date, denial.date),
                        topic: topicWords.isEmpty ? denial.text : topicWords.joined(separator: " "),
                        textA: claims[a].text, textB: denial.text))
            }
        }
        rows.sort { ($0.b, $0.a) < ($1.b, $1.a) }
        for i in rows.indices { rows[i].id = i + 1 }
        return rows
    }

    /// A word's number and a bucket (a day, or minus an undated claim's article) as one sortable key.
    private static func key(_ word: Int32, _ bucket: Int) -> UInt64 {
        UInt64(UInt32(bitPattern: word)) << 32 | UInt64(UInt32(truncatingIfNeeded: bucket))
    }

    /// Different actors, and not one the voice of the other's country.
    private static func opposed(_ a: ClaimRow, _ b: ClaimRow) -> Bool {
        guard a.actor != b.actor else { return false }
        let countryA = a.actorKind == .country ? a.actor : a.country
        let countryB = b.actorKind == .country ? b.actor : b.country
        return countryA.isEmpty || countryB.isEmpty || countryA != countryB
    }

    /// Lowercased words of four letters or more, without stopwords; a plural's "s" dropped (drones ~ drone).
    private static func contentWords(_ text: String) -> Set<String> {
        var set = Set<String>()
        forEachContentWord(text) { set.insert($0) }
        return set
    }

    /// The same words one at a time, read as bytes, not Characters: this runs over every assertion at load.
    /// Stopwords need no check when only denials' words are looked up: they have none.
    private static func forEachContentWord(_ text: String, skippingStopwords: Bool = true, _ body: (String) -> Void) {
        var word: [UInt8] = []
        func flush() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.count >= 4 else { return }
            if word.last == 115, word[word.count - 2] != 115 { word.removeLast() }
            let w = String(decoding: word, as: UTF8.self)
            if !skippingStopwords || !stopwords.contains(w) { body(w) }
        }
        for b in text.utf8 {
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128 {
                word.append(b)
            } else if b >= 65 && b <= 90 {
                word.append(b + 32)
            } else {
                flush()
            }
        }
        flush()
    }
}
