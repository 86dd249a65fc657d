import Synchronization

/// One field's values interned: each distinct value (ignoring case) gets a number,
/// every row records its value's number, and each number lists its rows. Equality
/// lookups read the lists; grouping counts by the numbers without touching text.
struct EqualityIndex: Sendable {
    /// Lowercased value → its number.
    private(set) var ids: [String: Int32] = [:]
    /// Number → rows holding that value, ascending.
    private(set) var rows: [[Int]] = []
    /// Row → its value's number.
    private(set) var column: [Int32] = []
    /// Number → its place among the distinct values in order, so grouped results sort by
    /// comparing numbers instead of text. Sorted on the first query that groups by the
    /// field, not at load: most fields are never grouped by.
    var rank: [Int32] {
        ranks.value.withLock { cached in
            if let cached { return cached }
            var rank = [Int32](repeating: 0, count: rows.count)
            for (place, entry) in ids.sorted(by: { $0.key < $1.key }).enumerated() { rank[Int(entry.value)] = Int32(place) }
            cached = rank
            return rank
        }
    }
    private let ranks = Ranks()

    private final class Ranks: Sendable {
        let value = Mutex<[Int32]?>(nil)
    }

    /// Indexes `count` rows whose values `value(row)` gives. Each distinct value as written
    /// is lowercased once, not once per row.
    init(count: Int, value: (Int) -> String) {
        var exact: [String: Int32] = [:]
        column.reserveCapacity(count)
        for row in 0..<count {
            let written = value(row)
            let id: Int32
            if let known = exact[written] {
                id = known
            } else {
                let key = TextMatching.lowered(written)
                if let known = ids[key] {
                    id = known
                } else {
                    id = Int32(rows.count)
                    ids[key] = id
                    rows.append([])
                }
                exact[written] = id
            }
            rows[Int(id)].append(row)
            column.append(id)
        }
    }

    /// Rows whose value is `key` (already lowercased).
    subscript(key: String) -> [Int]? {
        ids[key].map { rows[Int($0)] }
    }
}
