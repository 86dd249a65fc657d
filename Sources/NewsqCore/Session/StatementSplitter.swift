import Foundation

/// One statement of a script or of the shell's input: a query or a dot-command,
/// with the line it starts on.
public struct Statement: Sendable, Equatable {
    public var text: String
    public var line: Int
    /// A dot-command, or one of psql's backslash commands (`\q`, `\d claims`).
    public var isDotCommand: Bool { text.first.map(Self.commandMarks.contains) ?? false }
    static let commandMarks: Set<Character> = [".", "\\"]

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// Cuts input into statements: `;` ends one, and so does a line end unless a quotation,
/// a parenthesis or a regular expression is still open or the statement cannot end
/// there (`claims where`). In a script (a file, piped input, what `.edit` saves) a line
/// that begins with a word no statement begins with (`where`, `and`, `show`, …) also
/// continues the statement above, so SQL's habit of a clause a line reads as one
/// statement; at the prompt a complete line runs at Enter. `--` comments are kept for
/// the lexer; a line starting with `.` (or psql's `\`) is a dot-command.
public enum StatementSplitter {
    /// Where the text comes from, which decides what a complete line does.
    public enum Input: Sendable {
        /// Typed at the prompt: a complete line runs at Enter.
        case prompt
        /// A script, piped input, `-e`, what `.edit` saves: a complete line runs unless
        /// the next line continues it.
        case script
    }

    public struct Split {
        public var statements: [Statement]
        /// Text after the last complete statement: an open quote or parenthesis waits for
        /// more, and in a script so does a statement the next line may continue.
        public var rest: String
        public var restLine: Int
    }

    /// `isWhole`: the text is all there is (a file); otherwise more lines may follow and a
    /// script's complete statement waits in `rest` for the next one.
    public static func split(_ text: String, firstLine: Int = 1, input: Input = .script, isWhole: Bool = true) -> Split {
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
                if j < chars.count, Statement.commandMarks.contains(chars[j]) || (chars[j] == "#" && line == firstLine && j + 1 < chars.count && chars[j + 1] == "!") {
                    var end = j
                    while end < chars.count, chars[end] != "\n" { end += 1 }
                    if chars[j] != "#" {
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
                    switch input == .prompt || isOnlyComments(current) ? .ends : nextLine(after: i, in: chars, isWhole: isWhole) {
                    case .ends:
                        finish()
                        currentLine = line
                        i += 1
                        continue
                    case .continues:
                        break
                    case .unknown:
                        // Only comments follow, and more input may come: wait for it.
                        current += String(chars[i...])
                        return Split(statements: statements, rest: current, restLine: currentLine)
                    }
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
        if quote == nil && depth == 0 && !inRegex && !endsIncomplete(current) && (isWhole || input == .prompt || isOnlyComments(current)) {
            finish()
            return Split(statements: statements, rest: "", restLine: line)
        }
        return Split(statements: statements, rest: current, restLine: currentLine)
    }

    /// What the line after a complete one does to it, in a script.
    enum NextLine { case ends, continues, unknown }

    /// Reads ahead from the line end at `index`: a line that begins with a word or mark no
    /// statement begins with continues the statement; a blank line, a command or any
    /// other word ends it; comment lines are passed over.
    static func nextLine(after index: Int, in chars: [Character], isWhole: Bool) -> NextLine {
        var j = index + 1
        while j < chars.count {
            while j < chars.count, chars[j] == " " || chars[j] == "\t" || chars[j] == "\r" { j += 1 }
            guard j < chars.count, chars[j] != "\n" else { return .ends }
            if chars[j] == "-", j + 1 < chars.count, chars[j + 1] == "-" {
                while j < chars.count, chars[j] != "\n" { j += 1 }
                j += 1
                continue
            }
            var word = ""
            while j < chars.count, chars[j].isLetter || chars[j] == "_" { word.append(chars[j]); j += 1 }
            if !word.isEmpty { return QueryGrammar.lineContinuingWords.contains(word.lowercased()) ? .continues : .ends }
            let mark = String(chars[j...].prefix(2))
            return QueryGrammar.continuingMarks.contains(mark) || QueryGrammar.continuingMarks.contains(String(chars[j])) ? .continues : .ends
        }
        return isWhole ? .ends : .unknown
    }

    /// Whether `text` (so far) ends where a statement cannot: on a joining word, a comma or
    /// an operator, its last line's `--` comment aside.
    static func endsIncomplete(_ text: String) -> Bool {
        let lastLine = text.lastIndex(of: "\n").map(text.index(after:)) ?? text.startIndex
        var body = text[..<(text[lastLine...].range(of: "--")?.lowerBound ?? text.endIndex)]
        while let c = body.last, c.isWhitespace { body.removeLast() }
        guard let end = body.last else { return false }
        if end.isLetter {
            let word = body.reversed().prefix { $0.isLetter || $0 == "_" }
            return QueryGrammar.continuingWords.contains(String(word.reversed()).lowercased()) && word.count < body.count
        }
        return QueryGrammar.continuingMarks.contains(String(body.suffix(2)).trimmingSpaces) || QueryGrammar.continuingMarks.contains(String(end))
    }

    private static func isOnlyComments(_ text: String) -> Bool {
        text.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
    }
}
