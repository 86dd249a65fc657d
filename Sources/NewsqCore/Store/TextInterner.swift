import Foundation

/// Texts interned as a column: each distinct text numbered in order of first appearance and
/// kept once in a pool, found again by a hash of its bytes taken eight at a time in an
/// open-addressed table (a dictionary of strings hashes a byte at a time and keeps a string
/// per entry: several times slower for the dozen fields of every claim interned at each
/// load), and the number of each text added.
struct TextInterner {
    /// The number of each text added, in order.
    let codes: Section
    /// Text `n` is `bytes[offsets[n] ..< offsets[n + 1]]`.
    let offsets: Section
    let bytes = Section()
    /// Slot → number + 1 of the text there (0: empty); a power of two long.
    private var slots: [UInt32]
    private var hashes: [UInt64] = []

    init(capacity: Int) {
        codes = Section(capacity: 4 * capacity)
        offsets = Section(capacity: 8 * 64)
        offsets.append(UInt64(0))
        slots = [UInt32](repeating: 0, count: 64)
    }

    /// How many texts the pool holds.
    var count: Int { offsets.count / 8 - 1 }

    /// The texts of the pool, in number order.
    var values: [String] { (0..<count).map(pool.string) }

    /// The sections of the column: the numbers, the offsets, the bytes.
    var sections: [Section] { [codes, offsets, bytes] }

    /// Each text added, its number, where it lies.
    var numbers: Words<UInt32> { Words(codes.bytes) }

    /// The distinct texts, where they lie.
    var pool: TextPool { TextPool(offsets: offsets, bytes: bytes) }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ text: UnsafeRawBufferPointer) { codes.append(number(text)) }

    /// The number of `text`, kept in the pool if it is new (numbered after the others).
    mutating func number(_ text: UnsafeRawBufferPointer) -> UInt32 {
        let hash = Self.hash(text)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let n = Int(slots[slot] - 1)
            if hashes[n] == hash && equal(n, text) { return UInt32(n) }
            slot = (slot + 1) & mask
        }
        let n = UInt32(hashes.count)
        hashes.append(hash)
        slots[slot] = UInt32(hashes.count)
        bytes.append(text)
        offsets.append(UInt64(bytes.count))
        if hashes.count * 2 > slots.count { grow() }
        return n
    }

    /// Text `code` (a number this interner gave), added again.
    func add(code: UInt32) { codes.append(code) }

    /// The text added last, again.
    func repeatLast() {
        codes.append((codes.base + codes.count - 4).load(as: UInt32.self))
    }

    private func equal(_ n: Int, _ text: UnsafeRawBufferPointer) -> Bool {
        let offsets = offsets.base.assumingMemoryBound(to: UInt64.self)
        let start = Int(offsets[n]), end = Int(offsets[n + 1])
        return end - start == text.count && (text.isEmpty || memcmp(bytes.base + start, text.baseAddress!, text.count) == 0)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (n, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(n + 1)
        }
    }

    /// Eight bytes at a time, each word multiplied in and folded (the tail a byte at a time).
    private static func hash(_ text: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(text.count)
        var i = 0
        while i + 8 <= text.count {
            h = (h ^ text.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        while i < text.count {
            h = (h ^ UInt64(text[i])) &* 0x100_0000_01B3
            i += 1
        }
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }
}
