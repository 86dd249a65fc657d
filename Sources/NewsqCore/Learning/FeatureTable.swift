/// Open addressing over 64-bit hashes that are already well mixed, shared by the two
/// tables below: a power-of-two size at least twice the keys, linear probing from the
/// key's low bits, key 0 marking an empty slot.
enum HashSlots {
    static func size(for count: Int) -> Int {
        var size = 16
        while size < count * 2 { size <<= 1 }
        return size
    }

    /// Key 0 marks an empty slot, so it is stored as 1: a collision of no consequence.
    static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The slot a key's probe starts at.
    static func home(_ key: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 32)) & mask }
}

/// A read-only table from 64-bit hashes to small values, by open addressing: the keys
/// are already well mixed, so unlike `Dictionary` it hashes nothing again, and each key
/// sits beside its value, so a lookup touches one cache line.
struct FeatureTable<Entry>: Sendable where Entry: Sendable {
    private struct Slot {
        var key: UInt64
        var value: Entry
    }
    private var slots: [Slot]
    private let mask: Int
    private let empty: Entry
    private(set) var count = 0

    /// A table for up to `capacity` keys; `empty` is what a missing key reads as.
    init(capacity: Int, empty: Entry) {
        let size = HashSlots.size(for: capacity)
        slots = [Slot](repeating: Slot(key: 0, value: empty), count: size)
        mask = size - 1
        self.empty = empty
    }

    mutating func insert(_ key: UInt64, _ value: Entry) {
        let key = HashSlots.stored(key)
        var i = HashSlots.home(key, mask: mask)
        while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
        if slots[i].key == 0 { count += 1 }
        slots[i] = Slot(key: key, value: value)
    }

    subscript(_ key: UInt64) -> Entry {
        let key = HashSlots.stored(key)
        return slots.withUnsafeBufferPointer { slots in
            var i = HashSlots.home(key, mask: mask)
            while true {
                let k = slots[i].key
                if k == key { return slots[i].value }
                if k == 0 { return empty }
                i = (i + 1) & mask
            }
        }
    }
}

/// A model's weights by feature hash, the same open addressing laid out for speed: each
/// slot is 32 bytes, the key then one 16-bit weight per class, so a feature's lookup
/// reads one cache line, and a token's scores add integers.
struct WeightTable: Sendable {
    /// Slot `i` is words `4i ..< 4i + 4`: the key, then the weights (up to 12).
    private var words: [UInt64]
    private let mask: Int
    private let width: Int
    let count: Int

    /// `count` features, feature `n` with key `key(n)` and weight `weight(n, tag)` for each tag.
    init(count: Int, width: Int, key: (Int) -> UInt64, weight: (Int, Int) -> Int16) {
        precondition(width <= 12)
        let size = HashSlots.size(for: count)
        mask = size - 1
        self.width = width
        self.count = count
        // Filled through raw pointers in one pass: the model is read at start-up, in debug builds too.
        words = [UInt64](unsafeUninitializedCapacity: size * 4) { words, initialized in
            words.initialize(repeating: 0)
            let raw = UnsafeMutableRawPointer(words.baseAddress!)
            for n in 0..<count {
                let key = HashSlots.stored(key(n))
                var i = HashSlots.home(key, mask: size - 1)
                while words[i * 4] != 0 && words[i * 4] != key { i = (i + 1) & (size - 1) }
                words[i * 4] = key
                for t in 0..<width { raw.storeBytes(of: weight(n, t), toByteOffset: i * 32 + 8 + 2 * t, as: Int16.self) }
            }
            initialized = size * 4
        }
    }

    /// Every feature's key and weights, in the order of the table's slots (a model's file).
    func rows() -> [(key: UInt64, weights: [Int16])] {
        words.withUnsafeBufferPointer { words in
            let raw = UnsafeRawPointer(words.baseAddress!)
            return stride(from: 0, to: words.count, by: 4).compactMap { slot in
                guard words[slot] != 0 else { return nil }
                return (words[slot], (0..<width).map { raw.load(fromByteOffset: slot * 8 + 8 + 2 * $0, as: Int16.self) })
            }
        }
    }

    /// Adds the weights of every feature found to `sums` (one per tag).
    func add(_ features: [UInt64], to sums: UnsafeMutablePointer<Int32>) {
        words.withUnsafeBufferPointer { words in
            let raw = UnsafeRawPointer(words.baseAddress!)
            for feature in features {
                let key = HashSlots.stored(feature)
                var i = HashSlots.home(key, mask: mask)
                while true {
                    let k = words[i * 4]
                    if k == key {
                        let weights = (raw + i * 32 + 8).assumingMemoryBound(to: Int16.self)
                        for t in 0..<width { sums[t] += Int32(weights[t]) }
                        break
                    }
                    if k == 0 { break }
                    i = (i + 1) & mask
                }
            }
        }
    }
}
