/// The ways a result can be printed: `.mode` in the shell, `--format` in batch use.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, lines, json, jsonl, csv, tsv, markdown

    /// What sqlite3 and psql users call these modes (`.mode column`, `.mode box`).
    static let otherNames: [String: OutputFormat] = [
        "column": .table, "box": .table, "aligned": .table, "line": .lines, "ndjson": .jsonl, "tabs": .tsv, "md": .markdown,
    ]

    /// A mode by its name or a name sqlite3 or psql gives it, in any case.
    public init?(named name: String) {
        let name = name.lowercased()
        guard let format = OutputFormat(rawValue: name) ?? Self.otherNames[name] else { return nil }
        self = format
    }

    /// `width`: the terminal's columns a table fits; nil (output to a pipe or a file)
    /// keeps every value whole. `headers`: the column names over a table, CSV or TSV
    /// (`.headers off` leaves them out, as in sqlite3).
    public func render(_ result: QueryResult, width: Int?, headers: Bool = true) -> String {
        switch self {
        case .table: return TableFormat.render(result, width: width, headers: headers)
        case .lines: return TextFormats.lines(result)
        case .json: return JSONFormat.array(result)
        case .jsonl: return JSONFormat.lines(result)
        case .csv: return TextFormats.csv(result, headers: headers)
        case .tsv: return TextFormats.tsv(result, headers: headers)
        case .markdown: return TextFormats.markdown(result)
        }
    }

    /// Views for people show the collection's main columns unless the query chose.
    static func visibleColumns(_ result: QueryResult) -> [Int] {
        guard !result.explicitColumns else { return Array(result.columns.indices) }
        let wanted = result.collection.tableColumns
        return result.columns.indices.filter { wanted.contains(result.columns[$0]) }
    }
}
