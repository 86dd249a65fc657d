/// Where a cue's source and content are: each token of the sentences around the cue is
/// tagged outside, source (begin, inside) or content (begin, inside), the tags read
/// together (Viterbi) over features of the token and of how it stands to the cue: which
/// side, how far, across which commas, quotation marks and sentence ends, and whether the
/// rules took it for this cue's content or speaker.
struct SpanTagger {
    let model: LinearModel

    /// Shipped in `Resources/spans.model`, trained by `newsq-train claims`.
    static let shared = ModelResources.model("spans", classes: Label.count)

    enum Label: UInt8, CaseIterable {
        case outside = 0, sourceBegins, sourceContinues, contentBegins, contentContinues
        static let count = 5

        /// A tag that continues a span may only follow its own span's tags.
        func mayFollow(_ previous: Label) -> Bool {
            switch self {
            case .sourceContinues: return previous == .sourceBegins || previous == .sourceContinues
            case .contentContinues: return previous == .contentBegins || previous == .contentContinues
            default: return true
            }
        }

        var isSource: Bool { self == .sourceBegins || self == .sourceContinues }
        var isContent: Bool { self == .contentBegins || self == .contentContinues }
    }

    /// The tokens a cue's source and content are looked for in: its sentence and the one
    /// either side within its paragraph, at most `reach` tokens from the cue.
    static func window(_ a: Int, in c: AttributionContext) -> Range<Int> {
        let sentences = c.analysis.sentences
        let s = Int(c.sentenceOf[a])
        var lo = sentences[s].tokens.lowerBound, hi = sentences[s].tokens.upperBound
        if s > 0, sentences[s - 1].paragraph == sentences[s].paragraph { lo = sentences[s - 1].tokens.lowerBound }
        if s + 1 < sentences.count, sentences[s + 1].paragraph == sentences[s].paragraph { hi = sentences[s + 1].tokens.upperBound }
        return max(lo, a - reach)..<min(hi, a + reach + 1)
    }

    static let reach = 80

    private enum Kind: UInt64 {
        case bias = 101, relative, side, word, suffix, shape, wordSide, markRelative, quoted, quotedSide, cueQuoted
        case sentenceDelta, cueWordSide, cueWordRelative, afterCueSide, commasSide, quotesSide, endsSide, cuesSide
        case entity, capitalized, ruleContent, ruleSpeaker, ruleNone, otherRuleContent, otherRuleSpeaker
        case before, after, pairBefore, sentenceStart, sentenceEnd, transition, ruleContentSide, cueLexiconSide
        case transitionWord, transitionMark, boundarySide, beforeSide, relativeQuoted, wordRelative
    }

    /// Words that open a clause or a phrase a content usually stops before (or a source's head ends at).
    static let boundaries: WordSet = [
        "who", "which", "whose", "whom", "after", "before", "because", "while", "when", "as", "since", "if", "although",
        "though", "but", "and", "or", "despite", "during", "until", "unless", "whereas", "where", "amid", "following",
        "in", "on", "at", "for", "with", "by", "from", "to", "that", "than", "about", "over", "of",
    ]

    /// What each token of a window needs that depends on the cue: counts of marks between it
    /// and the cue, and the rules' reading of this cue.
    struct Frame {
        let window: Range<Int>
        let anchor: Int
        /// Prefix counts over the window: commas, quotation marks, sentence ends, other cues.
        var commas: [Int32], quotes: [Int32], ends: [Int32], cues: [Int32]
        /// Per window token: 1 the rules' content of this cue, 2 its speaker.
        var rule: [UInt8]
        let hasRule: Bool

        init(anchor a: Int, in c: AttributionContext) {
            window = SpanTagger.window(a, in: c)
            anchor = a
            let tokens = c.tokens
            let n = window.count
            commas = [Int32](repeating: 0, count: n + 1)
            quotes = commas
            ends = commas
            cues = commas
            for (k, i) in window.enumerated() {
                let t = tokens[i]
                commas[k + 1] = commas[k] + (t.kind == .punct && (t.lower == "," || t.lower == ";" || t.lower == "-") ? 1 : 0)
                quotes[k + 1] = quotes[k] + (t.kind == .quote ? 1 : 0)
                ends[k + 1] = ends[k] + (i > window.lowerBound && c.sentenceOf[i] != c.sentenceOf[i - 1] ? 1 : 0)
                cues[k + 1] = cues[k] + (i != a && c.ruleMarks[i] & AttributionContext.RuleMark.cue != 0 ? 1 : 0)
            }
            rule = [UInt8](repeating: 0, count: n)
            let d = Int(c.ruleDraft[a])
            hasRule = d >= 0
            if d >= 0 {
                let draft = c.analysis.drafts[d]
                for range in draft.content { for i in range where window.contains(i) { rule[i - window.lowerBound] |= 1 } }
                if let speaker = draft.speakerTokens { for i in speaker where window.contains(i) { rule[i - window.lowerBound] |= 2 } }
            }
        }

        /// How many of `counts` lie strictly between window positions `k` and the anchor.
        func between(_ counts: [Int32], _ k: Int) -> UInt64 {
            let a = anchor - window.lowerBound
            let (lo, hi) = k < a ? (k + 1, a) : (a + 1, k)
            return hi > lo ? UInt64(min(3, counts[hi] - counts[lo])) : 0
        }
    }

    /// A signed distance cut into buckets: exact near the cue, wider further away.
    static func bucket(_ d: Int) -> UInt64 {
        let m = abs(d)
        let b: Int
        switch m {
        case 0...4: b = m
        case 5...7: b = 5
        case 8...12: b = 6
        case 13...20: b = 7
        case 21...35: b = 8
        default: b = 9
        }
        return UInt64(d < 0 ? 20 + b : b)
    }

    /// The features of window token `i` for the cue of `frame` (what the tags do not change).
    static func features(_ i: Int, _ frame: Frame, in c: AttributionContext, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let tokens = c.tokens
        let a = frame.anchor
        let k = i - frame.window.lowerBound
        let t = tokens[i]
        let side: UInt64 = i < a ? 0 : i == a ? 1 : 2
        let relative = bucket(i - a)
        let w = c.word[i]
        func add(_ kind: Kind, _ x: UInt64) { out.append(FeatureHash.mix(kind.rawValue, x)) }
        func add(_ kind: Kind, _ x: UInt64, _ y: UInt64) { out.append(FeatureHash.mix(kind.rawValue, x, y)) }
        func add(_ kind: Kind, _ x: UInt64, _ y: UInt64, _ z: UInt64) { out.append(FeatureHash.mix(kind.rawValue, x, y, z)) }
        add(.bias, 0)
        add(.relative, relative)
        add(.side, side)
        add(.word, w)
        add(.suffix, c.suffix[i])
        add(.shape, c.shape[i])
        add(.wordSide, w, side)
        add(.markRelative, CueModel.mark(i, tokens), relative)
        add(.quoted, t.quoted ? 1 : 0)
        add(.quotedSide, t.quoted ? 1 : 0, side)
        add(.cueQuoted, tokens[a].quoted ? 1 : 0, side)
        add(.sentenceDelta, UInt64(bitPattern: Int64(max(-2, min(2, Int(c.sentenceOf[i]) - Int(c.sentenceOf[a]))))))
        add(.cueWordSide, c.word[a], side)
        add(.cueWordRelative, c.word[a], relative)
        if let cue = ReportingLexicon.forms[tokens[a]] {
            add(.cueLexiconSide, FeatureHash.hash(cue.lemma.utf8), side)
        }
        add(.afterCueSide, c.wordAt(a + 1), side)
        add(.commasSide, frame.between(frame.commas, k), side)
        add(.quotesSide, frame.between(frame.quotes, k), side)
        add(.endsSide, frame.between(frame.ends, k), side)
        add(.cuesSide, frame.between(frame.cues, k), side)
        if i < c.analysis.text.entities.count { add(.entity, UInt64(c.analysis.text.entities[i].raw)) }
        add(.capitalized, t.isCapitalized ? 1 : 0)
        let rule = frame.rule[k]
        if frame.hasRule {
            add(.ruleContent, rule & 1 != 0 ? 1 : 0)
            add(.ruleContentSide, rule & 1 != 0 ? 1 : 0, side)
            add(.ruleSpeaker, rule & 2 != 0 ? 1 : 0)
        } else {
            add(.ruleNone, side)
        }
        let marks = c.ruleMarks[i]
        add(.otherRuleContent, marks & AttributionContext.RuleMark.content != 0 && rule & 1 == 0 ? 1 : 0)
        add(.otherRuleSpeaker, marks & AttributionContext.RuleMark.speaker != 0 && rule & 2 == 0 ? 1 : 0)
        add(.before, c.wordAt(i - 1))
        add(.beforeSide, c.wordAt(i - 1), side)
        add(.after, c.wordAt(i + 1))
        add(.pairBefore, c.wordAt(i - 1), w)
        add(.wordRelative, w, relative)
        add(.relativeQuoted, relative, t.quoted ? 1 : 0)
        if t.kind == .word, Self.boundaries.contains(t) { add(.boundarySide, w, side, t.quoted ? 1 : 0) }
        let sentence = c.analysis.sentences[Int(c.sentenceOf[i])].tokens
        add(.sentenceStart, i == sentence.lowerBound ? 1 : 0, side)
        add(.sentenceEnd, i + 1 == sentence.upperBound ? 1 : 0, side)
    }

    /// The features that score a tag after `previous`: the pair alone, and with the word and
    /// mark at the token (where a content ends depends on what stands there).
    static func transition(_ previous: Label) -> [UInt64] { [FeatureHash.mix(Kind.transition.rawValue, UInt64(previous.rawValue))] }

    static func transition(_ previous: Label, at i: Int, in c: AttributionContext) -> [UInt64] {
        var out: [UInt64] = []
        transition(previous, word: c.word[i], mark: CueModel.mark(i, c.tokens), quoted: c.tokens[i].quoted, into: &out)
        return out
    }

    /// The same, from the token's word and mark, into a buffer (scoring makes no array a tag).
    static func transition(_ previous: Label, word: UInt64, mark: UInt64, quoted: Bool, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        out.append(FeatureHash.mix(Kind.transitionWord.rawValue, UInt64(previous.rawValue), word))
        out.append(FeatureHash.mix(Kind.transitionMark.rawValue, UInt64(previous.rawValue), mark, quoted ? 1 : 0))
    }

    /// The best tags for the window, given each token's score for each tag (`emissions[k * count + tag]`)
    /// and at each token the score of each tag after each other (`transitions[(k * count + previous) * count + tag]`).
    static func viterbi(_ emissions: [Float], _ transitions: [Float], length n: Int) -> [Label] {
        let count = Label.count
        guard n > 0 else { return [] }
        var best = [Float](repeating: -.infinity, count: n * count)
        var back = [UInt8](repeating: 0, count: n * count)
        for l in Label.allCases where l.mayFollow(.outside) {
            best[Int(l.rawValue)] = emissions[Int(l.rawValue)] + transitions[Int(l.rawValue)]
        }
        for k in stride(from: 1, to: n, by: 1) {
            for l in Label.allCases {
                var top = -Float.infinity, from: UInt8 = 0
                for p in Label.allCases where l.mayFollow(p) {
                    let s = best[(k - 1) * count + Int(p.rawValue)] + transitions[(k * count + Int(p.rawValue)) * count + Int(l.rawValue)]
                    if s > top { top = s; from = p.rawValue }
                }
                best[k * count + Int(l.rawValue)] = top + emissions[k * count + Int(l.rawValue)]
                back[k * count + Int(l.rawValue)] = from
            }
        }
        var last = 0
        for l in 1..<count where best[(n - 1) * count + l] > best[(n - 1) * count + last] { last = l }
        var labels = [Label](repeating: .outside, count: n)
        var l = UInt8(last)
        for k in stride(from: n - 1, through: 0, by: -1) {
            labels[k] = Label(rawValue: l)!
            l = back[k * count + Int(l)]
        }
        return labels
    }

    /// The scores of a model (or a model in training) over a window: each token's for each tag
    /// (`emissions`) and each tag's after each other there (`transitions`), as `viterbi` reads them.
    /// `ahead` is handed each token's features while the token before is scored.
    static func scores(
        _ frame: Frame, in c: AttributionContext, buffer: inout [UInt64], ahead: ([UInt64]) -> Void = { _ in },
        _ score: ([UInt64], inout [Float]) -> Void
    ) -> (emissions: [Float], transitions: [Float]) {
        let count = Label.count
        var emissions = [Float](repeating: 0, count: frame.window.count * count)
        var transitions = [Float](repeating: 0, count: frame.window.count * count * count)
        var scores = [Float](repeating: 0, count: count)
        // The pair alone is the same at every token: scored once.
        var pairs = [Float](repeating: 0, count: count * count)
        for p in Label.allCases {
            score(transition(p), &scores)
            for l in 0..<count { pairs[Int(p.rawValue) * count + l] = scores[l] }
        }
        var step: [UInt64] = [], next: [UInt64] = []
        step.reserveCapacity(2)
        if let first = frame.window.first { features(first, frame, in: c, into: &next) }
        for (k, i) in frame.window.enumerated() {
            swap(&buffer, &next)
            if i + 1 < frame.window.upperBound {
                features(i + 1, frame, in: c, into: &next)
                ahead(next)
            }
            score(buffer, &scores)
            for l in 0..<count { emissions[k * count + l] = scores[l] }
            let word = c.word[i], mark = CueModel.mark(i, c.tokens), quoted = c.tokens[i].quoted
            for p in Label.allCases {
                transition(p, word: word, mark: mark, quoted: quoted, into: &step)
                score(step, &scores)
                for l in 0..<count { transitions[(k * count + Int(p.rawValue)) * count + l] = pairs[Int(p.rawValue) * count + l] + scores[l] }
            }
        }
        return (emissions, transitions)
    }

    /// The tags of the window around cue `a`.
    func tag(cue a: Int, in c: AttributionContext, buffer: inout [UInt64]) -> (window: Range<Int>, labels: [Label]) {
        let frame = Frame(anchor: a, in: c)
        let (emissions, transitions) = Self.scores(frame, in: c, buffer: &buffer, ahead: model.prefetch) { model.scores($0, into: &$1) }
        return (frame.window, Self.viterbi(emissions, transitions, length: frame.window.count))
    }
}
