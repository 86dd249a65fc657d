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
    private var ranks = Ranks()

    private final class Ranks: Sendable {
        let value = Mutex<[Int32]?>(nil)
    }

    /// Indexes `count` rows whose values `value(row)` gives.
    init(count: Int, value: (Int) -> String) {
        var builder = Builder(capacity: count)
        for row in 0..<count { builder.add(value(row)) }
        self = builder.index
    }

    private init() {}

    /// The index whose distinct values (lowercased) are `keys`, in number order, and whose row
    /// `r` holds value `column[r]`: as `SavedIndexes` keeps it. Nil when a number names no value.
    init?(keys: [String], column: [Int32]) {
        var rows = [[Int]](repeating: [], count: keys.count)
        for (row, id) in column.enumerated() {
            guard id >= 0, Int(id) < keys.count else { return nil }
            rows[Int(id)].append(row)
        }
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(keys.count)
        for (n, key) in keys.enumerated() { ids[key] = Int32(n) }
        guard ids.count == keys.count else { return nil }
        self.ids = ids
        self.rows = rows
        self.column = column
    }

    /// An index made a row at a time, rows numbered from 0 in the order added (so one pass
    /// over the rows can feed several fields' indexes). Each distinct value as written is
    /// lowercased once, not once per row.
    struct Builder {
        private(set) var index = EqualityIndex()
        private var exact: [String: Int32] = [:]

        init(capacity: Int) { index.column.reserveCapacity(capacity) }

        mutating func add(_ written: String) {
            let id: Int32
            if let known = exact[written] {
                id = known
            } else {
                let key = TextMatching.lowered(written)
                if let known = index.ids[key] {
                    id = known
                } else {
                    id = Int32(index.rows.count)
                    index.ids[key] = id
                    index.rows.append([])
                }
                exact[written] = id
            }
            index.rows[Int(id)].append(index.column.count)
            index.column.append(id)
        }
    }

    /// Rows whose value is `key` (already lowercased).
    subscript(key: String) -> [Int]? {
        ids[key].map { rows[Int($0)] }
    }
}
