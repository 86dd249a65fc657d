/// The four collections a query can name. Their fields are the tables in `Schema`.
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

/// A field and how to read it from its collection's row: one entry in `Schema`. The reader
/// takes the row's address: handed a row by value, an opaque closure gets a copy of it (a
/// retain and a release per text in the row) to read one field.
struct Column<Row>: Sendable {
    let field: Field
    let reader: @Sendable (UnsafePointer<Row>) -> Value

    init(
        _ name: String, _ type: FieldType, _ about: String, indexed: Bool = false, namesActor: Bool = false,
        _ reader: @escaping @Sendable (UnsafePointer<Row>) -> Value
    ) {
        field = Field(name: name, type: type, about: about, indexed: indexed, namesActor: namesActor)
        self.reader = reader
    }

    func read(_ row: borrowing Row) -> Value { withUnsafePointer(to: row) { reader($0) } }
}

/// Every field of every collection, in the order queries, `.schema` and JSON list
/// them. Adding a field is one line here (and its value on the row type).
enum Schema {
    static let articles: [Column<ArticleRow>] = [
        Column("id", .int, "article number, from 1 in load order", indexed: true) { .int($0.pointee.id) },
        Column("path", .text, "the file (and #record for JSON Lines)") { .text($0.pointee.path) },
        Column("date", .date, "publication date, YYYY-MM-DD") { .text($0.pointee.date) },
        Column("title", .text, "headline") { .text($0.pointee.title) },
        Column("source", .text, "outlet, from the header or record") { .text($0.pointee.source) },
        Column("url", .text, "address, when given") { .text($0.pointee.url) },
        Column("words", .int, "length of the body in words") { .int($0.pointee.words) },
        Column("claims", .int, "claims extracted from it") { .int($0.pointee.claims) },
    ]
    static let claims: [Column<ClaimRow>] = [
        Column("id", .int, "claim number, from 1") { .int($0.pointee.id) },
        Column("article", .int, "id of its article", indexed: true) { .int($0.pointee.article) },
        Column("path", .text, "its article's file", indexed: true) { .text($0.pointee.path) },
        Column("date", .date, "its article's date", indexed: true) { .text($0.pointee.date) },
        Column("actor", .text, "who made it, canonical (\"Romania MoD\"); none when no source is named", indexed: true, namesActor: true) {
            $0.pointee.extracted.actor.isEmpty ? .none : .text($0.pointee.extracted.actor)
        },
        Column("speaker", .text, "the source as written (\"the ministry\")", indexed: true) { .text($0.pointee.extracted.speaker) },
        Column("role", .text, "speaker's role (spokesman, minister)", indexed: true) { .text($0.pointee.extracted.role) },
        Column("org", .text, "speaker's organisation, canonical", indexed: true) { .text($0.pointee.extracted.org) },
        Column("country", .text, "speaker's country", indexed: true) { .text($0.pointee.extracted.country) },
        Column("cue", .text, "reporting verb lemma: say, deny, tell, according to", indexed: true) { .text($0.pointee.extracted.cue) },
        Column("stance", .enumeration(Stance.allCases.map(\.rawValue)), "assert, deny, urge, warn, question", indexed: true) {
            .text($0.pointee.extracted.stance.rawValue)
        },
        Column("kind", .enumeration(ClaimKind.allCases.map(\.rawValue)), "direct, indirect, mixed quotation", indexed: true) {
            .text($0.pointee.extracted.kind.rawValue)
        },
        Column("text", .text, "what was claimed") { .text($0.pointee.extracted.text) },
        Column("sentence", .text, "the whole sentence") { .text($0.pointee.extracted.sentence) },
        Column("line", .int, "line in the file where the claim starts") { .int($0.pointee.extracted.line) },
    ]
    static let actors: [Column<ActorRow>] = [
        Column("name", .text, "canonical name", indexed: true, namesActor: true) { .text($0.pointee.name) },
        Column("kind", .enumeration(ActorKind.allCases.map(\.rawValue)), "person, organization, country, group, unknown") {
            .text($0.pointee.kind.rawValue)
        },
        Column("country", .text, "country, when known") { .text($0.pointee.country) },
        Column("org", .text, "organisation, when known") { .text($0.pointee.org) },
        Column("aliases", .text, "other names it is written as, separated by |") { .text($0.pointee.aliases.joined(separator: ActorRow.aliasSeparator)) },
        Column("claims", .int, "claims it made") { .int($0.pointee.claims) },
        Column("articles", .int, "articles it speaks in") { .int($0.pointee.articles) },
        Column("first", .date, "date of its first claim") { .text($0.pointee.first) },
        Column("last", .date, "date of its last claim") { .text($0.pointee.last) },
    ]
    static let disputes: [Column<DisputeRow>] = [
        Column("id", .int, "dispute number, from 1") { .int($0.pointee.id) },
        Column("a", .int, "id of the first claim") { .int($0.pointee.a) },
        Column("b", .int, "id of the claim that contradicts it") { .int($0.pointee.b) },
        Column("actor_a", .text, "actor of claim a", namesActor: true) { $0.pointee.actorA.isEmpty ? .none : .text($0.pointee.actorA) },
        Column("actor_b", .text, "actor of claim b", namesActor: true) { $0.pointee.actorB.isEmpty ? .none : .text($0.pointee.actorB) },
        Column("date", .date, "date of the later claim") { .text($0.pointee.date) },
        Column("topic", .text, "the matter, in the words of claim a") { .text($0.pointee.topic) },
        Column("text_a", .text, "what a claimed") { .text($0.pointee.textA) },
        Column("text_b", .text, "what b claimed") { .text($0.pointee.textB) },
        Column("why", .text, "how b rebuts a: its cue or phrase, and how it points at a") { .text($0.pointee.why) },
    ]

    static let articleFields = articles.map(\.field)
    static let claimFields = claims.map(\.field)
    static let actorFields = actors.map(\.field)
    static let disputeFields = disputes.map(\.field)
}
