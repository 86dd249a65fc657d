/// JSON output: objects keyed by the schema's field names, numbers as numbers,
/// every control character escaped.
enum JSONFormat {
    static func array(_ result: QueryResult) -> String {
        if result.rows.isEmpty { return "[]\n" }
        return "[\n" + result.rows.map { "  " + object($0, result.columns) }.joined(separator: ",\n") + "\n]\n"
    }

    static func lines(_ result: QueryResult) -> String {
        var out = ""
        for row in result.rows { out += object(row, result.columns); out += "\n" }
        return out
    }

    static func object(_ row: [Value], _ columns: [String]) -> String {
        var out = "{"
        for (i, value) in row.enumerated() {
            if i > 0 { out += ", " }
            out += quote(columns[i]) + ": "
            switch value {
            case .int(let n): out += String(n)
            case .text(let s): out += quote(s)
            case .none: out += "null"
            }
        }
        return out + "}"
    }

    static func quote(_ s: String) -> String {
        // Most values need no escape at all: then they are copied whole.
        if Terminal.isClean(s, lineSeparators: true, rejecting: { $0 == 34 || $0 == 92 }) {
            return "\"" + s + "\""
        }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029
                {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
