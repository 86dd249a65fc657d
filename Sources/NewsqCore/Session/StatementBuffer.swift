/// Gathers input a line at a time and hands out statements as they complete;
/// the shell shows `...>` while `isOpen`. Standard input and the shell share it.
public struct StatementBuffer {
    private var pending = ""
    private var pendingLine = 1
    private var nextLine = 1

    /// At the prompt each statement counts its lines from 1 (an error says `1:14`, not
    /// the line of the session) and a complete line runs at once; piped input counts
    /// from its start, and a complete statement waits for the next line, which may continue it.
    private let input: StatementSplitter.Input

    public init(input: StatementSplitter.Input) {
        self.input = input
    }

    /// Statement text still waiting for a closing quote or parenthesis, or for the next line.
    public var isOpen: Bool { !pending.isEmpty }

    /// The statement begun so far (for `.edit`).
    public var pendingText: String { pending }

    public mutating func add(line: String) -> [Statement] {
        if pending.isEmpty {
            if input == .prompt { nextLine = 1 }
            pendingLine = nextLine
        }
        nextLine += 1
        pending += pending.isEmpty ? line : "\n" + line
        let split = StatementSplitter.split(pending, firstLine: pendingLine, input: input, isWhole: false)
        pending = split.rest
        pendingLine = split.restLine
        return split.statements
    }

    /// Drops an unfinished statement (Ctrl-C on a continuation line).
    public mutating func clear() { pending = "" }

    /// What is left at the end of input: a statement no line continued, or one left
    /// open, run so that its error says what is unclosed.
    public mutating func flush() -> Statement? {
        defer { pending = "" }
        let text = pending.trimmingSpaces
        return text.isEmpty ? nil : Statement(text: text, line: pendingLine)
    }
}
