import Foundation

/// What a query returned: column names and rows of values, and how it ran.
public struct QueryResult: Sendable {
    public var collection: Collection
    public var columns: [String]
    /// The rows as values: made from `source` the first time they are asked for.
    public var rows: [[Value]] {
        get { source.values }
        set { source = RowSource(newValue) }
    }
    public var rowCount: Int { source.count }
    /// Where the rows are: values, or a collection's rows read where they lie (CSV reads
    /// the claims' fields from their columns without making values first).
    private(set) var source: RowSource
    /// The query chose its columns (`show`, `count`); otherwise views may pick fewer.
    public var explicitColumns: Bool
    public var plan: QueryPlan
    /// What the user should know about how the query was read: a name that stands for
    /// several actors. Printed under the result in the shell, on standard error in batch.
    public var notes: [String] = []

    public init(collection: Collection, columns: [String], rows: [[Value]], explicitColumns: Bool, plan: QueryPlan) {
        self.init(collection: collection, columns: columns, source: RowSource(rows), explicitColumns: explicitColumns, plan: plan)
    }

    init(collection: Collection, columns: [String], source: RowSource, explicitColumns: Bool, plan: QueryPlan) {
        self.collection = collection
        self.columns = columns
        self.source = source
        self.explicitColumns = explicitColumns
        self.plan = plan
    }
}

public struct QueryPlan: Sendable {
    /// "index on actor" or "scan".
    public var access: String
    public var rowsExamined: Int
    public var rowsMatched: Int
}

/// Runs a parsed query against the store: an equality on an indexed field
/// narrows the rows first; everything else is checked row by row.
public struct Evaluator {
    public let store: Store
    /// Polled once per row, and during long regular-expression matches.
    let isCancelled: @Sendable () -> Bool

    /// Seconds all of one query's regular-expression matching may take.
    public static let regexBudget: Double = 5
    let regexDeadline: DispatchTime

    public init(
        store: Store, isCancelled: @escaping @Sendable () -> Bool = { Cancellation.isRequested },
        regexBudget: Double = Evaluator.regexBudget
    ) {
        self.store = store
        self.isCancelled = isCancelled
        regexDeadline = DispatchTime.now() + regexBudget
    }

    public func run(_ query: Query) throws -> QueryResult {
        var notes: [String] = []
        let prepared = try query.condition.map { try prepare($0, query.collection, notes: &notes) }
        var result = try evaluate(query, prepared)
        result.notes = notes
        return result
    }

    private func evaluate(_ query: Query, _ prepared: Prepared?) throws -> QueryResult {
        let collection = query.collection
        var access = "scan of \(collection.rawValue)"
        var candidates: [Int]?
        if let prepared, let (field, rows) = indexedRows(prepared, collection) {
            candidates = rows
            access = "index on \(collection.fields[field].name)"
        }
        var matched: [Int] = []
        var examined = 0
        func check(_ row: Int) throws {
            examined += 1
            if isCancelled() { throw QueryInterrupted() }
            if try prepared.map({ try holds($0, row, collection) }) ?? true { matched.append(row) }
        }
        if let candidates {
            for row in candidates { try check(row) }
        } else if prepared == nil {
            // No condition: every row, without checking each.
            matched = Array(0..<store.rowCount(collection))
            examined = matched.count
        } else {
            // Every row is checked: each `contains` on a claim's text reads its whole pool once first.
            prepared?.forEachTextSearch { needle, pool, verdicts in needle.texts(in: pool).map(verdicts.fill) }
            for row in 0..<store.rowCount(collection) { try check(row) }
        }
        let plan = QueryPlan(access: access, rowsExamined: examined, rowsMatched: matched.count)
        if query.isCount { return count(query, matched, everyRow: prepared == nil, plan) }

        if !query.sort.isEmpty {
            matched = sorted(matched, by: query.sort, keeping: query.limit.map { query.offset + $0 }, collection)
        }
        let start = min(query.offset, matched.count)
        let end = query.limit.map { min(matched.count, start + $0) } ?? matched.count
        let fields = query.show.isEmpty ? Array(collection.fields.indices) : query.show
        return QueryResult(
            collection: collection, columns: fields.map { collection.fields[$0].name },
            source: RowSource(store, collection, rows: Array(matched[start..<end]), fields: fields),
            explicitColumns: !query.show.isEmpty, plan: plan)
    }

    /// `rows` in the order of `keys`; with `keeping`, only that many first rows are
    /// needed, so a bounded insertion pass replaces the full sort (`sort … limit 10`).
    private func sorted(_ rows: [Int], by keys: [SortKey], keeping: Int?, _ collection: Collection) -> [Int] {
        // By a date alone, where the field has an index: its values' ranks order the rows as
        // the dates themselves do (a date has no case), and no value is read.
        if keys.count == 1, collection.fields[keys[0].field].type == .date, let index = store.indexes[collection]?[keys[0].field] {
            let descending = keys[0].descending
            let order = rows.map { index.group(ofRow: $0) }
            return bestFirst(rows, keeping: keeping) { a, b in order[a] != order[b] ? (order[a] < order[b]) != descending : a < b }
        }
        // Sort keys read once per row; text lowercased once, not at every comparison.
        // Flat arrays, row-major: the key values of row i are at i * keys.count ..< (i + 1) * keys.count.
        let width = keys.count
        var values: [Value] = []
        values.reserveCapacity(rows.count * width)
        for row in rows { for key in keys { values.append(store.value(collection, row: row, field: key.field)) } }
        let lowered = values.map { v -> String in if case .text(let s) = v { TextMatching.lowered(s) } else { "" } }
        func before(_ a: Int, _ b: Int) -> Bool {
            for (k, key) in keys.enumerated() {
                let ascending: Bool
                let x = a * width + k, y = b * width + k
                switch (values[x], values[y]) {
                case let (.int(p), .int(q)):
                    if p == q { continue }
                    ascending = p < q
                case let (.text(p), .text(q)):
                    if p == q { continue }
                    ascending = lowered[x] != lowered[y] ? lowered[x] < lowered[y] : p < q
                case (.int, .text): ascending = true
                case (.text, .int): ascending = false
                case (.none, .none): continue
                case (.none, _): ascending = true
                case (_, .none): ascending = false
                }
                return key.descending ? !ascending : ascending
            }
            return a < b
        }
        return bestFirst(rows, keeping: keeping, by: before)
    }

    /// `rows` ordered by `before` (over their positions in `rows`), all of them or the first
    /// `keeping`: a bounded insertion pass when few are kept.
    private func bestFirst(_ rows: [Int], keeping: Int?, by before: (Int, Int) -> Bool) -> [Int] {
        guard let keeping, keeping < rows.count / 4 else { return rows.indices.sorted(by: before).map { rows[$0] } }
        var best: [Int] = []
        best.reserveCapacity(keeping + 1)
        for i in rows.indices {
            if best.count == keeping, keeping == 0 || !before(i, best[best.count - 1]) { continue }
            best.insert(i, at: best.partitioningIndex { !before($0, i) })
            if best.count > keeping { best.removeLast() }
        }
        return best.map { rows[$0] }
    }

    /// `everyRow`: `matched` is every row of the collection (a group's count is its size in the index).
    private func count(_ query: Query, _ matched: [Int], everyRow: Bool, _ plan: QueryPlan) -> QueryResult {
        let collection = query.collection
        let fields = collection.fields
        guard !query.countBy.isEmpty else {
            return QueryResult(collection: collection, columns: ["count"], rows: [[.int(matched.count)]], explicitColumns: true, plan: plan)
        }
        let limit = query.limit ?? Int.max
        let columns = query.countBy.map { $0.name(fields) } + ["count"]
        let rows: [[Value]]
        let by = query.countBy[0].field
        if query.countBy.count == 1, query.countBy[0].part == nil, query.countSort.isEmpty,
            let index = store.indexes[collection]?[by], fields[by].type != .int
        {
            // Count by the index's groups, numbered in the order of their values: no text is
            // read or compared until the groups to print are known.
            var counts = [Int](repeating: 0, count: index.groupCount)
            if everyRow {
                for g in counts.indices { counts[g] = index.rowCount(g) }
            } else {
                for row in matched { counts[index.group(ofRow: row)] += 1 }
            }
            // Biggest first, then in the order of the values: each group one number to sort
            // (its count's complement above its own number).
            let order = counts.indices.filter { counts[$0] > 0 }.map { UInt64(UInt32.max - UInt32(counts[$0])) << 32 | UInt64($0) }.sorted()
            let groups = order.prefix(limit).map { Int($0 & 0xFFFF_FFFF) }
            // Each group as the row its value is written in first, with its count after.
            let source = RowSource(store, collection, rows: groups.map(index.firstRow), fields: [by], counts: groups.map { counts[$0] })
            return QueryResult(collection: collection, columns: columns, source: source, explicitColumns: true, plan: plan)
        } else {
            // Groups keyed by their values as compared (case folded), in the order first seen.
            var groups: [[String]: Int] = [:]
            var found: [(values: [Value], count: Int)] = []
            for row in matched {
                let values = query.countBy.map { $0.value(store.value(collection, row: row, field: $0.field)) }
                let key = values.map { TextMatching.lowered($0.description) }
                if let at = groups[key] {
                    found[at].count += 1
                } else {
                    groups[key] = found.count
                    found.append((values, 1))
                }
            }
            // The biggest group first, unless `sort by` says otherwise; then the groups' values.
            let order = query.countSort.isEmpty ? [CountSortKey(column: columns.count - 1, descending: true)] : query.countSort
            func value(_ group: (values: [Value], count: Int), _ column: Int) -> Value {
                column < group.values.count ? group.values[column] : .int(group.count)
            }
            rows = found.sorted { a, b in
                for key in order {
                    let x = value(a, key.column), y = value(b, key.column)
                    if Self.less(x, y) { return !key.descending }
                    if Self.less(y, x) { return key.descending }
                }
                for column in a.values.indices {
                    if Self.less(a.values[column], b.values[column]) { return true }
                    if Self.less(b.values[column], a.values[column]) { return false }
                }
                return false
            }
            .prefix(limit).map { $0.values + [.int($0.count)] }
        }
        return QueryResult(collection: collection, columns: columns, rows: rows, explicitColumns: true, plan: plan)
    }

    static func less(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y
        case let (.text(x), .text(y)): return TextMatching.less(x, y)
        case (.int, .text): return true
        case (.text, .int): return false
        case (.none, .none): return false
        case (.none, _): return true
        case (_, .none): return false
        }
    }

    // MARK: - Conditions

    /// A condition with its literals lowercased, aliases resolved and patterns compiled.
    fileprivate indirect enum Prepared {
        case compare(Int, Comparison, Literal)
        /// An equality on an indexed field: the groups of the values it allows.
        case inGroups(Int, EqualityIndex, Set<UInt32>)
        case contains(Int, CaseInsensitiveNeedle)
        /// `contains` on a claim's text, read from the field's pool: each distinct text is searched once.
        case containsText(ClaimTable.Text, CaseInsensitiveNeedle, TextPool, TextVerdicts)
        case matches(Int, RegexMatcher)
        case oneOf(Int, [Literal])
        case and(Prepared, Prepared)
        case or(Prepared, Prepared)
        case not(Prepared)
    }

    private func prepare(_ c: Condition, _ collection: Collection, notes: inout [String]) throws -> Prepared {
        switch c {
        case .compare(let f, let op, let v):
            let values = store.actorLiterals(v, collection, f, notes: &notes)
            guard op == .equal || op == .notEqual else { return .compare(f, op, values[0]) }
            return op == .equal ? equality(f, values, collection) : .not(equality(f, values, collection))
        case .contains(let f, let t):
            let needle = CaseInsensitiveNeedle(lowered: t.lowercased())
            guard collection == .claims, case .text(let text) = Schema.claims[f].source else { return .contains(f, needle) }
            let pool = store.claims.pool(text)
            return .containsText(text, needle, pool, TextVerdicts(count: pool.count))
        case .matches(let f, let p, let i):
            guard let m = RegexMatcher(p, ignoreCase: i) else { throw QueryError("not a valid regular expression", line: 1, column: 1) }
            return .matches(f, m)
        case .oneOf(let f, let vs): return equality(f, vs.flatMap { store.actorLiterals($0, collection, f, notes: &notes) }, collection)
        case .and(let a, let b): return .and(try prepare(a, collection, notes: &notes), try prepare(b, collection, notes: &notes))
        case .or(let a, let b): return .or(try prepare(a, collection, notes: &notes), try prepare(b, collection, notes: &notes))
        case .not(let a): return .not(try prepare(a, collection, notes: &notes))
        }
    }

    /// A field equal to one of `values`: by the index's groups where the field has one.
    private func equality(_ f: Int, _ values: [Literal], _ collection: Collection) -> Prepared {
        guard let index = store.indexes[collection]?[f] else { return values.count == 1 ? .compare(f, .equal, values[0]) : .oneOf(f, values) }
        return .inGroups(f, index, Set(values.compactMap { index.group(of: $0.text).map(UInt32.init) }))
    }

    /// Rows from an index for an equality (or `in`) that every match must meet.
    private func indexedRows(_ p: Prepared, _ collection: Collection) -> (Int, [Int])? {
        guard store.indexes[collection] != nil else { return nil }
        switch p {
        case .inGroups(let f, let index, let groups):
            return (f, groups.count == 1 ? index.rows(Int(groups.first!)) : groups.flatMap { index.rows(Int($0)) }.sorted())
        case .and(let a, let b):
            let x = indexedRows(a, collection), y = indexedRows(b, collection)
            switch (x, y) {
            case let (x?, y?): return x.1.count <= y.1.count ? x : y
            default: return x ?? y
            }
        default: return nil
        }
    }

    private func holds(_ p: Prepared, _ row: Int, _ collection: Collection) throws -> Bool {
        switch p {
        case .compare(let f, let op, let literal):
            return compare(store.value(collection, row: row, field: f), op, literal)
        case .inGroups(_, let index, let groups):
            return groups.contains(UInt32(index.group(ofRow: row)))
        case .contains(let f, let needle):
            return needle.found(in: store.value(collection, row: row, field: f).description)
        case .containsText(let text, let needle, let pool, let verdicts):
            return verdicts.verdict(store.claims.code(row, text)) { needle.found(in: pool.bytes($0)) }
        case .matches(let f, let regex):
            return try regex.matches(store.value(collection, row: row, field: f).description, isCancelled: isCancelled, deadline: regexDeadline)
        case .oneOf(let f, let values):
            let v = store.value(collection, row: row, field: f)
            return values.contains { compare(v, .equal, $0) }
        case .and(let a, let b): return try holds(a, row, collection) && holds(b, row, collection)
        case .or(let a, let b): return try holds(a, row, collection) || holds(b, row, collection)
        case .not(let a): return try !holds(a, row, collection)
        }
    }

    private func compare(_ value: Value, _ op: Comparison, _ literal: Literal) -> Bool {
        switch (value, literal) {
        case let (.int(x), .int(y)):
            switch op {
            case .equal: return x == y
            case .notEqual: return x != y
            case .less: return x < y
            case .lessOrEqual: return x <= y
            case .greater: return x > y
            case .greaterOrEqual: return x >= y
            }
        case let (.text(x), .text(y)):
            switch op {
            case .equal: return TextMatching.equal(x, lowered: y)
            case .notEqual: return !TextMatching.equal(x, lowered: y)
            default:
                let lx = x.lowercased()
                switch op {
                case .less: return lx < y
                case .lessOrEqual: return lx <= y
                case .greater: return lx > y
                default: return lx >= y
                }
            }
        case let (.int(x), .text(y)):
            return compare(.text(String(x)), op, .text(y))
        case let (.text(x), .int(y)):
            return compare(.text(x), op, .text(String(y)))
        case (.none, _):
            return compare(.text(""), op, literal)
        }
    }
}

extension Evaluator.Prepared {
    /// Each `contains` on a claim's text in the condition.
    fileprivate func forEachTextSearch(_ body: (CaseInsensitiveNeedle, TextPool, TextVerdicts) -> Void) {
        switch self {
        case .containsText(_, let needle, let pool, let verdicts): body(needle, pool, verdicts)
        case .and(let a, let b), .or(let a, let b):
            a.forEachTextSearch(body)
            b.forEachTextSearch(body)
        case .not(let a): a.forEachTextSearch(body)
        default: break
        }
    }
}

/// What a test gave for each distinct text of a field, found as rows ask (a text many
/// claims share is searched once) or all at once.
private final class TextVerdicts {
    private var known: [UInt8]  // 0 not yet, 1 no, 2 yes

    init(count: Int) { known = [UInt8](repeating: 0, count: count) }

    func fill(_ found: [Bool]) {
        guard found.count == known.count else { return }
        known = found.map { $0 ? 2 : 1 }
    }

    func verdict(_ code: Int, _ test: (Int) -> Bool) -> Bool {
        guard known.indices.contains(code) else { return test(code) }
        if known[code] == 0 { known[code] = test(code) ? 2 : 1 }
        return known[code] == 2
    }
}

extension Store {
    /// A literal lowercased; for a field that names an actor, the canonical actors it stands
    /// for (several when it is a name several actors go by, which `notes` then says). What
    /// a query compares with, run here or as SQL.
    func actorLiterals(_ literal: Literal, _ collection: Collection, _ field: Int, notes: inout [String]) -> [Literal] {
        guard case .text(let s) = literal else { return [literal] }
        guard collection.fields[field].namesActor, !s.isEmpty else { return [.text(s.lowercased())] }
        let actors = actorDirectory.actors(named: s)
        if actors.count > 1 {
            let note = actorDirectory.ambiguity(s, actors)
            if !notes.contains(note) { notes.append(note) }
        }
        return actors.isEmpty ? [.text(s.lowercased())] : actors.map { .text($0.lowercased()) }
    }
}
