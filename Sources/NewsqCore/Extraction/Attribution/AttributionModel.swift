import Foundation

/// The attribution model at work in an article: the cue model reads the candidate words the
/// rules passed over, and the span tagger finds the source and content of each cue it
/// accepts. The rules' claims stay: replacing or rejecting them measured worse on news of
/// every kind (the canonical-actor gold) than it gained on PolNeAR.
struct AttributionModel {
    let cues: CueModel
    let tagger: SpanTagger
    /// A word the rules did not take is a cue when the cue model scores it above this.
    let threshold: Float

    static let shared = AttributionModel(cues: CueModel(model: CueModel.shared), tagger: SpanTagger(model: SpanTagger.shared))

    /// 8 is where the claims the model adds stop costing precision on the canonical-actor
    /// gold (news of every kind), measured on actors-dev, actors-train and PolNeAR's dev split.
    init(cues: CueModel, tagger: SpanTagger, threshold: Float = 8) {
        self.cues = cues
        self.tagger = tagger
        self.threshold = threshold
    }

    var isEmpty: Bool { cues.model.isEmpty || tagger.model.isEmpty }

    /// The article's claims as drafts: every claim the rules found, then those the model
    /// finds where the rules found none. The model's own claims keep to what newsq calls a
    /// claim (PolNeAR also annotates beliefs and deeds): a cue of the reporting lexicon (or a
    /// colon) with the complement the lexicon asks of it, and a source the text names.
    func drafts(_ analysis: ArticleAnalysis) -> [ClaimDraft] {
        let tokens = analysis.text.tokens
        var drafts = analysis.drafts
        let taken = Set(drafts.map(\.cueToken))
        // The words the model may add a claim for: an unquoted cue of the lexicon the rules did
        // not take (their sentence loop lists them), with its complement when it needs one; a colon.
        var candidates: [(token: Int, cue: Cue?)] = []
        for (a, cue) in analysis.lexiconWords where !taken.contains(a) {
            guard !CueModel.leaders.contains(tokens[a]), !cue.needsComplement || Self.hasComplement(a, cue, tokens) else { continue }
            candidates.append((a, cue))
        }
        for a in tokens.indices where tokens[a].kind == .punct && !taken.contains(a) && tokens[a].lower == ":" { candidates.append((a, nil)) }
        candidates.sort { $0.token < $1.token }
        guard !candidates.isEmpty else { return drafts }
        var c = AttributionContext(analysis)
        var buffer: [UInt64] = []
        let phrases = PhraseFinder(text: analysis.text)
        for (a, lexicon) in candidates {
            c.prepare((a - 2)..<(a + 3))
            let score = cues.score(a, in: c, buffer: &buffer)
            guard score > threshold else { continue }
            let around = SpanTagger.window(a, in: c)
            c.prepare((around.lowerBound - 1)..<(around.upperBound + 1))  // the window and a word either side
            let (window, labels) = tagger.tag(cue: a, in: c, buffer: &buffer)
            let content = Self.runs(window, labels) { $0.isContent }
            guard !content.isEmpty,
                let source = Self.runs(window, labels, { $0.isSource }).min(by: { abs($0.lowerBound - a) < abs($1.lowerBound - a) })
            else { continue }
            drafts.append(
                ClaimDraft(
                    source: Self.source(source, cue: a, phrases: phrases), cue: lexicon?.lemma ?? "say",
                    stance: Self.stance(a, lexicon?.stance ?? .assert, tokens), content: content, sentence: Int(c.sentenceOf[a]),
                    cueToken: a, found: String(format: "by the attribution model: cue %.1f (above %.0f)", score, threshold)))
        }
        return drafts
    }

    /// "said that", "said:", "said "…", "warned against": what a cue that needs its complement has right after it.
    static func hasComplement(_ a: Int, _ cue: Cue, _ tokens: [Token]) -> Bool {
        guard a + 1 < tokens.count else { return false }
        let next = tokens[a + 1]
        return next.kind == .quote || next.isPunct(":") || next.lower == "that" || cue.introducers[next.lower] != nil
    }

    /// A denial under a negation denies nothing: "nor have they denied", "did not dispute".
    static func stance(_ a: Int, _ stance: Stance, _ tokens: [Token]) -> Stance {
        guard stance == .deny else { return stance }
        var i = a - 1
        while i >= 0, a - i <= 3, tokens[i].kind == .word {
            if ["not", "n't", "never", "nor", "no"].contains(tokens[i].lower) { return .assert }
            i -= 1
        }
        return stance
    }

    /// The runs of consecutive window tokens whose tags pass `test`.
    static func runs(_ window: Range<Int>, _ labels: [SpanTagger.Label], _ test: (SpanTagger.Label) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int?
        for (k, label) in labels.enumerated() {
            let i = window.lowerBound + k
            let begins = label == .sourceBegins || label == .contentBegins
            if test(label) {
                if let s = start, begins { out.append(s..<i); start = i } else if start == nil { start = i }
            } else if let s = start {
                out.append(s..<i)
                start = nil
            }
        }
        if let s = start { out.append(s..<window.upperBound) }
        return out
    }

    /// The speaker the source tokens name, read as the rules read a subject.
    static func source(_ range: Range<Int>, cue: Int, phrases: PhraseFinder) -> ClaimDraft.Source {
        if range.upperBound <= cue, let found = phrases.subject(endingBefore: range.upperBound, floor: range.lowerBound) {
            return found.isRelative ? .relative(found.phrase, tokens: found.tokens) : .phrase(found.phrase, tokens: found.tokens)
        }
        if range.lowerBound > cue, let found = phrases.subject(startingAt: range.lowerBound, limit: range.upperBound) {
            return .phrase(found.phrase, tokens: found.tokens)
        }
        return .phrase(SpeakerPhrase(phrases.text.words(range)), tokens: range)
    }
}
