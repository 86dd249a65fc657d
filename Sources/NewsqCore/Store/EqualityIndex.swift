/// One field's values grouped ignoring case: each group is a distinct lowercased value,
/// numbered in the order of those values (so a group's number is its rank, and grouped
/// results sort by comparing numbers); every row records its group, and each group lists
/// its rows. Equality lookups read the lists; grouping counts by the numbers without
/// touching text. Held in a blob, so a saved store maps it instead of building it.
struct EqualityIndex: Sendable {
    /// Row → its group (read through `group(ofRow:)`, which keeps a damaged file's numbers in range).
    let group: Words<UInt32>
    /// Group g's rows are `rows[rowStart[g] ..< rowStart[g + 1]]`, ascending.
    private let rowStart: Words<UInt32>
    private let rows: Words<UInt32>
    /// Group → its lowercased value.
    private let keys: TextPool
    private let blob: Blob

    var groupCount: Int { keys.count }

    @inline(__always) func group(ofRow row: Int) -> Int { Swift.min(Int(group[row]), groupCount - 1) }

    /// The rows of group `g`, ascending.
    func rows(_ g: Int) -> [Int] {
        let start = Swift.min(Int(rowStart[g]), rows.count), end = Swift.min(Swift.max(start, Int(rowStart[g + 1])), rows.count)
        return (start..<end).map { Int(rows[$0]) }
    }

    func rowCount(_ g: Int) -> Int { Swift.max(0, Int(rowStart[g + 1]) - Int(rowStart[g])) }

    /// The first row of group `g` (how its value is written there).
    func firstRow(_ g: Int) -> Int { Int(rows[Int(rowStart[g])]) }

    /// The group whose value is `key` (already lowercased): a binary search of the values.
    func group(of key: String) -> Int? {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            let probe = keys.string(middle)
            if probe == key { return middle }
            if probe < key { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Rows whose value is `key` (already lowercased).
    subscript(key: String) -> [Int]? { group(of: key).map(rows) }

    // MARK: - Building

    /// The index of rows whose value is `values[codes[row]]`.
    init(codes: [UInt32], values: [String]) {
        var layout = BlobLayout()
        Self.lay(codes: codes, values: values, into: &layout)
        var reader = BlobReader(layout.blob(magic: 0, key: 0), magic: 0, key: 0)!
        self = Self(reading: &reader)!
    }

    /// Indexes `count` rows whose values `value(row)` gives.
    init(count: Int, value: (Int) -> String) {
        let interned = Interned(count: count, value)
        self.init(codes: interned.codes, values: interned.values)
    }

    /// Adds the index's sections to `layout`, for `init(reading:)` to take back.
    static func lay(codes: [UInt32], values: [String], into layout: inout BlobLayout) {
        let lowered = values.map(TextMatching.lowered)
        let keys = Array(Set(lowered)).sorted()
        let groupOfKey = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, UInt32($0)) })
        let groupOfCode = lowered.map { groupOfKey[$0]! }
        let group = codes.map { groupOfCode[Int($0)] }
        var rowStart = [UInt32](repeating: 0, count: keys.count + 1)
        for g in group { rowStart[Int(g) + 1] += 1 }
        for g in keys.indices { rowStart[g + 1] += rowStart[g] }
        var next = rowStart
        var rows = [UInt32](repeating: 0, count: group.count)
        for (row, g) in group.enumerated() {
            rows[Int(next[Int(g)])] = UInt32(row)
            next[Int(g)] += 1
        }
        layout.add(group)
        layout.add(rowStart)
        layout.add(rows)
        layout.add(texts: keys)
    }

    /// The index `lay` wrote, or nil when the sections are missing or their sizes disagree.
    init?(reading reader: inout BlobReader) {
        guard let group = reader.words(UInt32.self), let rowStart = reader.words(UInt32.self), let rows = reader.words(UInt32.self),
            let keys = reader.pool(), rowStart.count == keys.count + 1, rows.count == group.count, keys.count > 0 || group.count == 0
        else { return nil }
        self.group = group
        self.rowStart = rowStart
        self.rows = rows
        self.keys = keys
        blob = reader.blob
    }
}

/// Texts interned: each distinct text numbered in order of first appearance, and each
/// position's number.
struct Interned {
    var codes: [UInt32] = []
    var values: [String] = []

    init(count: Int, _ text: (Int) -> String) {
        var number: [String: UInt32] = [:]
        codes.reserveCapacity(count)
        for i in 0..<count { codes.append(add(text(i), &number)) }
    }

    private mutating func add(_ text: String, _ number: inout [String: UInt32]) -> UInt32 {
        if let known = number[text] { return known }
        let code = UInt32(values.count)
        number[text] = code
        values.append(text)
        return code
    }
}
