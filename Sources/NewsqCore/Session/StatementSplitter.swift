import Foundation

/// One statement of a script or of the shell's input: a query or a dot-command,
/// with the line it starts on.
public struct Statement: Sendable, Equatable {
    public var text: String
    public var line: Int
    public var isDotCommand: Bool { text.first == "." }

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// Cuts input into statements: `;` or a line end ends one, unless a quotation,
/// a parenthesis or a regular expression is still open; `--` comments are kept
/// for the lexer; a line starting with `.` is a dot-command.
public enum StatementSplitter {
    public struct Split {
        public var statements: [Statement]
        /// Text after the last complete statement: an open quote or parenthesis waits for more.
        public var rest: String
        public var restLine: Int
    }

    public static func split(_ text: String, firstLine: Int = 1) -> Split {
        var statements: [Statement] = []
        var current = ""
        var currentLine = firstLine
        var line = firstLine
        var quote: Character?
        var depth = 0
        var inRegex = false
        var inComment = false
        var atLineStart = true
        var lastWord = ""
        var word = ""

        func finish() {
            let trimmed = current.trimmingSpaces
            if !trimmed.isEmpty, !isOnlyComments(trimmed) { statements.append(Statement(text: trimmed, line: currentLine)) }
            current = ""
            depth = 0
        }

        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if atLineStart && current.allSatisfy(\.isWhitespace) && quote == nil && depth == 0 {
                // Dot-commands and a script's #! line take the whole line.
                var j = i
                while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
                if j < chars.count, chars[j] == "." || (chars[j] == "#" && line == firstLine && j + 1 < chars.count && chars[j + 1] == "!") {
                    var end = j
                    while end < chars.count, chars[end] != "\n" { end += 1 }
                    if chars[j] == "." {
                        statements.append(Statement(text: String(chars[j..<end]).trimmingSpaces, line: line))
                    }
                    i = end
                    current = ""
                    continue
                }
                if current.isEmpty { currentLine = line }
            }
            atLineStart = false
            if c == "\n" {
                line += 1
                atLineStart = true
                inComment = false
                if quote == nil && depth == 0 && !inRegex && !endsIncomplete(current) {
                    finish()
                    currentLine = line
                    i += 1
                    continue
                }
                if inRegex { inRegex = false }  // a regular expression does not span lines
                current.append(c)
                i += 1
                continue
            }
            if inComment { current.append(c); i += 1; continue }
            if let q = quote {
                current.append(c)
                if c == q { quote = nil }
                i += 1
                continue
            }
            if inRegex {
                current.append(c)
                if c == "\\", i + 1 < chars.count, chars[i + 1] != "\n" { current.append(chars[i + 1]); i += 2; continue }
                if c == "/" { inRegex = false }
                i += 1
                continue
            }
            if c.isLetter || c == "_" { word.append(c) } else if !word.isEmpty { lastWord = word.lowercased(); word = "" }
            switch c {
            case "\"", "'": quote = c
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case "/" where lastWord == "matches" && word.isEmpty: inRegex = true; lastWord = ""
            case "-" where i + 1 < chars.count && chars[i + 1] == "-": inComment = true
            case ";":
                if depth == 0 {
                    finish()
                    currentLine = line
                    i += 1
                    continue
                }
            default: break
            }
            if current.isEmpty { currentLine = line }
            current.append(c)
            i += 1
        }
        if quote == nil && depth == 0 && !inRegex && !endsIncomplete(current) {
            finish()
            return Split(statements: statements, rest: "", restLine: line)
        }
        return Split(statements: statements, rest: current, restLine: currentLine)
    }

    /// Words and marks a statement cannot end on: after them it goes on at the next line
    /// (`claims where actor = "Joe Biden" and` ⏎ `stance = deny`).
    static let continuingWords: Set<String> = [
        "and", "or", "not", "where", "by", "sort", "show", "limit", "offset", "in", "contains", "matches", "between",
    ]
    static let continuingMarks: Set<String> = [",", "=", "!=", "<", ">", "<=", ">="]

    /// Whether `text` (so far) ends where a statement cannot: on a joining word, a comma or
    /// an operator, its last line's `--` comment aside.
    static func endsIncomplete(_ text: String) -> Bool {
        let lastLine = text.lastIndex(of: "\n").map(text.index(after:)) ?? text.startIndex
        var body = text[..<(text[lastLine...].range(of: "--")?.lowerBound ?? text.endIndex)]
        while let c = body.last, c.isWhitespace { body.removeLast() }
        guard let end = body.last else { return false }
        if end.isLetter {
            let word = body.reversed().prefix { $0.isLetter || $0 == "_" }
            return continuingWords.contains(String(word.reversed()).lowercased()) && word.count < body.count
        }
        return continuingMarks.contains(String(body.suffix(2)).trimmingSpaces) || continuingMarks.contains(String(end))
    }

    private static func isOnlyComments(_ text: String) -> Bool {
        text.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
    }
}
