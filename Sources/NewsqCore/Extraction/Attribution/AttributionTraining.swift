import Foundation

/// Trains the attribution model (`newsq-train claims`) on annotated attributions: each
/// gold source, cue and content laid over newsq's own tokens, the cue model learned on
/// every candidate word, the span tagger on the window of every gold cue.
public enum AttributionTraining {
    /// One annotated attribution, as character ranges (Unicode scalars) of its article's file.
    public struct Attribution: Sendable {
        public var source: [Range<Int>]
        public var cue: [Range<Int>]
        public var content: [Range<Int>]

        public init(source: [Range<Int>], cue: [Range<Int>], content: [Range<Int>]) {
            self.source = source
            self.cue = cue
            self.content = content
        }
    }

    /// An article file and its attributions.
    public struct Document: Sendable {
        public var path: String
        public var bytes: [UInt8]
        public var attributions: [Attribution]

        public init(path: String, bytes: [UInt8], attributions: [Attribution]) {
            self.path = path
            self.bytes = bytes
            self.attributions = attributions
        }
    }

    /// A gold attribution on tokens: its cue's anchor, and the tags of its window.
    struct GoldCue {
        var anchor: Int
        var labels: [SpanTagger.Label]
    }

    struct Prepared {
        let context: AttributionContext
        let cues: [GoldCue]
        /// Gold anchors, for the cue model's labels.
        let anchors: Set<Int>
        /// Tokens of each gold attribution's content and source, for measuring.
        let contents: [Set<Int>]
    }

    /// The article as newsq reads it, with each attribution's tokens.
    static func prepare(_ document: Document) -> Prepared? {
        guard let article = ArticleReader.parse(path: document.path, bytes: document.bytes).articles.first else { return nil }
        let body = Array(article.body.utf8)
        // The body is the file's text after its header: offsets in the file, less the header's bytes.
        guard body.count <= document.bytes.count, Array(document.bytes.suffix(body.count)) == body else { return nil }
        let bodyStart = document.bytes.count - body.count
        // Character (scalar) offsets of the file to byte offsets.
        var byteOf: [Int] = []
        let text = String(decoding: document.bytes, as: UTF8.self)
        var offset = 0
        for scalar in text.unicodeScalars {
            byteOf.append(offset)
            offset += UTF8.width(scalar)
        }
        byteOf.append(offset)
        func bytes(_ range: Range<Int>) -> Range<Int> {
            let lo = byteOf[min(range.lowerBound, byteOf.count - 1)] - bodyStart
            let hi = byteOf[min(range.upperBound, byteOf.count - 1)] - bodyStart
            return lo..<max(lo, hi)
        }
        let analysis = ArticleAnalysis(bytes: body, firstLine: article.firstLine)
        let context = AttributionContext(analysis, everything: true)
        let tokens = analysis.text.tokens
        // The tokens a byte range covers: those at least half inside it.
        func covered(_ ranges: [Range<Int>]) -> [Int] {
            var out: [Int] = []
            for range in ranges.map(bytes) {
                var lo = 0, hi = tokens.count
                while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].end <= range.lowerBound { lo = mid + 1 } else { hi = mid } }
                var i = lo
                while i < tokens.count, tokens[i].start < range.upperBound {
                    let inside = min(tokens[i].end, range.upperBound) - max(tokens[i].start, range.lowerBound)
                    if inside * 2 >= tokens[i].end - tokens[i].start { out.append(i) }
                    i += 1
                }
            }
            return out
        }
        var cues: [GoldCue] = []
        var anchors = Set<Int>()
        var contents: [Set<Int>] = []
        for attribution in document.attributions {
            let cueTokens = covered(attribution.cue)
            let anchor =
                cueTokens.first { CueModel.isCandidate(tokens[$0]) && !CueModel.functionWords.contains(tokens[$0]) }
                ?? cueTokens.first { CueModel.isCandidate(tokens[$0]) } ?? cueTokens.first
            guard let anchor,
                !anchors.contains(anchor)
            else { continue }
            let source = Set(covered(attribution.source)), content = Set(covered(attribution.content))
            guard !content.isEmpty else { continue }
            anchors.insert(anchor)
            contents.append(content)
            let window = SpanTagger.window(anchor, in: context)
            var labels: [SpanTagger.Label] = []
            for i in window {
                let previous = labels.last ?? .outside
                if content.contains(i) {
                    labels.append(previous.isContent && content.contains(i - 1) ? .contentContinues : .contentBegins)
                } else if source.contains(i) {
                    labels.append(previous.isSource && source.contains(i - 1) ? .sourceContinues : .sourceBegins)
                } else {
                    labels.append(.outside)
                }
            }
            cues.append(GoldCue(anchor: anchor, labels: labels))
        }
        return Prepared(context: context, cues: cues, anchors: anchors, contents: contents)
    }

    /// The two models, as their files' bytes.
    public struct Models: Sendable {
        public var cues: Data
        public var spans: Data
    }

    /// Trains both models for `epochs` passes over `training` (in a seeded order), keeping the
    /// features seen at least `minimumSeen` times.
    public static func train(_ training: [Document], epochs: Int, minimumSeen: Int, progress: (String) -> Void = { _ in }) -> Models {
        let documents = parallelMap(training) { prepare($0) }.compactMap { $0 }
        progress("\(documents.count) articles, \(documents.reduce(0) { $0 + $1.cues.count }) attributions on tokens")
        var cueLearner = Perceptron(classes: 2)
        var spanLearner = Perceptron(classes: SpanTagger.Label.count)
        var order = Array(documents.indices)
        var generator = SeededGenerator(seed: 20261204)
        var buffer: [UInt64] = []
        var scores: [Float] = [0, 0]
        for epoch in 1...epochs {
            order.shuffle(using: &generator)
            cueLearner.counting = epoch == 1
            spanLearner.counting = epoch == 1
            var cueWrong = 0, cueTotal = 0, spanWrong = 0, spanTotal = 0
            for d in order {
                let doc = documents[d]
                let c = doc.context
                for i in c.tokens.indices where CueModel.isCandidate(c.tokens[i]) {
                    CueModel.features(i, in: c, into: &buffer)
                    cueLearner.scores(buffer, into: &scores)
                    let truth = doc.anchors.contains(i) ? 1 : 0
                    let guess = scores[1] > scores[0] ? 1 : 0
                    cueLearner.learn(buffer, truth: truth, guess: guess)
                    cueTotal += 1
                    if truth != guess { cueWrong += 1 }
                }
                for gold in doc.cues {
                    let wrong = learnSpans(gold, in: c, &spanLearner, buffer: &buffer)
                    spanWrong += wrong
                    spanTotal += gold.labels.count
                }
            }
            progress(
                String(
                    format: "epoch %d: cues %.3f%% of %d wrong, span tags %.2f%% of %d wrong", epoch,
                    100 * Double(cueWrong) / Double(max(cueTotal, 1)), cueTotal, 100 * Double(spanWrong) / Double(max(spanTotal, 1)),
                    spanTotal))
        }
        return Models(cues: cueLearner.finish(minimumSeen: minimumSeen).data(), spans: spanLearner.finish(minimumSeen: minimumSeen).data())
    }

    /// One structured-perceptron step on a gold cue's window; how many tags were wrong.
    private static func learnSpans(_ gold: GoldCue, in c: AttributionContext, _ learner: inout Perceptron, buffer: inout [UInt64]) -> Int {
        let frame = SpanTagger.Frame(anchor: gold.anchor, in: c)
        let n = frame.window.count
        let (emissions, transitions) = SpanTagger.scores(frame, in: c, buffer: &buffer) { learner.scores($0, into: &$1) }
        let guess = SpanTagger.viterbi(emissions, transitions, length: n)
        var wrong = 0
        for (k, i) in frame.window.enumerated() {
            SpanTagger.features(i, frame, in: c, into: &buffer)
            learner.observe(buffer)
            let truth = gold.labels[k], guessed = guess[k]
            if truth != guessed {
                wrong += 1
                learner.update(buffer, class: Int(truth.rawValue), by: 1)
                learner.update(buffer, class: Int(guessed.rawValue), by: -1)
            }
            let truthBefore = k > 0 ? gold.labels[k - 1] : .outside, guessBefore = k > 0 ? guess[k - 1] : .outside
            if truthBefore != guessBefore || truth != guessed {
                learner.update(SpanTagger.transition(truthBefore) + SpanTagger.transition(truthBefore, at: i, in: c), class: Int(truth.rawValue), by: 1)
                learner.update(SpanTagger.transition(guessBefore) + SpanTagger.transition(guessBefore, at: i, in: c), class: Int(guessed.rawValue), by: -1)
            }
        }
        learner.tick()
        return wrong
    }

    /// How the models do on `documents`: cues found (precision, recall) at `threshold`, and
    /// for the gold cues, the share of attributions whose content the span tagger gets to
    /// half of both sides (what the scorer counts as found).
    public static func evaluate(_ models: Models, on documents: [Document], threshold: Float = 0, examples: Int = 0) -> String {
        guard let cueModel = LinearModel(data: models.cues), let spanModel = LinearModel(data: models.spans) else { return "unreadable models" }
        let prepared = parallelMap(documents) { prepare($0) }.compactMap { $0 }
        let cues = CueModel(model: cueModel), tagger = SpanTagger(model: spanModel)
        var found = 0, gold = 0, right = 0, contentOK = 0, ruleOK = 0, ruleHas = 0, modelOnRuleOK = 0
        var shown: [String] = []
        var buffer: [UInt64] = []
        func half(_ mine: Set<Int>, _ theirs: Set<Int>) -> Bool {
            let common = mine.intersection(theirs).count
            return !mine.isEmpty && common * 2 >= mine.count && common * 2 >= theirs.count
        }
        for doc in prepared {
            let c = doc.context
            gold += doc.anchors.count
            for i in c.tokens.indices where CueModel.isCandidate(c.tokens[i]) {
                let score = cues.score(i, in: c, buffer: &buffer)
                if score > threshold {
                    found += 1
                    if doc.anchors.contains(i) { right += 1 }
                }
                if shown.count < examples, (score > threshold) != doc.anchors.contains(i) {
                    let s = c.analysis.sentences[Int(c.sentenceOf[i])].tokens
                    let before = c.analysis.text.text(s.lowerBound..<i), after = c.analysis.text.text((i + 1)..<s.upperBound)
                    shown.append((doc.anchors.contains(i) ? "MISSED " : "EXTRA  ") + String(format: "%.1f ", score) + before.suffix(70) + " [" + c.tokens[i].lower + "] " + after.prefix(50))
                }
            }
            for (n, g) in doc.cues.enumerated() {
                let (window, labels) = tagger.tag(cue: g.anchor, in: c, buffer: &buffer)
                let mine = Set(zip(window, labels).filter { $0.1.isContent }.map(\.0))
                if half(mine, doc.contents[n]) { contentOK += 1 }
                let d = Int(c.ruleDraft[g.anchor])
                if d >= 0 {
                    ruleHas += 1
                    if half(Set(c.analysis.drafts[d].content.flatMap { $0 }), doc.contents[n]) { ruleOK += 1 }
                    if half(mine, doc.contents[n]) { modelOnRuleOK += 1 }
                }
            }
        }
        let p = Double(right) / Double(max(found, 1)), r = Double(right) / Double(max(gold, 1))
        return String(
            format: "cues: P %.3f R %.3f F1 %.3f (%d gold, %d found); content of gold cues within half: %.3f (of the %d the rules found: model %.3f, rules %.3f)",
            p, r, 2 * p * r / max(p + r, 1e-9), gold, found, Double(contentOK) / Double(max(gold, 1)), ruleHas,
            Double(modelOnRuleOK) / Double(max(ruleHas, 1)), Double(ruleOK) / Double(max(ruleHas, 1))) + shown.map { "\n  " + $0 }.joined()
    }
}
