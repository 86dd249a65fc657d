/// An actor a pronoun or a description may stand for: its latest mention in the article
/// (or the rules' own answer, when that is no mention), with what the ranker reads of it.
struct ActorCandidate: Sendable {
    var mention: Mention
    /// The rules' answer: the one kept unless the ranker scores another higher.
    var isRules: Bool
    var features: [UInt64] = []
    var score: Float = 0
}

/// The learned choice among candidates for "he", "she", "it", "they" and "the …"
/// (`Resources/actors.model`, trained by `newsq-train actors` on the canonical-actor gold):
/// general features of each candidate (who spoke last, how recently and how often it was
/// named, gender and kind agreement, role words, subject position), the rules' answer
/// among them. The rules stay the default; the model changes an answer only where it
/// scores another candidate higher.
enum ActorRanking {
    static let shared = ModelResources.model("actors", classes: 1)

    /// How much higher than the rules' answer another must score to be taken: chosen, with the
    /// passes of training and the features, by cross-validation over the gold's articles
    /// (`newsq-train actors --folds 5`). With the rules as they now stand the model gets 139 of
    /// 149 choices right out of sample and the rules 140, so no model ships.
    static let margin: Float = 2

    /// Candidates looked at: the most recently mentioned distinct actors.
    static let maxCandidates = 12

    /// What kind of phrase is being resolved: what its gender agreement is read against.
    enum PhraseClass {
        case he, she, it, they, description

        /// He, she, it, they; no other pronoun is resolved against earlier mentions.
        init?(pronoun: String) {
            switch pronoun {
            case "he": self = .he
            case "she": self = .she
            case "it": self = .it
            case "they": self = .they
            default: return nil
            }
        }
    }

    /// What the phrase says of who it means, beyond its class.
    struct Phrase {
        var kind: PhraseClass
        /// A description's head noun and its own words ("the Lions coach": coach; lions, coach).
        var head = ""
        var described: Set<String> = []
        var position: Int
        var paragraph: Int
    }

    /// What is known of one actor's mentions before the phrase.
    struct History {
        var latest: Mention
        var count = 1
        var earliest: Int
        /// Order among the distinct actors by latest mention (0: the nearest).
        var recency: Int
        /// Order among the distinct actors that have spoken (nil: has not spoken, as far as looked).
        var speakerRank: Int?
        var kindRank = 0
        /// The words around every mention of it, and the words of its speaker phrases.
        var context: Set<String> = []
    }

    private enum Feature: UInt64 {
        case bias = 1, rules, kind, gender, speakerRank, recency, kindRank, paragraphs, tokens, count, firstNamed
        case subject, reported, roleMatch, describedMatch, headInName, unseen, none, speakerGender, recencyKind
        case headInContext, describedInContext
    }

    /// The features of one candidate, each read alone: read with the phrase's class as well,
    /// they fitted the training articles and chose worse on the others (cross-validated).
    static func features(_ h: History?, rules: Bool, actor: Mention, phrase: Phrase, firstNamed: Bool) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(24)
        func add(_ f: Feature, _ value: UInt64) { out.append(FeatureHash.mix(f.rawValue, value)) }
        let kind = UInt64(ActorKind.allCases.firstIndex(of: actor.kind) ?? 0)
        add(.bias, 0)
        add(.rules, rules ? 1 : 0)
        add(.kind, kind)
        let gender: UInt64
        switch (phrase.kind, actor.pronoun) {
        case (_, nil): gender = 0
        case (.he, .he?), (.she, .she?): gender = 1
        case (.he, .she?), (.she, .he?): gender = 2
        default: gender = 3
        }
        add(.gender, gender)
        guard let h else {
            add(actor.actor.isEmpty ? .none : .unseen, 1)
            return out
        }
        let speaker = UInt64(min(h.speakerRank ?? 4, 4))
        add(.speakerRank, speaker)
        add(.speakerGender, speaker * 4 + gender)
        add(.recency, UInt64(min(h.recency, 5)))
        add(.recencyKind, UInt64(min(h.recency, 5)) * 8 + kind)
        add(.kindRank, UInt64(min(h.kindRank, 3)))
        add(.paragraphs, UInt64(min(max(phrase.paragraph - h.latest.paragraph, 0), 4)))
        let distance = phrase.position - h.latest.position
        add(.tokens, distance < 10 ? 0 : distance < 30 ? 1 : distance < 80 ? 2 : distance < 200 ? 3 : 4)
        add(.count, UInt64(h.count < 3 ? h.count : h.count < 5 ? 3 : 4))
        add(.firstNamed, firstNamed ? 1 : 0)
        add(.subject, h.latest.isSubject ? 1 : 0)
        add(.reported, h.latest.reported ? 1 : 0)
        if !phrase.head.isEmpty {
            add(.roleMatch, h.latest.role == phrase.head ? 1 : 0)
            add(.describedMatch, phrase.described.count > 1 && phrase.described.allSatisfy(h.latest.words.contains) ? 1 : 0)
            add(.headInName, h.latest.words.contains(phrase.head) || h.latest.actor.lowercased().contains(phrase.head) ? 1 : 0)
            add(.headInContext, h.context.contains(phrase.head) ? 1 : 0)
            let modifiers = phrase.described.subtracting([phrase.head]).filter { !SpeakerPhrase.determiners.contains($0) }
            add(.describedInContext, modifiers.isEmpty ? 2 : modifiers.isSubset(of: h.context) ? 1 : 0)
        }
        return out
    }

    /// Scores the candidates with `model` and returns the index of the one to take.
    static func choose(_ candidates: inout [ActorCandidate], model: LinearModel) -> Int? {
        guard !model.isEmpty, let rules = candidates.firstIndex(where: \.isRules) else { return nil }
        let scores = self.scores(candidates.map(\.features), model: model)
        for i in candidates.indices { candidates[i].score = scores[i] }
        return pick(scores, rules: rules)
    }

    static func scores(_ features: [[UInt64]], model: LinearModel) -> [Float] {
        var score: [Float] = [0]
        return features.map { model.scores($0, into: &score); return score[0] }
    }

    /// The best-scoring candidate if it beats the rules' answer by `margin`, else the rules' answer.
    static func pick(_ scores: [Float], rules: Int, margin: Float = margin) -> Int {
        var best = rules
        for i in scores.indices where scores[i] > scores[best] { best = i }
        return scores[best] > scores[rules] + margin ? best : rules
    }

    /// The candidates and their scores, for `.show claim`: the best few.
    static func summary(_ candidates: [ActorCandidate]) -> String {
        let shown = candidates.sorted { $0.score > $1.score }.prefix(4).map { c in
            (c.mention.actor.isEmpty ? "nobody" : c.mention.actor) + " " + String(Double((c.score * 10).rounded()) / 10)
        }
        return "ranked: " + shown.joined(separator: ", ")
    }
}
