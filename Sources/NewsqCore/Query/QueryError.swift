/// A query that cannot be read or run, with where it went wrong and, when
/// something close was meant, what.
public struct QueryError: Error, Sendable, Equatable {
    public var message: String
    public var line: Int
    public var column: Int
    public var suggestion: String?

    public init(_ message: String, line: Int, column: Int, suggestion: String? = nil) {
        self.message = message
        self.line = line
        self.column = column
        self.suggestion = suggestion
    }

    /// `error: 1:14: unknown field ...`, the line, a caret under the column, the hint.
    /// `source` is the statement's text; `firstLine` the line it starts on; `file` names a script.
    public func render(source: String, firstLine: Int = 1, file: String? = nil) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let index = line - firstLine
        var out = "error: \(sourcePlace(file: file, line: line, column: column)): \(message)"
        if index >= 0, index < lines.count {
            let text = String(lines[index]).replacingOccurrences(of: "\t", with: " ")
            let shown = Terminal.printable(String(text.prefix(200)))
            out += "\n  " + shown + "\n  " + String(repeating: " ", count: max(0, min(column - 1, shown.count))) + "^"
        }
        if let suggestion { out += "\n  did you mean `\(suggestion)`?" }
        return out
    }
}
