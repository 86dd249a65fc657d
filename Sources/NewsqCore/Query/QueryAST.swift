/// A parsed statement: `claims where … sort by … limit … show …` or `count claims where … by …`.
public struct Query: Sendable {
    public var collection: Collection
    public var condition: Condition?
    public var sort: [SortKey] = []
    public var limit: Int?
    public var offset = 0
    /// Field indexes to show; empty means the collection's own choice.
    public var show: [Int] = []
    /// `count …`: with `by`, the groups (`by actor, stance`, `by month(date)`).
    public var isCount = false
    public var countBy: [GroupKey] = []
    /// `count … by … sort by count asc`: the order of the groups, by result column
    /// (the groups', then `count` last); empty: the biggest group first.
    public var countSort: [CountSortKey] = []
}

/// One group of a count: a field, or the month or year of a date field.
public struct GroupKey: Sendable, Equatable {
    public enum Part: String, Sendable { case month, year }
    public var field: Int
    public var part: Part?

    /// The column's name: `actor`, `month(date)`.
    func name(_ fields: [Field]) -> String {
        part.map { "\($0.rawValue)(\(fields[field].name))" } ?? fields[field].name
    }

    /// A row's group value: a date cut to its month ("2019-01") or year ("2019").
    func value(_ v: Value) -> Value {
        guard let part, case .text(let date) = v, !date.isEmpty else { return v }
        return .text(String(date.prefix(part == .month ? 7 : 4)))
    }
}

/// A key a count's groups are sorted by: column `column` of the result (the group
/// keys in order, then the count).
public struct CountSortKey: Sendable, Equatable {
    public var column: Int
    public var descending: Bool
}

public struct SortKey: Sendable {
    public var field: Int
    public var descending: Bool
}

public indirect enum Condition: Sendable {
    case compare(field: Int, op: Comparison, value: Literal)
    case contains(field: Int, text: String)
    case matches(field: Int, pattern: String, ignoreCase: Bool)
    case oneOf(field: Int, values: [Literal])
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)
}

public enum Comparison: String, Sendable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}

public enum Literal: Sendable, Equatable {
    case text(String)
    case int(Int)
}

extension Query {
    /// The statement as newsq read it, fully spelled out: what `.explain` shows.
    public func describe() -> String {
        let fields = collection.fields
        var out = (isCount ? "count " : "") + collection.rawValue
        if let condition { out += " where " + condition.describe(fields) }
        if !countBy.isEmpty {
            out += " by " + countBy.map { $0.name(fields) }.joined(separator: ", ")
            let names = countBy.map { $0.name(fields) } + ["count"]
            if !countSort.isEmpty {
                out += " sort by " + countSort.map { names[$0.column] + ($0.descending ? " desc" : " asc") }.joined(separator: ", ")
            }
        }
        if !sort.isEmpty { out += " sort by " + sort.map { fields[$0.field].name + ($0.descending ? " desc" : " asc") }.joined(separator: ", ") }
        if let limit { out += " limit \(limit)" }
        if offset > 0 { out += " offset \(offset)" }
        if !show.isEmpty { out += " show " + show.map { fields[$0].name }.joined(separator: ", ") }
        return out
    }
}

extension Condition {
    func describe(_ fields: [Field]) -> String {
        switch self {
        case .compare(let f, let op, let v): return "\(fields[f].name) \(op.rawValue) \(v.describe())"
        case .contains(let f, let t): return "\(fields[f].name) contains \(Literal.text(t).describe())"
        case .matches(let f, let p, let i): return "\(fields[f].name) matches /\(p)/\(i ? "i" : "")"
        case .oneOf(let f, let vs): return "\(fields[f].name) in (\(vs.map { $0.describe() }.joined(separator: ", ")))"
        case .and(let a, let b): return "(\(a.describe(fields)) and \(b.describe(fields)))"
        case .or(let a, let b): return "(\(a.describe(fields)) or \(b.describe(fields)))"
        case .not(let a): return "not \(a.describe(fields))"
        }
    }
}

extension Literal {
    /// The value as text, as a field's value is compared with it.
    var text: String {
        switch self {
        case .int(let n): return String(n)
        case .text(let s): return s
        }
    }

    func describe() -> String {
        switch self {
        case .int(let n): return String(n)
        case .text(let s): return s.isEmpty ? "none" : "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}

extension Query {
    /// The query in plain words, for learners: what `.explain` says first.
    public func inWords() -> String {
        let fields = collection.fields
        var parts: [String] = []
        if let condition {
            parts.append("keep the \(collection.rawValue) where \(condition.inWords(fields))")
        } else {
            parts.append("take every row of \(collection.rawValue)")
        }
        if isCount {
            if !countBy.isEmpty {
                let names = countBy.map { $0.name(fields) }
                let order =
                    countSort.isEmpty
                    ? "the biggest group first"
                    : "ordered by "
                        + countSort.map { (names + ["count"])[$0.column] + ($0.descending ? " (largest first)" : " (smallest first)") }
                        .joined(separator: ", then ")
                parts.append("count them for each \(names.joined(separator: " and ")), \(order)")
                if let limit { parts.append("show the top \(limit)") }
            } else {
                parts.append("count them")
            }
            return parts.joined(separator: "; ")
        }
        if !sort.isEmpty {
            parts.append(
                "order by "
                    + sort.map { key in
                        let date = fields[key.field].type == .date
                        return fields[key.field].name
                            + (key.descending
                                ? (date ? " (newest first)" : " (largest first)")
                                : (date ? " (oldest first)" : " (smallest first)"))
                    }
                    .joined(separator: ", then "))
        }
        if offset > 0 { parts.append("skip the first \(offset)") }
        if let limit { parts.append("keep \(counted(limit, "row"))") }
        parts.append(show.isEmpty ? "show the usual columns" : "show " + show.map { fields[$0].name }.joined(separator: ", "))
        return parts.joined(separator: "; ")
    }
}

extension Condition {
    func inWords(_ fields: [Field]) -> String {
        switch self {
        case .compare(let f, let op, let v):
            let verb: String
            switch op {
            case .equal: verb = "is"
            case .notEqual: verb = "is not"
            case .less: verb = fields[f].type == .date ? "is before" : "is less than"
            case .lessOrEqual: verb = fields[f].type == .date ? "is on or before" : "is at most"
            case .greater: verb = fields[f].type == .date ? "is after" : "is more than"
            case .greaterOrEqual: verb = fields[f].type == .date ? "is on or after" : "is at least"
            }
            return "\(fields[f].name) \(verb) \(v.describe())" + (op == .equal || op == .notEqual ? " (any case)" : "")
        case .contains(let f, let t): return "\(fields[f].name) contains \(Literal.text(t).describe())"
        case .matches(let f, let p, let i): return "\(fields[f].name) matches the pattern /\(p)/\(i ? " ignoring case" : "")"
        case .oneOf(let f, let vs): return "\(fields[f].name) is one of \(vs.map { $0.describe() }.joined(separator: ", "))"
        case .and(let a, let b): return "\(a.inWords(fields)) and \(b.inWords(fields))"
        case .or(let a, let b): return "(\(a.inWords(fields)) or \(b.inWords(fields)))"
        case .not(let a): return "not (\(a.inWords(fields)))"
        }
    }
}
