import Foundation

/// Trains the actor ranker (`newsq-train actors`) on canonical-actor gold: each article is
/// extracted with the rules alone, its claims matched to the gold's by content (as
/// `score_claims.py` matches them: words in common cover half of each side), and for each
/// matched claim whose speaker is a pronoun or a description, the candidates that are the
/// gold actor are learned as the answer.
public enum ActorTraining {
    /// One gold claim: its article (a path under the corpus folder), its content, and the
    /// actor names the gold accepts.
    public struct GoldClaim: Sendable {
        public var article: String
        public var text: String
        public var actors: Set<String>

        public init(article: String, text: String, actor: String, alternatives: [String]) {
            self.article = article
            self.text = text
            actors = Set(([actor] + alternatives).map(ActorTraining.normalized))
        }
    }

    /// One choice to learn: the candidates' features, and which of them the gold names.
    struct Example {
        var article: String
        var candidates: [[UInt64]]
        var rules: Int
        var right: Set<Int>
    }

    static func normalized(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The choices of every gold article the corpus holds.
    static func examples(_ gold: [GoldClaim], corpus: String) -> [Example] {
        var byArticle: [String: [GoldClaim]] = [:]
        for g in gold { byArticle[g.article, default: []].append(g) }
        var examples: [Example] = []
        for article in byArticle.keys.sorted() {
            let path = corpus + "/" + article
            guard let data = FileManager.default.contents(atPath: path),
                let parsed = ArticleReader.parse(path: path, bytes: [UInt8](data)).articles.first
            else { continue }
            var extracted: [(text: String, candidates: [ActorCandidate])] = []
            _ = Extractor.claims(in: parsed, ranker: LinearModel(classes: 1)) { extracted.append(($0.text, $1)) }
            let golds = byArticle[article]!
            for (g, s) in matches(golds.map(\.text), extracted.map(\.text)) {
                let candidates = extracted[s].candidates
                guard candidates.count > 1, let rules = candidates.firstIndex(where: \.isRules) else { continue }
                let right = Set(candidates.indices.filter { golds[g].actors.contains(normalized(candidates[$0].mention.actor)) })
                examples.append(Example(article: article, candidates: candidates.map(\.features), rules: rules, right: right))
            }
        }
        return examples
    }

    /// Gold and system claims paired one to one, best overlap first, where the words they
    /// share cover at least half of each.
    static func matches(_ gold: [String], _ system: [String]) -> [(Int, Int)] {
        func words(_ s: String) -> [String: Int] {
            var counts: [String: Int] = [:]
            for w in s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { counts[String(w), default: 0] += 1 }
            return counts
        }
        let g = gold.map(words), s = system.map(words)
        var pairs: [(overlap: Int, g: Int, s: Int)] = []
        for i in g.indices {
            let gTotal = g[i].values.reduce(0, +)
            for j in s.indices {
                let shared = g[i].reduce(0) { $0 + min($1.value, s[j][$1.key] ?? 0) }
                let sTotal = s[j].values.reduce(0, +)
                if shared > 0, 2 * shared >= gTotal, 2 * shared >= sTotal { pairs.append((shared, i, j)) }
            }
        }
        pairs.sort { ($0.overlap, -$0.g, -$0.s) > ($1.overlap, -$1.g, -$1.s) }
        var usedG = Set<Int>(), usedS = Set<Int>(), out: [(Int, Int)] = []
        for p in pairs where !usedG.contains(p.g) && !usedS.contains(p.s) {
            usedG.insert(p.g)
            usedS.insert(p.s)
            out.append((p.g, p.s))
        }
        return out
    }

    /// Trains the ranker (deterministic: a fixed seed) and returns the model file's bytes, with
    /// a line on how many choices the rules and the model get right on the training claims.
    public static func train(_ gold: [GoldClaim], corpus: String, epochs: Int, minimumSeen: Int) -> (model: Data, report: String) {
        let examples = examples(gold, corpus: corpus).filter { !$0.right.isEmpty }
        let model = learn(examples, epochs: epochs, minimumSeen: minimumSeen)
        let report = "\(examples.count) choices with a right candidate: the rules get \(right(examples, nil)), "
            + "the model \(right(examples, model)) (on its own training claims)"
        return (model.data(), report)
    }

    /// How many of the choices `model` (nil: the rules) gets right.
    static func right(_ examples: [Example], _ model: LinearModel?) -> Int {
        guard let model else { return examples.filter { $0.right.contains($0.rules) }.count }
        return examples.filter { $0.right.contains(ActorRanking.pick(ActorRanking.scores($0.candidates, model: model), rules: $0.rules)) }.count
    }

    /// Choices right out of sample: the articles cut into `folds` (sorted, article k in fold k
    /// mod folds), each fold's choices made by a model fitted on the others'.
    public static func crossValidate(_ gold: [GoldClaim], corpus: String, folds: Int, epochs: Int, minimumSeen: Int) -> (rules: Int, model: Int, choices: Int) {
        let examples = examples(gold, corpus: corpus).filter { !$0.right.isEmpty }
        let articles = Array(Set(examples.map(\.article))).sorted()
        let fold = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1, $0 % folds) })
        var byModel = 0
        for k in 0..<folds {
            let model = learn(examples.filter { fold[$0.article] != k }, epochs: epochs, minimumSeen: minimumSeen)
            byModel += right(examples.filter { fold[$0.article] == k }, model)
        }
        return (right(examples, nil), byModel, examples.count)
    }

    static func learn(_ examples: [Example], epochs: Int, minimumSeen: Int) -> LinearModel {
        var learner = Perceptron(classes: 1)
        var generator = SeededGenerator(seed: 20261205)
        var order = Array(examples.indices)
        var buffer: [Float] = [0]
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &generator)
            learner.counting = epoch == 1
            for e in order {
                let example = examples[e]
                for f in example.candidates { learner.observe(f) }
                let scores = example.candidates.map { learner.scores($0, into: &buffer); return buffer[0] }
                let guess = ActorRanking.pick(scores, rules: example.rules)
                if !example.right.contains(guess) {
                    // The right candidate the model scores highest (the first on a tie).
                    let truth = example.right.max { a, b in (scores[a], -a) < (scores[b], -b) }!
                    learner.update(example.candidates[truth], class: 0, by: 1)
                    learner.update(example.candidates[guess], class: 0, by: -1)
                }
                learner.tick()
            }
        }
        return learner.finish(minimumSeen: minimumSeen)
    }
}
