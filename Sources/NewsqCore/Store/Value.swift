/// A field's value in a row: text (dates are ISO text), a whole number, or none
/// (a claim with no identifiable source has no actor).
public enum Value: Sendable, Equatable {
    case text(String)
    case int(Int)
    case none

    /// The value as text: none is empty, as in CSV and in comparisons.
    public var description: String {
        switch self {
        case .text(let s): return s
        case .int(let n): return String(n)
        case .none: return ""
        }
    }

    /// The value as a person reads it in a table: none is `(none)`, never a blank.
    public var display: String {
        if case .none = self { return "(none)" }
        return description
    }
}

/// What a field holds, which decides how a query may compare it.
public enum FieldType: Sendable, Equatable {
    case text
    case int
    case date
    /// One of a fixed set of bare words: `stance = deny`.
    case enumeration([String])

    var name: String {
        switch self {
        case .text: return "text"
        case .int: return "number"
        case .date: return "date"
        case .enumeration: return "enum"
        }
    }
}

/// A field a query can name; `Schema` lists them with how each is read from a row.
public struct Field: Sendable {
    public let name: String
    public let type: FieldType
    public let about: String
    /// Kept in an equality index: `=` and `in` on it read the index instead of scanning.
    public let indexed: Bool
    /// Holds an actor's canonical name: `=` resolves an alias first, completion offers actors.
    public let namesActor: Bool
}
