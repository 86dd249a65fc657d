/// Which words are a cue here: the word that opens an attribution ("said", "according",
/// "accused", a colon after a speaker, "reserved" of "reserved his most eloquent passion
/// for"). A two-class model over every word and colon of the article, reading the word, its
/// neighbours, the lexicon and whether the rules took it for a cue.
struct CueModel {
    let model: LinearModel

    /// Shipped in `Resources/cues.model`, trained by `newsq-train claims`.
    static let shared = ModelResources.model("cues", classes: 2)

    /// Words that stand before a cue without being it: "has said", "also told".
    static let leaders: WordSet = ReportingLexicon.auxiliaries.union([
        "is", "was", "were", "are", "be", "been", "being", "'s", "’s", "n't", "not", "am", "'ve", "’ve", "got", "get",
    ])

    /// Words of a cue phrase that are not the word it turns on: "is *a* staunch opponent *of*",
    /// "could call *on*", "*to* fear". An annotated cue's anchor is its first other word.
    static let functionWords: WordSet = leaders.union([
        "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "to", "in",
        "on", "at", "of", "for", "by", "with", "and", "or", "no", "as", "from", "into", "about", "up", "out",
    ])

    /// Whether token `i` could be a cue at all: a word outside any leader, or a colon.
    static func isCandidate(_ token: Token) -> Bool {
        token.kind == .word ? !leaders.contains(token) : token.kind == .punct && token.lower == ":"
    }

    private enum Kind: UInt64 {
        case bias = 1, word, suffix, shape, before, before2, after, after2, pairBefore, pairAfter
        case quoted, capitalized, nextMark, previousMark, lexicon, lexiconStance, lexiconFlags, ruleCue, inRuleContent
        case inRuleSpeaker, previousEntity, startsSentence, endsSentence, quoteNear, wordQuoted, wordRuleCue
        case paragraphPosition, previousShape, markQuoted
    }

    /// The features of token `i` as a cue.
    static func features(_ i: Int, in c: AttributionContext, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let tokens = c.tokens
        let t = tokens[i]
        let w = c.word[i]
        func add(_ kind: Kind, _ a: UInt64) { out.append(FeatureHash.mix(kind.rawValue, a)) }
        func add(_ kind: Kind, _ a: UInt64, _ b: UInt64) { out.append(FeatureHash.mix(kind.rawValue, a, b)) }
        add(.bias, 0)
        add(.word, w)
        add(.suffix, c.suffix[i])
        add(.shape, c.shape[i])
        add(.before, c.wordAt(i - 1))
        add(.before2, c.wordAt(i - 2))
        add(.after, c.wordAt(i + 1))
        add(.after2, c.wordAt(i + 2))
        add(.pairBefore, c.wordAt(i - 1), w)
        add(.pairAfter, w, c.wordAt(i + 1))
        add(.quoted, t.quoted ? 1 : 0)
        add(.wordQuoted, w, t.quoted ? 1 : 0)
        add(.capitalized, t.isCapitalized ? 1 : 0)
        add(.nextMark, mark(i + 1, tokens))
        add(.previousMark, mark(i - 1, tokens))
        if let cue = ReportingLexicon.forms[t] {
            add(.lexicon, 1)
            add(.lexiconStance, UInt64(Stance.allCases.firstIndex(of: cue.stance) ?? 0))
            add(.lexiconFlags, lexiconFlags(cue))
        }
        let marks = c.ruleMarks[i]
        add(.ruleCue, marks & AttributionContext.RuleMark.cue != 0 ? 1 : 0)
        add(.wordRuleCue, w, marks & AttributionContext.RuleMark.cue != 0 ? 1 : 0)
        add(.inRuleContent, marks & AttributionContext.RuleMark.content != 0 ? 1 : 0)
        add(.inRuleSpeaker, marks & AttributionContext.RuleMark.speaker != 0 ? 1 : 0)
        if i > 0, i - 1 < c.analysis.text.entities.count { add(.previousEntity, UInt64(c.analysis.text.entities[i - 1].raw)) }
        let sentence = c.analysis.sentences[Int(c.sentenceOf[i])].tokens
        add(.startsSentence, i == sentence.lowerBound ? 1 : 0)
        add(.endsSentence, i + 2 >= sentence.upperBound ? 1 : 0)
        var quote: UInt64 = 0
        for j in max(sentence.lowerBound, i - 4)..<min(sentence.upperBound, i + 5) where tokens[j].kind == .quote {
            quote |= j < i ? 1 : 2
        }
        add(.quoteNear, quote)
        // "WALLACE: …" opening a transcript's paragraph, quoted or not.
        let paragraph = c.analysis.paragraphs[tokens[i].paragraph]
        add(.paragraphPosition, UInt64(min(4, i - paragraph.tokens.lowerBound)), t.kind == .punct ? 1 : 0)
        add(.previousShape, i > 0 ? c.shape[i - 1] : 0, t.kind == .punct ? 1 : 0)
        add(.markQuoted, mark(i - 1, tokens), t.quoted ? 1 : 0)
    }

    /// A token's kind of mark as a feature value: its punctuation, a quotation mark opening or
    /// closing, "that", "to", or a word.
    static func mark(_ i: Int, _ tokens: [Token]) -> UInt64 {
        guard i >= 0, i < tokens.count else { return 1 }
        let t = tokens[i]
        switch t.kind {
        case .quote: return t.opens ? 2 : 3
        case .punct: return FeatureHash.hash(t.lower.utf8)
        case .number: return 4
        case .word:
            switch t.lower {
            case "that": return 5
            case "to": return 6
            case "of", "about", "on", "for": return 7
            default: return t.isCapitalized ? 8 : 9
            }
        }
    }

    private static func lexiconFlags(_ cue: Cue) -> UInt64 {
        var bits: UInt64 = 0
        for (n, flag) in [cue.alsoNoun, cue.needsComplement, cue.takesObject, cue.characterizes, cue.regards, cue.raises].enumerated()
        where flag {
            bits |= 1 << UInt64(n)
        }
        return bits
    }

    /// How sure the model is that token `i` is a cue (above 0: it is).
    func score(_ i: Int, in c: AttributionContext, buffer: inout [UInt64]) -> Float {
        Self.features(i, in: c, into: &buffer)
        var scores: [Float] = [0, 0]
        model.scores(buffer, into: &scores)
        return scores[1] - scores[0]
    }
}
