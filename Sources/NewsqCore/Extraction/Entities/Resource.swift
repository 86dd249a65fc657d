import Foundation

/// The tab-separated lists in `Resources/`: each line's fields, `#` lines skipped, read
/// as bytes (they are read at start-up). Empty when the file is missing.
enum Resource {
    static func rows(_ name: String, fields: Int) -> [[String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv"), let data = try? Data(contentsOf: url) else { return [] }
        let bytes = [UInt8](data)
        var rows: [[String]] = []
        var lineStart = 0
        for (i, b) in bytes.enumerated() where b == 10 {
            defer { lineStart = i + 1 }
            let line = bytes[lineStart..<i]
            guard line.first != 35 else { continue }
            let parts = line.split(separator: 9, omittingEmptySubsequences: false)
            guard parts.count == fields else { continue }
            rows.append(parts.map { String(decoding: $0, as: UTF8.self) })
        }
        return rows
    }
}
