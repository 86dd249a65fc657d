/// A read-only table from 64-bit hashes to small values, by open addressing: the keys
/// are already well mixed, so unlike `Dictionary` it hashes nothing again. Tagging looks
/// up two dozen features a token, which makes this the entity model's inner loop.
struct FeatureTable<Entry>: Sendable where Entry: Sendable {
    private var keys: [UInt64]
    private var values: [Entry]
    private let mask: Int
    private let empty: Entry
    private(set) var count = 0

    /// A table for up to `capacity` keys; `empty` is what a missing key reads as.
    init(capacity: Int, empty: Entry) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Entry](repeating: empty, count: size)
        mask = size - 1
        self.empty = empty
    }

    /// Key 0 marks an empty slot, so it is stored as 1: a collision of no consequence.
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    mutating func insert(_ key: UInt64, _ value: Entry) {
        let key = Self.stored(key)
        var i = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = key
        values[i] = value
    }

    subscript(_ key: UInt64) -> Entry {
        let key = Self.stored(key)
        var i = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return empty }
            i = (i + 1) & mask
        }
    }
}
