/// The words of the query language in one table: the parser, the statement splitter,
/// Tab completion, `.help` and the README's synopsis all read them from here, so a
/// clause added here is parsed, completed, continued across lines and documented.
public enum QueryGrammar {
    /// A clause of a statement: the words that open it, which statements take it, and
    /// how `.help` shows it.
    public struct Clause: Sendable {
        /// `sort by` is two words; the first is the one the parser dispatches on.
        public let keyword: String
        public let inRows: Bool
        public let inCount: Bool
        /// Its arguments as the synopsis shows them, with the keyword: `sort by FIELD [asc|desc], ...`.
        let usage: String
        /// For counts, its usage when it differs (`sort by GROUP|count …`).
        let countUsage: String?

        public var word: String { String(keyword.prefix { $0 != " " }) }
    }

    /// The clauses, in the order the synopsis and completion list them. Each may come once, in any order.
    public static let clauses: [Clause] = [
        Clause(keyword: "where", inRows: true, inCount: true, usage: "where COND", countUsage: nil),
        Clause(keyword: "by", inRows: false, inCount: true, usage: "by GROUP, ...", countUsage: nil),
        Clause(
            keyword: "sort by", inRows: true, inCount: true, usage: "sort by FIELD [asc|desc], ...",
            countUsage: "sort by GROUP|count [asc|desc], ..."),
        Clause(keyword: "limit", inRows: true, inCount: true, usage: "limit N", countUsage: nil),
        Clause(keyword: "offset", inRows: true, inCount: false, usage: "offset M", countUsage: nil),
        Clause(keyword: "show", inRows: true, inCount: false, usage: "show FIELD, ...", countUsage: nil),
    ]

    /// The word that makes a statement a count: `count claims by actor`.
    public static let count = "count"
    /// Words inside a condition: joining, negating, and the comparisons spelled as words.
    public static let conditionWords = ["and", "or", "not", "in", "contains", "matches", "between"]
    /// Comparisons a field takes, as completion offers them after a field (words first).
    public static let comparisons = ["contains", "matches", "in", "not", "between", "=", "!=", "<", "<=", ">", ">="]
    /// Comparisons spelled with marks.
    public static let operators = ["=", "!=", "<>", "<", "<=", ">", ">="]
    public static let directions = ["asc", "desc"]

    /// The clauses a list of rows (or a count) takes, by their first word.
    public static func clauseWords(count: Bool) -> [String] {
        clauses.filter { count ? $0.inCount : $0.inRows }.map(\.word)
    }

    /// The words of the clauses' keywords: `where`, `by`, `sort`, `limit`, ….
    static let clauseKeywordWords: [String] = clauses.flatMap { $0.keyword.split(separator: " ").map(String.init) }.uniqued()

    /// Every keyword, for suggestions ("did you mean `where`?").
    public static let keywords: [String] = [count] + clauseKeywordWords + conditionWords + directions

    /// Words a statement cannot end on: after them it goes on at the next line.
    public static let continuingWords = Set<String>(clauseKeywordWords + conditionWords)

    /// Words that cannot begin a statement: a line of a script that starts with one
    /// belongs to the statement above (`claims` ⏎ `  where …`). Everything but `count`
    /// and the collections.
    public static let lineContinuingWords: Set<String> = continuingWords.union(directions)

    /// Marks a statement cannot end on, and marks a line of a script cannot begin one with.
    public static let continuingMarks: Set<String> = Set([","] + operators)

    /// The two forms of a statement, as `.help queries` and the README show them.
    public static var synopsis: [String] {
        let rows = clauses.filter(\.inRows).map { "[\($0.usage)]" }
        // A count's `sort by` and `limit` order and cut its groups, so they come after `by`.
        let count = clauses.filter(\.inCount)
        let grouped = count.filter { $0.keyword != "where" && $0.keyword != "by" }.map { " [\($0.countUsage ?? $0.usage)]" }.joined()
        return [
            "<collection> " + rows.joined(separator: " "),
            "count <collection> [where COND] [by GROUP, ...\(grouped)]",
        ]
    }
}
