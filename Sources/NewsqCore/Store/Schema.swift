/// The four collections a query can name, with their fields (DESIGN §2).
public enum Collection: String, Sendable, CaseIterable {
    case articles, claims, actors, disputes

    public var fields: [Field] {
        switch self {
        case .articles: return Schema.articleFields
        case .claims: return Schema.claimFields
        case .actors: return Schema.actorFields
        case .disputes: return Schema.disputeFields
        }
    }

    /// Columns a table shows when the query says nothing with `show`.
    public var tableColumns: [String] {
        switch self {
        case .articles: return ["id", "date", "source", "title", "words", "claims"]
        case .claims: return ["id", "date", "actor", "cue", "stance", "kind", "text"]
        case .actors: return ["name", "kind", "country", "claims", "articles", "first", "last"]
        case .disputes: return ["id", "date", "actor_a", "actor_b", "topic"]
        }
    }

    public func fieldIndex(_ name: String) -> Int? {
        fields.firstIndex { $0.name == name.lowercased() }
    }
}

enum Schema {
    static let articleFields: [Field] = [
        Field(name: "id", type: .int, about: "article number, from 1 in load order"),
        Field(name: "path", type: .text, about: "the file (and #record for JSON Lines)"),
        Field(name: "date", type: .date, about: "publication date, YYYY-MM-DD"),
        Field(name: "title", type: .text, about: "headline"),
        Field(name: "source", type: .text, about: "outlet, from the header or record"),
        Field(name: "url", type: .text, about: "address, when given"),
        Field(name: "words", type: .int, about: "length of the body in words"),
        Field(name: "claims", type: .int, about: "claims extracted from it"),
    ]
    static let claimFields: [Field] = [
        Field(name: "id", type: .int, about: "claim number, from 1"),
        Field(name: "article", type: .int, about: "id of its article"),
        Field(name: "path", type: .text, about: "its article's file"),
        Field(name: "date", type: .date, about: "its article's date"),
        Field(name: "actor", type: .text, about: "who made it, canonical (\"Romania MoD\")"),
        Field(name: "speaker", type: .text, about: "the source as written (\"the ministry\")"),
        Field(name: "role", type: .text, about: "speaker's role (spokesman, minister)"),
        Field(name: "org", type: .text, about: "speaker's organisation, canonical"),
        Field(name: "country", type: .text, about: "speaker's country"),
        Field(name: "cue", type: .text, about: "reporting verb lemma: say, deny, tell, according to"),
        Field(name: "stance", type: .enumeration(Stance.allCases.map(\.rawValue)), about: "assert, deny, urge, warn, question"),
        Field(name: "kind", type: .enumeration(ClaimKind.allCases.map(\.rawValue)), about: "direct, indirect, mixed quotation"),
        Field(name: "text", type: .text, about: "what was claimed"),
        Field(name: "sentence", type: .text, about: "the whole sentence"),
        Field(name: "line", type: .int, about: "line in the file where the claim starts"),
    ]
    static let actorFields: [Field] = [
        Field(name: "name", type: .text, about: "canonical name"),
        Field(name: "kind", type: .enumeration(ActorKind.allCases.map(\.rawValue)), about: "person, organization, country, group, unknown"),
        Field(name: "country", type: .text, about: "country, when known"),
        Field(name: "org", type: .text, about: "organisation, when known"),
        Field(name: "aliases", type: .text, about: "other names it is written as, separated by |"),
        Field(name: "claims", type: .int, about: "claims it made"),
        Field(name: "articles", type: .int, about: "articles it speaks in"),
        Field(name: "first", type: .date, about: "date of its first claim"),
        Field(name: "last", type: .date, about: "date of its last claim"),
    ]
    static let disputeFields: [Field] = [
        Field(name: "id", type: .int, about: "dispute number, from 1"),
        Field(name: "a", type: .int, about: "id of the first claim"),
        Field(name: "b", type: .int, about: "id of the claim that contradicts it"),
        Field(name: "actor_a", type: .text, about: "actor of claim a"),
        Field(name: "actor_b", type: .text, about: "actor of claim b"),
        Field(name: "date", type: .date, about: "date of the later claim"),
        Field(name: "topic", type: .text, about: "the words both claims share"),
        Field(name: "text_a", type: .text, about: "what a claimed"),
        Field(name: "text_b", type: .text, about: "what b claimed"),
    ]
}
