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

    // MARK: - Building

    /// The index of rows whose value is `values[codes[row]]`.
    init(codes: some Swift.Collection<UInt32>, values: [String]) {
        var reader = BlobReader(Blob(Self.sections(codes: codes, values: values)))
        self = Self(reading: &reader)!
    }

    /// Indexes `count` rows whose values `value(row)` gives.
    init(count: Int, value: (Int) -> String) {
        var interned = TextInterner(capacity: count)
        for row in 0..<count { interned.add(value(row)) }
        self.init(codes: interned.numbers.buffer, values: interned.values)
    }

    /// The index's sections, for `init(reading:)` to take back.
    static func sections(codes: some Swift.Collection<UInt32>, values: [String]) -> [Section] {
        let lowered = values.map(TextMatching.lowered)
        let keys = Array(Set(lowered)).sorted()
        let groupOfKey = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, UInt32($0)) })
        let groupOfCode = lowered.map { groupOfKey[$0]! }
        // The two row-long columns are filled where they stay (a corpus has hundreds of thousands of rows).
        let group = Section(count: codes.count, of: UInt32.self) { group in
            for (row, code) in codes.enumerated() { group[row] = groupOfCode.indices.contains(Int(code)) ? groupOfCode[Int(code)] : 0 }
        }
        let groups = UnsafeBufferPointer(start: group.base.assumingMemoryBound(to: UInt32.self), count: codes.count)
        var rowStart = [UInt32](repeating: 0, count: keys.count + 1)
        for g in groups { rowStart[Int(g) + 1] += 1 }
        for g in keys.indices { rowStart[g + 1] += rowStart[g] }
        var next = rowStart
        let rows = Section(count: groups.count, of: UInt32.self) { rows in
            for (row, g) in groups.enumerated() {
                rows[Int(next[Int(g)])] = UInt32(row)
                next[Int(g)] += 1
            }
        }
        return [group, Section(rowStart), rows] + TextPool.sections(keys)
    }

    /// The index `sections` made, or nil when its sections are missing or their sizes disagree.
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
