/// The plain-text formats: sqlite3's `lines`, CSV (RFC 4180), TSV and Markdown.
enum TextFormats {
    static func lines(_ result: QueryResult) -> String {
        let names = result.columns
        let pad = names.map(\.count).max() ?? 0
        return result.rows.map { row in
            row.enumerated().map { i, v in
                String(repeating: " ", count: pad - names[i].count) + names[i] + " = " + Terminal.printable(v.description)
            }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    /// RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled.
    static func csv(_ result: QueryResult) -> String {
        func field(_ s: String) -> String {
            let clean = withoutControls(s, keepingLineBreaks: true)
            guard clean.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return clean }
            return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var out = result.columns.map(field).joined(separator: ",") + "\r\n"
        for row in result.rows { out += row.map { field($0.description) }.joined(separator: ",") + "\r\n" }
        return out
    }

    /// Tab-separated; tabs, line breaks and backslashes inside values are escaped.
    static func tsv(_ result: QueryResult) -> String {
        func field(_ s: String) -> String {
            withoutControls(s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r"), keepingLineBreaks: false)
        }
        var out = result.columns.joined(separator: "\t") + "\n"
        for row in result.rows { out += row.map { field($0.description) }.joined(separator: "\t") + "\n" }
        return out
    }

    static func markdown(_ result: QueryResult) -> String {
        let columns = OutputFormat.visibleColumns(result)
        func cell(_ s: String) -> String {
            Terminal.printable(s).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
        }
        var out = "| " + columns.map { result.columns[$0] }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { i in
            result.rows.first.map { if case .int = $0[i] { return "---:" } else { return "---" } } ?? "---"
        }.joined(separator: "|") + "|\n"
        for row in result.rows { out += "| " + columns.map { cell(row[$0].description) }.joined(separator: " | ") + " |\n" }
        return out
    }

    /// Control characters and escape sequences removed; line breaks kept where the format quotes them.
    static func withoutControls(_ s: String, keepingLineBreaks: Bool) -> String {
        guard keepingLineBreaks else { return Terminal.printable(s) }
        return s.split(separator: "\n", omittingEmptySubsequences: false).map { Terminal.printable(String($0)) }.joined(separator: "\n")
    }
}
