/// Finds the named entities of an article with the trained entity model: people,
/// organisations, places and nationalities, with their boundaries. Only capitalised
/// words (and the small words that join them: "Department *for* International
/// Development") are tagged, which is where names are and keeps the cost low; then one
/// string keeps one type within the article.
struct EntityTagger {
    let text: TokenText
    let model: LinearModel

    /// The entity model: an averaged perceptron over `EntityFeatures`, trained by
    /// `newsq-train ner` on a teacher's labels (see `scripts/train-ner`).
    static let shared = ModelResources.model("entities", classes: EntityTag.count)

    init(text: TokenText, model: LinearModel = shared) {
        self.text = text
        self.model = model
    }

    /// Whether token `i` is one the model tags (every other token is outside any entity).
    func isCandidate(_ i: Int) -> Bool {
        let tokens = text.tokens
        // Fields read in place: copying a token retains its string.
        guard tokens[i].kind == .word else { return false }
        if tokens[i].isCapitalized {
            let joined = i > 0 && tokens[i - 1].isCapitalized || i + 1 < tokens.count && tokens[i + 1].isCapitalized
            return joined || !Self.loneNonNames.contains(tokens[i])
        }
        // Neighbours first: they are cheap to test and rule out most words.
        guard i > 0, i + 1 < tokens.count, tokens[i - 1].isCapitalized, tokens[i - 1].kind == .word,
            tokens[i + 1].isCapitalized, tokens[i + 1].kind == .word
        else { return false }
        return Self.joiners.contains(tokens[i])
    }

    /// A tag for every token.
    func tags() -> [EntityTag] {
        var tags = [EntityTag](repeating: .outside, count: text.tokens.count)
        guard !model.isEmpty else { return tags }
        let candidates = text.tokens.indices.filter(isCandidate)
        let features = EntityFeatures(text: text, candidates: candidates)
        var buffer: [UInt64] = [], next: [UInt64] = []
        var scores = [Float](repeating: 0, count: EntityTag.count)
        if let first = candidates.first { features.fixedFeatures(first, into: &next) }
        for (n, i) in candidates.enumerated() {
            swap(&buffer, &next)
            // The next candidate's weights are asked for while this one is scored (a weight
            // sum is the same in any order).
            if n + 1 < candidates.count {
                features.fixedFeatures(candidates[n + 1], into: &next)
                model.prefetch(next)
            }
            let previous = i > 0 ? tags[i - 1] : .outside
            let beforePrevious = i > 1 ? tags[i - 2] : .outside
            features.addTagFeatures(i, previous: previous, beforePrevious: beforePrevious, to: &buffer)
            model.scores(buffer, into: &scores)
            tags[i] = EntityTag.best(scores, after: previous)
        }
        return Self.consistent(tags, text)
    }

    /// The entities as token ranges with their types.
    static func entities(_ tags: [EntityTag]) -> [(tokens: Range<Int>, type: EntityType)] {
        var out: [(Range<Int>, EntityType)] = []
        var i = 0
        while i < tags.count {
            guard let type = tags[i].type else { i += 1; continue }
            var j = i + 1
            while j < tags.count, !tags[j].begins, tags[j].type == type { j += 1 }
            out.append((i..<j, type))
            i = j
        }
        return out
    }

    /// One string, one type within an article: each entity takes the type its text has
    /// most often in the article (the first seen on a tie).
    static func consistent(_ tags: [EntityTag], _ text: TokenText) -> [EntityTag] {
        let found = entities(tags)
        // Each entity's text as a hash of its lowercased words: no strings built.
        let keys = found.map { entity in
            entity.tokens.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { h, i in (h ^ FeatureHash.hash(text.tokens[i].lower.utf8)) &* 0x100_0000_01b3 }
        }
        // Votes per type packed 16 bits each into one number: no array per entity.
        var votes: [UInt64: UInt64] = [:]
        votes.reserveCapacity(found.count)
        for (n, entity) in found.enumerated() {
            let lane = 16 * UInt64(entity.type.rawValue)
            // A count stops at 65,535 rather than carry into the next type's.
            if (votes[keys[n]] ?? 0) >> lane & 0xFFFF < 0xFFFF { votes[keys[n], default: 0] += 1 << lane }
        }
        var out = tags
        for (n, entity) in found.enumerated() {
            guard let ballot = votes[keys[n]] else { continue }
            // The most votes wins; on a tie, the type listed first. One type only: nothing to do.
            var winner = EntityType.person, top = 0, types = 0
            for type in EntityType.allCases {
                let count = Int((ballot >> (16 * UInt64(type.rawValue))) & 0xFFFF)
                if count > 0 { types += 1 }
                if count > top { top = count; winner = type }
            }
            guard types > 1 else { continue }
            for i in entity.tokens { out[i] = EntityTag(winner, begins: i == entity.tokens.lowerBound) }
        }
        return out
    }
}
