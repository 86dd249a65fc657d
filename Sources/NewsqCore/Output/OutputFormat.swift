/// The ways a result can be printed: `.mode` in the shell, `--format` in batch use.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, lines, json, jsonl, csv, tsv, markdown

    /// `width`: the terminal's columns a table fits; nil (output to a pipe or a file)
    /// keeps every value whole.
    public func render(_ result: QueryResult, width: Int?) -> String {
        switch self {
        case .table: return TableFormat.render(result, width: width)
        case .lines: return TextFormats.lines(result)
        case .json: return JSONFormat.array(result)
        case .jsonl: return JSONFormat.lines(result)
        case .csv: return TextFormats.csv(result)
        case .tsv: return TextFormats.tsv(result)
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
