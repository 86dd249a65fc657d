import Foundation

/// What a query returned: column names and rows of values, and how it ran.
public struct QueryResult: Sendable {
    public var collection: Collection
    public var columns: [String]
    public var rows: [[Value]]
    /// The query chose its columns (`show`, `count`); otherwise views may pick fewer.
    public var explicitColumns: Bool
    public var plan: QueryPlan
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

    public init(store: Store, isCancelled: @escaping @Sendable () -> Bool = { Cancellation.isRequested },
                regexBudget: Double = Evaluator.regexBudget) {
        self.store = store
        self.isCancelled = isCancelled
        regexDeadline = DispatchTime.now() + regexBudget
    }

    public func run(_ query: Query) throws -> QueryResult {
        let collection = query.collection
        let prepared = try query.condition.map { try prepare($0, collection) }
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
        } else {
            for row in 0..<store.rowCount(collection) { try check(row) }
        }
        let plan = QueryPlan(access: access, rowsExamined: examined, rowsMatched: matched.count)
        if query.isCount { return count(query, matched, plan) }

        if !query.sort.isEmpty {
            let keys = query.sort
            let values = matched.map { row in keys.map { store.value(collection, row: row, field: $0.field) } }
            let order = matched.indices.sorted { a, b in
                for (k, key) in keys.enumerated() {
                    let x = values[a][k], y = values[b][k]
                    if x == y { continue }
                    let ascending = Self.less(x, y)
                    if !ascending && !Self.less(y, x) { continue }
                    return key.descending ? !ascending : ascending
                }
                return a < b
            }
            matched = order.map { matched[$0] }
        }
        let start = min(query.offset, matched.count)
        let end = query.limit.map { min(matched.count, start + $0) } ?? matched.count
        let fields = query.show.isEmpty ? Array(collection.fields.indices) : query.show
        let rows = matched[start..<end].map { row in fields.map { store.value(collection, row: row, field: $0) } }
        return QueryResult(collection: collection, columns: fields.map { collection.fields[$0].name }, rows: rows,
                           explicitColumns: !query.show.isEmpty, plan: plan)
    }

    private func count(_ query: Query, _ matched: [Int], _ plan: QueryPlan) -> QueryResult {
        let collection = query.collection
        guard let by = query.countBy else {
            return QueryResult(collection: collection, columns: ["count"], rows: [[.int(matched.count)]], explicitColumns: true, plan: plan)
        }
        var counts: [String: (value: Value, count: Int)] = [:]
        for row in matched {
            let v = store.value(collection, row: row, field: by)
            let key = v.description.lowercased()
            counts[key, default: (v, 0)].count += 1
        }
        let rows = counts.values.sorted { $0.count != $1.count ? $0.count > $1.count : Self.less($0.value, $1.value) }
            .prefix(query.limit ?? Int.max).map { [$0.value, Value.int($0.count)] }
        return QueryResult(collection: collection, columns: [collection.fields[by].name, "count"], rows: rows,
                           explicitColumns: true, plan: plan)
    }

    static func less(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y
        case let (.text(x), .text(y)): return TextMatching.less(x, y)
        case (.int, .text): return true
        case (.text, .int): return false
        }
    }

    // MARK: - Conditions

    /// A condition with its literals lowercased, aliases resolved and patterns compiled.
    private indirect enum Prepared {
        case compare(Int, Comparison, Literal)
        case contains(Int, String)
        case matches(Int, RegexMatcher)
        case oneOf(Int, [Literal])
        case and(Prepared, Prepared)
        case or(Prepared, Prepared)
        case not(Prepared)
    }

    /// Fields whose values are actor names, so an alias finds its canonical actor.
    private func isActorField(_ collection: Collection, _ field: Int) -> Bool {
        let name = collection.fields[field].name
        return (collection == .claims && name == "actor") || (collection == .actors && name == "name")
            || (collection == .disputes && (name == "actor_a" || name == "actor_b"))
    }

    private func normalize(_ literal: Literal, _ collection: Collection, _ field: Int) -> Literal {
        guard case .text(let s) = literal else { return literal }
        let resolved = isActorField(collection, field) ? store.canonicalActor(s) : s
        return .text(resolved.lowercased())
    }

    private func prepare(_ c: Condition, _ collection: Collection) throws -> Prepared {
        switch c {
        case .compare(let f, let op, let v): return .compare(f, op, normalize(v, collection, f))
        case .contains(let f, let t): return .contains(f, t.lowercased())
        case .matches(let f, let p, let i):
            guard let m = RegexMatcher(p, ignoreCase: i) else { throw QueryError("not a valid regular expression", line: 1, column: 1) }
            return .matches(f, m)
        case .oneOf(let f, let vs): return .oneOf(f, vs.map { normalize($0, collection, f) })
        case .and(let a, let b): return .and(try prepare(a, collection), try prepare(b, collection))
        case .or(let a, let b): return .or(try prepare(a, collection), try prepare(b, collection))
        case .not(let a): return .not(try prepare(a, collection))
        }
    }

    /// Rows from an index for an equality (or `in`) that every match must meet.
    private func indexedRows(_ p: Prepared, _ collection: Collection) -> (Int, [Int])? {
        guard let indexes = store.indexes[collection] else { return nil }
        switch p {
        case .compare(let f, .equal, let v):
            guard let index = indexes[f] else { return nil }
            return (f, index[Self.key(v)] ?? [])
        case .oneOf(let f, let vs):
            guard let index = indexes[f] else { return nil }
            let rows = Set(vs.flatMap { index[Self.key($0)] ?? [] }).sorted()
            return (f, rows)
        case .and(let a, let b):
            let x = indexedRows(a, collection), y = indexedRows(b, collection)
            switch (x, y) {
            case let (x?, y?): return x.1.count <= y.1.count ? x : y
            default: return x ?? y
            }
        default: return nil
        }
    }

    private static func key(_ v: Literal) -> String {
        switch v {
        case .int(let n): return String(n)
        case .text(let s): return s
        }
    }

    private func holds(_ p: Prepared, _ row: Int, _ collection: Collection) throws -> Bool {
        switch p {
        case .compare(let f, let op, let literal):
            return compare(store.value(collection, row: row, field: f), op, literal)
        case .contains(let f, let needle):
            return TextMatching.contains(store.value(collection, row: row, field: f).description, lowered: needle)
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
        }
    }
}
