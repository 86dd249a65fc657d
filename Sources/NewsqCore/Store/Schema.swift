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

/// A claim field and where it lies in the claims' columns (`ClaimTable`) and on a row.
struct ClaimColumn: Sendable {
    enum Source: Sendable {
        case id
        case number(ClaimTable.Number)
        case text(ClaimTable.Text)
    }

    let field: Field
    let source: Source

    init(_ name: String, _ type: FieldType, _ about: String, indexed: Bool = false, namesActor: Bool = false, _ source: Source) {
        field = Field(name: name, type: type, about: about, indexed: indexed, namesActor: namesActor)
        self.source = source
    }

    /// The field of claim `row` in `table`; a field naming an actor is none when empty.
    func read(_ table: ClaimTable, _ row: Int) -> Value {
        switch source {
        case .id: return .int(row + 1)
        case .number(let n): return .int(table.number(row, n))
        case .text(let t):
            let text = table.text(row, t)
            return field.namesActor && text.isEmpty ? .none : .text(text)
        }
    }

    /// The field of a claim not in a table (as `newsq extract` writes it).
    func read(_ row: ClaimRow) -> Value {
        switch source {
        case .id: return .int(row.id)
        case .number(let n): return .int(withUnsafePointer(to: row) { n.of($0) })
        case .text(let t):
            let text = withUnsafePointer(to: row) { t.of($0) }
            return field.namesActor && text.isEmpty ? .none : .text(text)
        }
    }
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
    static let claims: [ClaimColumn] = [
        ClaimColumn("id", .int, "claim number, from 1", .id),
        ClaimColumn("article", .int, "id of its article", indexed: true, .number(.article)),
        ClaimColumn("path", .text, "its article's file", indexed: true, .text(.path)),
        ClaimColumn("date", .date, "its article's date", indexed: true, .text(.date)),
        ClaimColumn("actor", .text, "who made it, canonical (\"Romania MoD\"); none when no source is named", indexed: true, namesActor: true, .text(.actor)),
        ClaimColumn("speaker", .text, "the source as written (\"the ministry\")", indexed: true, .text(.speaker)),
        ClaimColumn("role", .text, "speaker's role (spokesman, minister)", indexed: true, .text(.role)),
        ClaimColumn("org", .text, "speaker's organisation, canonical", indexed: true, .text(.org)),
        ClaimColumn("country", .text, "speaker's country", indexed: true, .text(.country)),
        ClaimColumn("cue", .text, "reporting verb lemma: say, deny, tell, according to", indexed: true, .text(.cue)),
        ClaimColumn("stance", .enumeration(Stance.allCases.map(\.rawValue)), "assert, deny, urge, warn, question", indexed: true, .text(.stance)),
        ClaimColumn("kind", .enumeration(ClaimKind.allCases.map(\.rawValue)), "direct, indirect, mixed quotation", indexed: true, .text(.kind)),
        ClaimColumn("text", .text, "what was claimed", .text(.text)),
        ClaimColumn("sentence", .text, "the whole sentence", .text(.sentence)),
        ClaimColumn("line", .int, "line in the file where the claim starts", .number(.line)),
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
