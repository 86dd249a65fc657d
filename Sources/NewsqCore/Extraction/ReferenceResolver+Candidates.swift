extension ReferenceResolver {
    /// The distinct actors mentioned or speaking before the phrase, nearest first (at most
    /// `ActorRanking.maxCandidates`), with the rules' answer among them, each with its features.
    func candidates(_ phrase: ActorRanking.Phrase, rules: ResolvedSpeaker, fits: (Mention) -> Bool) -> [ActorCandidate] {
        var histories: [String: ActorRanking.History] = [:]
        var order: [String] = []
        var speakersSeen = 0
        var kindsSeen: [ActorKind: Int] = [:]
        // Speakers and names before the phrase, walked back together by position.
        var s = speakers.count - 1, n = names.partitioningIndex { $0.position >= phrase.position } - 1
        while s >= 0 && speakers[s].position >= phrase.position { s -= 1 }
        let floorS = max(0, speakers.count - Self.lookBack), floorN = max(0, n - Self.lookBack)
        while s >= floorS || n >= floorN {
            let fromSpeakers = s >= floorS && (n < floorN || speakers[s].position >= names[n].position)
            let m = fromSpeakers ? speakers[s] : names[n]
            if fromSpeakers { s -= 1 } else { n -= 1 }
            guard !m.actor.isEmpty, m.kind != .unknown else { continue }
            if var h = histories[m.actor] {
                h.count += 1
                h.context.formUnion(m.context)
                h.context.formUnion(m.words)
                h.earliest = m.position
                if fromSpeakers, !m.reported, h.speakerRank == nil { h.speakerRank = speakersSeen; speakersSeen += 1 }
                histories[m.actor] = h
            } else if order.count < ActorRanking.maxCandidates {
                var h = ActorRanking.History(latest: m, earliest: m.position, recency: order.count)
                h.context = Set(m.context).union(m.words)
                h.kindRank = kindsSeen[m.kind, default: 0]
                kindsSeen[m.kind, default: 0] += 1
                if fromSpeakers, !m.reported { h.speakerRank = speakersSeen; speakersSeen += 1 }
                histories[m.actor] = h
                order.append(m.actor)
            }
        }
        let earliest = order.min { histories[$0]!.earliest < histories[$1]!.earliest }
        var out: [ActorCandidate] = order.compactMap { actor in
            let h = histories[actor]!
            guard fits(h.latest) || actor == rules.actor else { return nil }
            return ActorCandidate(
                mention: h.latest, isRules: actor == rules.actor,
                features: ActorRanking.features(h, rules: actor == rules.actor, actor: h.latest, phrase: phrase, firstNamed: actor == earliest))
        }
        if !out.contains(where: \.isRules) {
            // The rules' answer is no earlier mention: an institution, the phrase as written, nobody.
            let own = Mention(
                position: phrase.position, paragraph: phrase.paragraph, actor: rules.actor, kind: rules.kind,
                role: rules.role, org: rules.org, country: rules.country)
            out.append(ActorCandidate(mention: own, isRules: true, features: ActorRanking.features(nil, rules: true, actor: own, phrase: phrase, firstNamed: false)))
        }
        return out
    }
}
