import CPrefetch

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Open addressing over 64-bit hashes that are already well mixed, shared by the two
/// tables below: a power-of-two size at least twice the keys, linear probing from the
/// key's low bits.
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

    /// A table of these keys and values (a later value for a key replaces an earlier).
    init(_ entries: [(UInt64, Entry)], empty: Entry) {
        self.init(capacity: entries.count, empty: empty)
        for (key, value) in entries { insert(key, value) }
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
/// slot is a 32-bit check (the key's high half; the low half chose the slot) then one 16-bit
/// weight per class, rounded up to 8 bytes (8 for two classes, 16 for five, 24 for nine), so
/// a lookup reads one cache line and the tables stay small enough to sit in cache. The
/// slots are a model file's body as they are: read by mapping the file, a model costs no
/// time to load and only the pages its lookups touch. Two features alike in both halves of
/// their hash would share a weight: about once in 4 × 10⁹ lookups of a feature the model lacks.
struct WeightTable: Sendable {
    static let maximumWidth = 12
    private let memory: SlotMemory
    /// Slot count minus one (a power of two minus one).
    let mask: Int
    let width: Int
    let count: Int
    /// Bytes a slot.
    let stride: Int

    static func stride(width: Int) -> Int { (4 + 2 * width + 7) & ~7 }

    /// The check stored for a key (never 0, which marks an empty slot).
    @inline(__always) static func check(_ key: UInt64) -> UInt32 { max(1, UInt32(truncatingIfNeeded: key >> 32)) }

    /// `count` features, feature `n` with key `key(n)` and weight `weight(n, tag)` for each tag.
    init(count: Int, width: Int, key: (Int) -> UInt64, weight: (Int, Int) -> Int16) {
        precondition(width <= Self.maximumWidth)
        let size = HashSlots.size(for: count)
        let stride = Self.stride(width: width)
        mask = size - 1
        self.width = width
        self.count = count
        self.stride = stride
        memory = SlotMemory(allocating: size * stride)
        let raw = memory.mutableBase
        for n in 0..<count {
            let full = key(n)
            let check = Self.check(full)
            var i = HashSlots.home(full, mask: size - 1)
            while raw.load(fromByteOffset: i * stride, as: UInt32.self) != 0 && raw.load(fromByteOffset: i * stride, as: UInt32.self) != check {
                i = (i + 1) & (size - 1)
            }
            raw.storeBytes(of: check, toByteOffset: i * stride, as: UInt32.self)
            for t in 0..<width { raw.storeBytes(of: weight(n, t), toByteOffset: i * stride + 4 + 2 * t, as: Int16.self) }
        }
    }

    /// Slots already laid out (a model file's body): `slots` of them, a power of two.
    init(memory: SlotMemory, slots: Int, width: Int, count: Int) {
        self.memory = memory
        mask = slots - 1
        self.width = width
        self.count = count
        stride = Self.stride(width: width)
    }

    /// The slots as bytes, to write to a model file.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: memory.base, count: (mask + 1) * stride) }

    /// Asks the memory for the slots where these features' look-ups start, so that their
    /// misses overlap with other work (a look-up is a read from a table far larger than the
    /// caches nearest the core).
    func prefetch(_ features: [UInt64]) {
        let raw = memory.base
        for feature in features { newsq_prefetch(raw + HashSlots.home(feature, mask: mask) &* stride) }
    }

    /// Adds the weights of every feature found to `sums` (one per tag).
    func add(_ features: [UInt64], to sums: UnsafeMutablePointer<Int32>) {
        let raw = memory.base
        let stride = self.stride
        for feature in features {
            let check = Self.check(feature)
            var i = HashSlots.home(feature, mask: mask)
            // At most every slot once: a damaged file may have no empty slot left.
            var probes = mask
            while true {
                let slot = raw + i &* stride
                let k = slot.load(as: UInt32.self)
                if k == check {
                    let weights = (slot + 4).assumingMemoryBound(to: Int16.self)
                    for t in 0..<width { sums[t] &+= Int32(weights[t]) }
                    break
                }
                if k == 0 || probes == 0 { break }
                probes &-= 1
                i = (i &+ 1) & mask
            }
        }
    }
}

/// Memory holding a weight table's slots: allocated (zeroed) when a model is built, or a
/// model file mapped read-only, released with the table.
final class SlotMemory: @unchecked Sendable {
    let base: UnsafeRawPointer
    private let release: () -> Void

    init(allocating bytes: Int) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes, 1), alignment: 64)
        memory.initializeMemory(as: UInt8.self, repeating: 0, count: max(bytes, 1))
        base = UnsafeRawPointer(memory)
        release = { memory.deallocate() }
    }

    /// Writable while a table is being built from scratch (`init(allocating:)` only).
    var mutableBase: UnsafeMutableRawPointer { UnsafeMutableRawPointer(mutating: base) }

    /// A file mapped read-only; `base` is `offset` bytes in. Nil when it cannot be mapped.
    init?(mapping path: String, offset: Int) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, Int(status.st_size) > offset else { return nil }
        let length = Int(status.st_size)
        guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), mapped != MAP_FAILED else { return nil }
        base = UnsafeRawPointer(mapped) + offset
        release = { munmap(mapped, length) }
    }

    deinit { release() }
}
