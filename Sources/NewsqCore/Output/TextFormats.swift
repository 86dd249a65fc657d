/// The plain-text formats: sqlite3's `lines`, CSV (RFC 4180), TSV and Markdown.
enum TextFormats {
    static func lines(_ result: QueryResult) -> String {
        let names = result.columns
        let pad = names.map(\.count).max() ?? 0
        return result.rows.map { row in
            row.enumerated().map { i, v in
                String(repeating: " ", count: pad - names[i].count) + names[i] + " = " + Terminal.printable(v.display)
            }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    /// RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled.
    static func csv(_ result: QueryResult, headers: Bool = true) -> String {
        var out = CSVBytes()
        if headers {
            for (i, name) in result.columns.enumerated() { if i > 0 { out.bytes.append(44) }; out.append(name) }
            out.bytes += [13, 10]
        }
        if let table = result.source.table, table.collection == .claims {
            // Claims are printed from their columns: no value is made.
            let claims = table.store.claims
            for (i, row) in table.rows.enumerated() {
                for (k, field) in table.fields.enumerated() {
                    if k > 0 { out.bytes.append(44) }
                    switch Schema.claims[field].source {
                    case .id: out.bytes += String(row + 1).utf8
                    case .number(let n): out.bytes += String(claims.number(row, n)).utf8
                    case .text(let t): claims.withBytes(row, t) { out.append(bytes: $0.assumingMemoryBound(to: UInt8.self)) }
                    }
                }
                if let counts = table.counts { out.bytes.append(44); out.bytes += String(counts[i]).utf8 }
                out.bytes += [13, 10]
            }
            return String(decoding: out.bytes, as: UTF8.self)
        }
        for row in result.rows {
            for (i, value) in row.enumerated() {
                if i > 0 { out.bytes.append(44) }
                switch value {
                case .text(let s): out.append(s)
                case .int(let n): out.bytes += String(n).utf8
                case .none: break
                }
            }
            out.bytes += [13, 10]
        }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// CSV being written. A value type the writer passes along (not a variable nested functions
    /// capture, which Swift checks for overlapping access at run time on every use).
    private struct CSVBytes {
        var bytes: [UInt8] = []

        mutating func append(_ s: String) {
            var s = s
            s.withUTF8 { append(bytes: $0) }
        }

        mutating func append(bytes field: UnsafeBufferPointer<UInt8>) {
            // Most fields are printable ASCII: one pass says so, and they are copied as they are.
            if field.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) || Terminal.isClean(bytes: field, lineBreaks: true) { return appendField(field) }
            var clean = TextFormats.withoutControls(String(decoding: field, as: UTF8.self), keepingLineBreaks: true)
            clean.withUTF8 { appendField($0) }
        }

        /// A field's bytes, quoted when a comma, quote or line break is in them (quotes doubled).
        private mutating func appendField(_ field: UnsafeBufferPointer<UInt8>) {
            guard field.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else { return bytes.append(contentsOf: field) }
            bytes.append(34)
            var start = 0
            for i in field.indices where field[i] == 34 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: field[start...i]))
                bytes.append(34)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: field[start...]))
            bytes.append(34)
        }
    }

    /// Tab-separated; tabs, line breaks and backslashes inside values are escaped.
    static func tsv(_ result: QueryResult, headers: Bool = true) -> String {
        func field(_ s: String) -> String {
            withoutControls(tsvEscapes.apply(s), keepingLineBreaks: false)
        }
        var out = headers ? result.columns.joined(separator: "\t") + "\n" : ""
        for row in result.rows { out += row.map { field($0.description) }.joined(separator: "\t") + "\n" }
        return out
    }

    static func markdown(_ result: QueryResult) -> String {
        let columns = OutputFormat.visibleColumns(result)
        func cell(_ s: String) -> String {
            markdownEscapes.apply(Terminal.printable(s))
        }
        var out = "| " + columns.map { result.columns[$0] }.joined(separator: " | ") + " |\n"
        out +=
            "|"
            + columns.map { i in
                result.rows.first.map { if case .int = $0[i] { return "---:" } else { return "---" } } ?? "---"
            }.joined(separator: "|") + "|\n"
        for row in result.rows { out += "| " + columns.map { cell(row[$0].display) }.joined(separator: " | ") + " |\n" }
        return out
    }

    /// Control characters and escape sequences removed; line breaks kept where the format quotes them.
    static func withoutControls(_ s: String, keepingLineBreaks: Bool) -> String {
        guard keepingLineBreaks else { return Terminal.printable(s) }
        if Terminal.isClean(s, lineBreaks: true) { return s }
        return s.split(separator: "\n", omittingEmptySubsequences: false).map { Terminal.printable(String($0)) }.joined(separator: "\n")
    }

    static let tsvEscapes = ByteReplacements(["\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"])
    static let markdownEscapes = ByteReplacements(["\\": "\\\\", "|": "\\|"])
}

/// ASCII characters to replace by text, applied in one pass over a string's bytes;
/// a string with none of them is returned as it is.
struct ByteReplacements: Sendable {
    private var table = [[UInt8]?](repeating: nil, count: 128)

    init(_ replacements: [Unicode.Scalar: String]) {
        for (character, replacement) in replacements { table[Int(character.value)] = Array(replacement.utf8) }
    }

    func apply(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 128 && table[Int($0)] != nil }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for byte in s.utf8 {
            if byte < 128, let replacement = table[Int(byte)] { out += replacement } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
