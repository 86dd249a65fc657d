/// How a session starts, as the command line or the shell decides it.
public struct SessionOptions {
    public var format: OutputFormat = .table
    /// `$name` values from `-D name=value`.
    public var parameters: [String: String] = [:]
    /// Stop a script at its first failing statement (`--bail`).
    public var bail = false
    /// `--sql`: each query is printed as SQL instead of being run.
    public var printsSQL = false
    /// The SQL `--sql` and `.sql` write (`--dialect`).
    public var dialect = SQLDialect.duckdb
    /// Where the corpus is saved between runs (`--db`, else the cache); nil: read afresh (`--no-cache`).
    public var savedStore: SavedStore?
    /// A person types: `.tour` goes a step at a time.
    public var interactive = false
    /// Bold and colour allowed on the output (a terminal, no NO_COLOR).
    public var style = false
    /// Table width: the shell asks the terminal each time, so a resize is followed; nil
    /// when standard output is no terminal (and `COLUMNS` is not set), so a table piped
    /// or redirected keeps whole values.
    public var width: () -> Int? = { Terminal.tableWidth() }
    /// The shell's history for `.history`; nil in batch use.
    public var history: (() -> [String])?

    public init(format: OutputFormat = .table, parameters: [String: String] = [:], bail: Bool = false) {
        self.format = format
        self.parameters = parameters
        self.bail = bail
    }
}
