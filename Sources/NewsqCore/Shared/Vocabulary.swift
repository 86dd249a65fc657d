/// The enumerations a claim and an actor carry: what queries compare with bare words
/// (`stance = deny`) and what every stage agrees on.

/// What a claim does with its content.
public enum Stance: String, Sendable, CaseIterable {
    case assert, deny, urge, warn, question
}

/// How a claim is worded: all inside quotation marks, none, or both.
public enum ClaimKind: String, Sendable, CaseIterable {
    case direct, indirect, mixed
}

/// What kind of actor a speaker resolved to.
public enum ActorKind: String, Sendable, CaseIterable {
    case person, organization, country, group, unknown
}
