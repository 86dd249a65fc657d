/// A word, literal or mark of a query, with where it starts.
struct QueryToken: Equatable {
    enum Kind: Equatable {
        case word, string, number, date, regex, op, leftParen, rightParen, comma, end
    }
    var kind: Kind
    var text: String
    /// For `regex`: its flags (`i`).
    var flags = ""
    var line: Int
    var column: Int
}

/// Splits one statement into tokens. Strings take '…' or "…" (a doubled quote
/// inside stands for itself); `/re/i` after `matches`; `--` runs to the line's end;
/// `$name` is replaced by the parameter's value as one literal, never as query text.
struct QueryLexer {
    static let maxLength = 100_000

    static func tokens(_ source: String, firstLine: Int = 1, parameters: [String: String] = [:]) throws(QueryError) -> [QueryToken] {
        let chars = Array(source)
        guard chars.count <= maxLength else {
            throw QueryError("query too long (\(chars.count) characters, limit \(maxLength))", line: firstLine, column: 1)
        }
        var out: [QueryToken] = []
        var i = 0, line = firstLine, lineStart = 0
        func column(_ at: Int) -> Int { at - lineStart + 1 }
        while i < chars.count {
            let c = chars[i]
            let start = i
            if c == "\n" { i += 1; line += 1; lineStart = i; continue }
            if c.isWhitespace { i += 1; continue }
            if c == "-", i + 1 < chars.count, chars[i + 1] == "-" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "\"" || c == "'" {
                var value = ""
                i += 1
                var closed = false
                while i < chars.count {
                    if chars[i] == c {
                        if i + 1 < chars.count, chars[i + 1] == c { value.append(c); i += 2; continue }
                        closed = true; i += 1; break
                    }
                    if chars[i] == "\n" { line += 1; lineStart = i + 1 }
                    value.append(chars[i]); i += 1
                }
                guard closed else {
                    throw QueryError("string not closed: add \(c) at the end", line: line, column: column(start) > 0 ? column(start) : 1)
                }
                out.append(QueryToken(kind: .string, text: value, line: line, column: column(start)))
                continue
            }
            if c == "/", out.last.map({ $0.kind == .word && $0.text.lowercased() == "matches" }) == true {
                var pattern = ""
                i += 1
                var closed = false
                while i < chars.count, chars[i] != "\n" {
                    if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] == "/" { pattern.append("/"); i += 2; continue }
                    if chars[i] == "/" { closed = true; i += 1; break }
                    pattern.append(chars[i]); i += 1
                }
                guard closed else { throw QueryError("regular expression not closed: end it with /", line: line, column: column(start)) }
                var flags = ""
                while i < chars.count, chars[i].isLetter { flags.append(chars[i]); i += 1 }
                out.append(QueryToken(kind: .regex, text: pattern, flags: flags, line: line, column: column(start)))
                continue
            }
            if c.isNumber && c.isASCII || (c == "-" && i + 1 < chars.count && chars[i + 1].isASCII && chars[i + 1].isNumber) {
                i += 1
                while i < chars.count, chars[i].isASCII, chars[i].isNumber || chars[i] == "-" || chars[i] == "." { i += 1 }
                let text = String(chars[start..<i])
                if let date = DateText.isoPrefix(Substring(text)), date.length == text.count {
                    out.append(QueryToken(kind: .date, text: date.date, line: line, column: column(start)))
                } else if Int(text) != nil {
                    out.append(QueryToken(kind: .number, text: text, line: line, column: column(start)))
                } else {
                    throw QueryError("`\(text)` is neither a number nor a date (YYYY-MM-DD)", line: line, column: column(start))
                }
                continue
            }
            if c == "$" {
                i += 1
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { i += 1 }
                let name = String(chars[(start + 1)..<i])
                guard !name.isEmpty else { throw QueryError("`$` must start a parameter name, as in $actor", line: line, column: column(start)) }
                guard let value = parameters[name] else {
                    throw QueryError(
                        "parameter `$\(name)` is not set: give it with -D \(name)=VALUE or .set \(name) VALUE",
                        line: line, column: column(start),
                        suggestion: Suggest.nearest(name, among: Array(parameters.keys)).map { "$" + $0 })
                }
                out.append(
                    QueryToken(
                        kind: parameterKind(value), text: DateText.isoPrefix(Substring(value))?.date ?? value,
                        line: line, column: column(start)))
                continue
            }
            if c.isLetter || c == "_" {
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { i += 1 }
                out.append(QueryToken(kind: .word, text: String(chars[start..<i]), line: line, column: column(start)))
                continue
            }
            switch c {
            case "(": out.append(QueryToken(kind: .leftParen, text: "(", line: line, column: column(start))); i += 1
            case ")": out.append(QueryToken(kind: .rightParen, text: ")", line: line, column: column(start))); i += 1
            case ",": out.append(QueryToken(kind: .comma, text: ",", line: line, column: column(start))); i += 1
            case "=": out.append(QueryToken(kind: .op, text: "=", line: line, column: column(start))); i += 1
            case "!", "<", ">":
                if i + 1 < chars.count, chars[i + 1] == "=" {
                    out.append(QueryToken(kind: .op, text: String(c) + "=", line: line, column: column(start))); i += 2
                } else if c == "<", i + 1 < chars.count, chars[i + 1] == ">" {
                    out.append(QueryToken(kind: .op, text: "!=", line: line, column: column(start))); i += 2
                } else if c == "!" {
                    throw QueryError("`!` alone is not an operator", line: line, column: column(start), suggestion: "!=")
                } else {
                    out.append(QueryToken(kind: .op, text: String(c), line: line, column: column(start))); i += 1
                }
            default:
                let shown =
                    c.unicodeScalars.allSatisfy { $0.value >= 32 && $0.value != 127 }
                    ? String(c) : "U+" + String(c.unicodeScalars.first!.value, radix: 16, uppercase: true)
                throw QueryError("unexpected `\(shown)`", line: line, column: column(start))
            }
        }
        out.append(QueryToken(kind: .end, text: "", line: line, column: column(i)))
        return out
    }

    /// A parameter's value is a number, a date or a string, by how it looks.
    private static func parameterKind(_ value: String) -> QueryToken.Kind {
        if Int(value) != nil { return .number }
        if let date = DateText.isoPrefix(Substring(value)), date.length == value.count { return .date }
        return .string
    }
}
