import Foundation

/// Trains the entity model on a teacher's labels (`newsq-train ner`): articles as
/// newsq tokenizes them, each teacher entity laid over the tokens it covers, an averaged
/// perceptron run over the candidate tokens in the order tagging reads them.
public enum EntityTraining {
    /// One article and its teacher's entities, as UTF-8 byte ranges of the body and labels.
    public struct Document: Sendable {
        public var body: String
        public var entities: [(start: Int, end: Int, label: String)]

        public init(body: String, entities: [(start: Int, end: Int, label: String)]) {
            self.body = body
            self.entities = entities
        }
    }

    /// Agreement with the teacher on held-out articles, entity by entity (type and boundaries).
    public struct Agreement: CustomStringConvertible, Sendable {
        public var teacher = 0, student = 0, matched = 0
        public var byType: [String: (teacher: Int, student: Int, matched: Int)] = [:]

        static func f1(_ t: Int, _ s: Int, _ m: Int) -> (Double, Double, Double) {
            let p = s == 0 ? 0 : Double(m) / Double(s), r = t == 0 ? 0 : Double(m) / Double(t)
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
        }

        public var description: String {
            var lines: [String] = []
            let (p, r, f) = Self.f1(teacher, student, matched)
            lines.append(String(format: "all          P %.3f  R %.3f  F1 %.3f  (%d teacher entities)", p, r, f, teacher))
            for (type, c) in byType.sorted(by: { $0.key < $1.key }) {
                let (p, r, f) = Self.f1(c.teacher, c.student, c.matched)
                lines.append(String(format: "%-12@ P %.3f  R %.3f  F1 %.3f  (%d)", type as NSString, p, r, f, c.teacher))
            }
            return lines.joined(separator: "\n")
        }
    }

    struct Prepared {
        let text: TokenText
        let truth: [EntityTag]
        let candidates: [Int]
    }

    static func prepare(_ document: Document) -> Prepared {
        let bytes = Array(document.body.utf8)
        let tokenizer = Tokenizer(bytes)
        let text = TokenText(bytes: bytes, tokens: tokenizer.tokens)
        let tagger = EntityTagger(text: text, model: LinearModel(classes: EntityTag.count))
        var truth = [EntityTag](repeating: .outside, count: text.tokens.count)
        var k = 0
        for entity in document.entities.sorted(by: { $0.start < $1.start }) {
            guard let type = EntityType.fromTeacher(entity.label) else { continue }
            while k < text.tokens.count, text.tokens[k].end <= entity.start { k += 1 }
            var first = true
            var i = k
            while i < text.tokens.count, text.tokens[i].start < entity.end {
                if text.tokens[i].start >= entity.start, text.tokens[i].end <= entity.end, tagger.isCandidate(i) {
                    truth[i] = EntityTag(type, begins: first)
                    first = false
                }
                i += 1
            }
        }
        return Prepared(text: text, truth: truth, candidates: text.tokens.indices.filter(tagger.isCandidate))
    }

    /// Trains on `training` for `epochs` passes (in a seeded random order), and measures
    /// agreement with the teacher on `heldOut`.
    public static func train(
        _ training: [Document], heldOut: [Document], epochs: Int, minimumSeen: Int = 2,
        progress: (String) -> Void = { _ in }
    ) -> (model: Data, agreement: Agreement) {
        let documents = parallelMap(training) { prepare($0) }
        var trainer = Perceptron(classes: EntityTag.count)
        var order = Array(documents.indices)
        var generator = SeededGenerator(seed: 20261130)
        var buffer: [UInt64] = []
        var scores = [Float](repeating: 0, count: EntityTag.count)
        for epoch in 1...epochs {
            order.shuffle(using: &generator)
            trainer.counting = epoch == 1
            var wrong = 0, total = 0
            for d in order {
                let doc = documents[d]
                let features = EntityFeatures(text: doc.text, candidates: doc.candidates)
                var guessed = [EntityTag](repeating: .outside, count: doc.text.tokens.count)
                for i in doc.candidates {
                    let previous = i > 0 ? guessed[i - 1] : .outside
                    let beforePrevious = i > 1 ? guessed[i - 2] : .outside
                    features.features(i, previous: previous, beforePrevious: beforePrevious, into: &buffer)
                    trainer.scores(buffer, into: &scores)
                    let guess = EntityTag.best(scores, after: previous)
                    trainer.learn(buffer, truth: Int(doc.truth[i].raw), guess: Int(guess.raw))
                    guessed[i] = guess
                    total += 1
                    if guess != doc.truth[i] { wrong += 1 }
                }
            }
            progress(String(format: "epoch %d: %.2f%% of %d tokens wrong", epoch, 100 * Double(wrong) / Double(max(total, 1)), total))
        }
        let model = trainer.finish(minimumSeen: minimumSeen)
        return (model.data(), agreement(model, heldOut))
    }

    /// How the student's entities compare with the teacher's on `documents`.
    static func agreement(_ model: LinearModel, _ documents: [Document]) -> Agreement {
        var agreement = Agreement()
        for document in documents {
            let doc = prepare(document)
            let student = EntityTagger(text: doc.text, model: model).tags()
            let mine = EntityTagger.entities(student), theirs = EntityTagger.entities(doc.truth)
            let key = { (e: (tokens: Range<Int>, type: EntityType)) in "\(e.tokens.lowerBound)-\(e.tokens.upperBound)-\(e.type)" }
            let theirKeys = Set(theirs.map(key))
            for e in theirs { agreement.byType["\(e.type)", default: (0, 0, 0)].teacher += 1 }
            for e in mine {
                agreement.byType["\(e.type)", default: (0, 0, 0)].student += 1
                if theirKeys.contains(key(e)) { agreement.byType["\(e.type)", default: (0, 0, 0)].matched += 1; agreement.matched += 1 }
            }
            agreement.teacher += theirs.count
            agreement.student += mine.count
        }
        return agreement
    }
}
