import Foundation

/// The tab-separated lists in `Resources/`, read as bytes in one pass at start-up; `#`
/// lines skipped. Empty when the file is missing.
enum Resource {
    /// Each row's first field, lowercased, by its hash (`FeatureHash.hash` of the UTF-8), with
    /// a small value made from the row's fields; no string is made for a line of ASCII.
    static func keyed(_ name: String, fields: Int, value: ([UnsafeBufferPointer<UInt8>]) -> UInt8) -> WordTable {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv"), let data = try? Data(contentsOf: url) else {
            return WordTable([])
        }
        var entries: [(key: UInt64, value: UInt8)] = []
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var row: [UnsafeBufferPointer<UInt8>] = []
            var fieldStart = 0
            for i in 0...bytes.count {
                let b: UInt8 = i < bytes.count ? bytes[i] : 10
                guard b == 9 || b == 10 else { continue }
                row.append(UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]))
                fieldStart = i + 1
                guard b == 10 else { continue }
                if row.count == fields, row[0].first != 35 { entries.append((lowercasedHash(row[0]), value(row))) }
                row.removeAll(keepingCapacity: true)
            }
        }
        return WordTable(entries)
    }

    /// The hash of the lowercased text: ASCII lowered byte by byte, anything else through `String`.
    static func lowercasedHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return FeatureHash.hash(String(decoding: bytes, as: UTF8.self).lowercased().utf8) }
        return FeatureHash.hash(bytes.lazy.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
    }
}

/// Lowercased words (or names) by hash, each with a small value (0 is no entry): a list of
/// `Resources/` as the engine looks words up in it.
struct WordTable: Sendable {
    let entries: [(key: UInt64, value: UInt8)]
    private let table: FeatureTable<UInt8>

    init(_ entries: [(key: UInt64, value: UInt8)]) {
        self.entries = entries
        table = FeatureTable(entries.map { ($0.key, $0.value) }, empty: 0)
    }

    /// The value of a lowercased word, 0 when it is not in the list.
    subscript(_ lowercased: String) -> UInt8 { table[FeatureHash.hash(lowercased)] }
}
