/// A psql-style table that fits the given width: columns shrink from the widest,
/// and text that does not fit ends with an ellipsis. Without a width (output to a pipe
/// or a file) no value is cut: data stays data.
enum TableFormat {
    static let minimumColumn = 6

    /// A table is for reading: past this many rows it says how to get them all.
    static let maxRows = 10_000

    static func render(_ result: QueryResult, width: Int?, headers showsHeaders: Bool = true) -> String {
        let columns = OutputFormat.visibleColumns(result)
        let headers = columns.map { result.columns[$0] }
        let longest = width == nil ? Int.max : 2000
        let cells = result.rows.prefix(maxRows).map { row in columns.map { Terminal.printable(String(row[$0].display.prefix(longest))) } }
        let numeric = columns.map { i in result.rows.first.map { if case .int = $0[i] { return true } else { return false } } ?? false }
        var widths = headers.map { Terminal.displayWidth($0) }
        for row in cells {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], min(Terminal.displayWidth(cell), width == nil ? Int.max : 400)) }
        }
        // " a | b | c": one space at each edge and " | " between.
        let available = max(width ?? Int.max / 2, 20) - 2 - 3 * max(0, widths.count - 1)
        while width != nil, widths.reduce(0, +) > available {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
                widths[widest] > max(minimumColumn, min(headers[widest].count, 12))
            else { break }
            let others = widths.reduce(0, +) - widths[widest]
            widths[widest] = max(max(minimumColumn, min(headers[widest].count, 12)), min(widths[widest] - 1, available - others))
        }
        func line(_ values: [String], header: Bool) -> String {
            let parts = values.enumerated().map { i, v -> String in
                let fitted = fit(v, widths[i])
                let pad = String(repeating: " ", count: max(0, widths[i] - Terminal.displayWidth(fitted)))
                return numeric[i] && !header ? pad + fitted : fitted + pad
            }
            var text = " " + parts.joined(separator: " | ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var out = ""
        if showsHeaders {
            out += line(headers, header: true) + "\n"
            out += widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "\n"
        }
        for row in cells { out += line(row, header: false) + "\n" }
        if result.rows.count > cells.count {
            out += "(\(cells.count) of \(result.rows.count) rows shown; add `limit`, or use .mode csv with .output FILE for all)\n"
        } else {
            out += "(\(counted(cells.count, "row")))\n"
        }
        return out
    }

    /// `text` cut to `width` display columns, ending in "…" when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        guard Terminal.displayWidth(text) > width else { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = Terminal.displayWidth(String(ch))
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}
