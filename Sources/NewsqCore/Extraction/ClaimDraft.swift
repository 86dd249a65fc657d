/// A claim as found in the text, before its speaker is resolved to an actor.
struct ClaimDraft {
    enum Source {
        /// Named in the text by these tokens (apposition included), read as `phrase`.
        case phrase(SpeakerPhrase, tokens: Range<Int>)
        /// "who said": the relative pronoun and the phrase it refers to.
        case relative(SpeakerPhrase, tokens: Range<Int>)
        /// Takes the speaker of an earlier claim: a quotation standing alone, ", adding that".
        case sameAs(Int)
        /// "it was reported that": nobody named.
        case unnamed
    }

    var source: Source
    var cue: String
    var stance: Stance
    /// Token ranges of the content: two for a quotation split around its cue.
    var content: [Range<Int>]
    var sentence: Int
    var cueToken: Int
    /// How the claim was found, for `.show claim`: the rules' construction, or the model and its score.
    var found = "by the rules"

    var speakerTokens: Range<Int>? {
        switch source {
        case .phrase(_, let tokens), .relative(_, let tokens): return tokens
        default: return nil
        }
    }

    /// Where the claim sits in the text, for ordering and for "nearest earlier".
    var position: Int { min(cueToken, speakerTokens?.lowerBound ?? cueToken, content.first?.lowerBound ?? cueToken) }
}
