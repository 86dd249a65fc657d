/// What the attribution model reads of an article, computed once: each token's hashed
/// forms and sentence, and what the rules' constructions found there (their cues, and the
/// tokens they took for content and for speaker). The rules are the model's features: it
/// learns where to trust them and where PolNeAR's annotators read otherwise.
struct AttributionContext {
    let analysis: ArticleAnalysis
    /// Per token: the hash of its lowercased form, of its last three letters, of its shape;
    /// made for the tokens `prepare` was asked for (all of them in training), as extraction
    /// reads only the neighbourhood of a few cues.
    private(set) var word: [UInt64]
    private(set) var suffix: [UInt64]
    private(set) var shape: [UInt64]
    private var prepared: [Bool]
    let sentenceOf: [Int32]
    /// Per token: the rules' claim whose cue it is, else -1.
    let ruleDraft: [Int32]
    /// Per token: `RuleMark` bits, over every claim the rules found.
    let ruleMarks: [UInt8]

    enum RuleMark {
        static let content: UInt8 = 1, speaker: UInt8 = 2, cue: UInt8 = 4
    }

    var tokens: [Token] { analysis.text.tokens }

    /// `everything`: the hashes of every token at once (training reads them all).
    init(_ analysis: ArticleAnalysis, everything: Bool = false) {
        self.analysis = analysis
        let tokens = analysis.text.tokens
        let n = tokens.count
        word = [UInt64](repeating: 0, count: n)
        suffix = word
        shape = word
        prepared = [Bool](repeating: false, count: n)
        sentenceOf = analysis.sentenceIndex()
        var ruleDraft = [Int32](repeating: -1, count: n)
        var marks = [UInt8](repeating: 0, count: n)
        for (d, draft) in analysis.drafts.enumerated() {
            if ruleDraft[draft.cueToken] < 0 { ruleDraft[draft.cueToken] = Int32(d) }
            marks[draft.cueToken] |= RuleMark.cue
            for range in draft.content { for i in range { marks[i] |= RuleMark.content } }
            if let speaker = draft.speakerTokens { for i in speaker { marks[i] |= RuleMark.speaker } }
        }
        self.ruleDraft = ruleDraft
        ruleMarks = marks
        if everything { prepare(0..<n) }
    }

    /// Makes the hashes of the tokens of `range` (clipped to the article).
    mutating func prepare(_ range: Range<Int>) {
        let tokens = analysis.text.tokens
        for i in max(0, range.lowerBound)..<min(tokens.count, range.upperBound) where !prepared[i] {
            word[i] = tokens[i].hash
            var lower = tokens[i].lower
            lower.withUTF8 { lower in
                suffix[i] = FeatureHash.hash(lower.suffix(3))
            }
            shape[i] = FeatureHash.shape(analysis.text.bytes[tokens[i].start..<tokens[i].end])
            prepared[i] = true
        }
    }

    /// The hash standing for a token outside the article.
    static let outside = FeatureHash.hash("<none>".utf8)

    func wordAt(_ i: Int) -> UInt64 { i >= 0 && i < word.count ? word[i] : Self.outside }
}
