/// Which SQL `--sql` writes. They differ in two things only: how a regular expression
/// is matched and how a string or a name is quoted (Spark reads backslashes in string
/// literals as escapes and double quotes as strings).
public enum SQLDialect: String, Sendable, CaseIterable {
    case duckdb, spark

    func string(_ s: String) -> String {
        switch self {
        case .duckdb: return "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
        case .spark: return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        }
    }

    func name(_ s: String) -> String {
        switch self {
        case .duckdb: return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case .spark: return "`" + s.replacingOccurrences(of: "`", with: "``") + "`"
        }
    }

    func matches(_ value: String, _ pattern: String) -> String {
        switch self {
        case .duckdb: return "regexp_matches(\(value), \(string(pattern)))"
        case .spark: return "regexp_like(\(value), \(string(pattern)))"
        }
    }
}

/// A query as SQL over tables `claims`, `articles`, `actors` and `disputes` whose columns
/// are the collections' fields as newsq prints them in JSON Lines (an actor that is none
/// is null), so a saved script runs where the claims are: DuckDB, Spark SQL. It keeps
/// newsq's meaning: equality ignores case, none equals "", an actor's name stands for the
/// canonical actors it names in the loaded corpus, text sorts ignoring case.
public struct SQLTranslator {
    let store: Store
    let dialect: SQLDialect

    public init(store: Store, dialect: SQLDialect) {
        self.store = store
        self.dialect = dialect
    }

    /// The statement, ending in `;`, and what the user should know about how names were read.
    public func sql(_ query: Query) -> (sql: String, notes: [String]) {
        let fields = query.collection.fields
        var notes: [String] = []
        let condition = query.condition.map { self.condition($0, query.collection, notes: &notes) }
        var lines: [String] = []
        var order: [String] = []
        if query.isCount && !query.countBy.isEmpty {
            let groups = query.countBy.map { group($0, fields) }
            let names = query.countBy.map { $0.name(fields) }
            let shown = zip(query.countBy, names).map { key, name in
                (key.part == nil ? "min(\(fields[key.field].name))" : group(key, fields)) + " AS " + dialect.name(name)
            }
            lines.append("SELECT " + (shown + ["count(*) AS count"]).joined(separator: ", "))
            lines.append("FROM \(query.collection.rawValue)")
            if let condition { lines.append("WHERE \(condition)") }
            lines.append("GROUP BY " + groups.joined(separator: ", "))
            // The biggest group first unless `sort by` says otherwise; then the groups' values.
            let keys = query.countSort.isEmpty ? [CountSortKey(column: groups.count, descending: true)] : query.countSort
            order = keys.map { ($0.column < groups.count ? groups[$0.column] : "count(*)") + ($0.descending ? " DESC" : " ASC") }
            // Ties in the groups' values, those the keys did not already order by.
            order += groups.indices.filter { g in !keys.contains { $0.column == g } }.map { groups[$0] + " ASC" }
        } else if query.isCount {
            lines.append("SELECT count(*) AS count")
            lines.append("FROM \(query.collection.rawValue)")
            if let condition { lines.append("WHERE \(condition)") }
        } else {
            let shown = query.show.isEmpty ? Array(fields.indices) : query.show
            lines.append("SELECT " + shown.map { fields[$0].name }.joined(separator: ", "))
            lines.append("FROM \(query.collection.rawValue)")
            if let condition { lines.append("WHERE \(condition)") }
            for key in query.sort {
                let direction = key.descending ? " DESC" : " ASC"
                let field = fields[key.field]
                // Text ignoring case, then as written, as newsq orders it.
                switch field.type {
                case .int: order.append(field.name + direction)
                case .date: order.append(text(field) + direction)
                default: order += ["lower(\(text(field)))" + direction, text(field) + direction]
                }
            }
            // Ties keep the collection's order, as in newsq (actors have no number to keep it by).
            if !order.isEmpty, let id = query.collection.fieldIndex("id"), !query.sort.contains(where: { $0.field == id }) {
                order.append("id ASC")
            }
        }
        if !order.isEmpty { lines.append("ORDER BY " + order.joined(separator: ", ")) }
        // An offset alone is SQL's too: DuckDB and Spark SQL read `OFFSET n` without a `LIMIT`.
        let cut = [query.limit.map { "LIMIT \($0)" }, query.offset > 0 ? "OFFSET \(query.offset)" : nil].compactMap { $0 }
        if !cut.isEmpty { lines.append(cut.joined(separator: " ")) }
        return (lines.joined(separator: "\n") + ";\n", notes)
    }

    /// A field as text: a number or a date (DuckDB may read dates as dates) cast, an
    /// actor that is none as "".
    private func text(_ field: Field) -> String {
        if field.type == .int || field.type == .date { return "CAST(\(field.name) AS STRING)" }
        return field.namesActor ? "coalesce(\(field.name), '')" : field.name
    }

    /// What a count groups by: the text ignoring case, a number as it is, a date's month or year.
    private func group(_ key: GroupKey, _ fields: [Field]) -> String {
        let field = fields[key.field]
        if let part = key.part { return "substr(\(text(field)), 1, \(part == .month ? 7 : 4))" }
        return field.type == .int ? field.name : "lower(\(text(field)))"
    }

    private func condition(_ c: Condition, _ collection: Collection, notes: inout [String]) -> String {
        let fields = collection.fields
        switch c {
        case .compare(let f, let op, let literal):
            let values = store.actorLiterals(literal, collection, f, notes: &notes)
            if values.count > 1, op == .equal || op == .notEqual {
                return (op == .equal ? "" : "NOT ") + oneOf(fields[f], values)
            }
            let value = values[0]
            if fields[f].type == .int, case .int(let n) = value { return "\(fields[f].name) \(op.rawValue) \(n)" }
            return "lower(\(text(fields[f]))) \(op.rawValue) \(dialect.string(value.text.lowercased()))"
        case .contains(let f, let needle):
            return "instr(lower(\(text(fields[f]))), \(dialect.string(needle.lowercased()))) > 0"
        case .matches(let f, let pattern, let ignoreCase):
            return dialect.matches(text(fields[f]), (ignoreCase ? "(?i)" : "") + pattern)
        case .oneOf(let f, let literals):
            return oneOf(fields[f], literals.flatMap { store.actorLiterals($0, collection, f, notes: &notes) })
        case .and(let a, let b):
            return "(\(condition(a, collection, notes: &notes)) AND \(condition(b, collection, notes: &notes)))"
        case .or(let a, let b):
            return "(\(condition(a, collection, notes: &notes)) OR \(condition(b, collection, notes: &notes)))"
        case .not(let a):
            return "NOT (\(condition(a, collection, notes: &notes)))"
        }
    }

    private func oneOf(_ field: Field, _ values: [Literal]) -> String {
        if field.type == .int, values.allSatisfy({ if case .int = $0 { true } else { false } }) {
            return "\(field.name) IN (\(values.map(\.text).joined(separator: ", ")))"
        }
        return "lower(\(text(field))) IN (\(values.map { dialect.string($0.text.lowercased()) }.joined(separator: ", ")))"
    }
}
