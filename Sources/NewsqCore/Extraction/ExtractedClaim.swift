/// One attributed statement found in an article body.
public struct ExtractedClaim: Sendable {
    /// The source as written ("the ministry", "he", "Colonel Andrii Demchenko, a spokesman for ...").
    public var speaker: String
    /// The canonical actor the speaker resolved to ("Romania MoD"); empty when unnamed.
    public var actor: String
    public var actorKind: ActorKind
    public var role: String
    public var org: String
    public var country: String
    /// Lemma of the reporting verb ("say", "deny", "according to").
    public var cue: String
    public var stance: Stance
    public var kind: ClaimKind
    public var text: String
    public var sentence: String
    /// File line where the claim's text starts.
    public var line: Int
    /// Byte range of `text` inside `sentence`, for highlighting.
    public var span: Range<Int>
    /// How the actor was reached from the speaker, for `.show claim`.
    public var resolution: String
    /// How the claim was found: by the rules, or by the attribution model with its scores.
    public var found: String = "by the rules"
}
