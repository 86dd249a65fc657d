/// Case-insensitive comparisons that do not allocate for ASCII text, which is
/// most of what news articles hold.
enum TextMatching {
    @inline(__always) static func fold(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

    /// `value` equals `lowered` (already lowercased) ignoring case.
    static func equal(_ value: String, lowered: String) -> Bool {
        var v = value, l = lowered
        let ascii: Bool? = v.withUTF8 { vb in
            l.withUTF8 { lb -> Bool? in
                guard vb.count == lb.count else { return vb.allSatisfy { $0 < 128 } && lb.allSatisfy { $0 < 128 } ? false : nil }
                for i in 0..<vb.count {
                    if vb[i] >= 128 || lb[i] >= 128 { return nil }
                    if fold(vb[i]) != lb[i] { return false }
                }
                return true
            }
        }
        return ascii ?? (value.lowercased() == lowered)
    }

    /// `s` lowercased; ASCII text already in lower case is returned without a copy.
    static func lowered(_ s: String) -> String {
        var s = s
        let unchanged = s.withUTF8 { bytes in !bytes.contains { $0 >= 65 && $0 <= 90 || $0 >= 128 } }
        return unchanged ? s : s.lowercased()
    }

    /// Orders text ignoring case, then by the exact text so the order is total.
    static func less(_ a: String, _ b: String) -> Bool {
        let x = a.lowercased(), y = b.lowercased()
        return x != y ? x < y : a < b
    }
}

/// A word to find inside text ignoring case, prepared once per query: for an ASCII
/// needle, Horspool's skip table over case-folded bytes, so a scan of every row
/// looks at a fraction of the bytes and allocates nothing.
struct CaseInsensitiveNeedle: Sendable {
    let lowered: String
    private let bytes: [UInt8]
    private let skip: [Int]
    private let ascii: Bool

    init(lowered: String) {
        self.lowered = lowered
        bytes = Array(lowered.utf8)
        ascii = bytes.allSatisfy { $0 < 128 }
        var skip = [Int](repeating: bytes.count, count: 256)
        for (i, b) in bytes.dropLast().enumerated() {
            skip[Int(b)] = bytes.count - 1 - i
            if b >= 97 && b <= 122 { skip[Int(b - 32)] = bytes.count - 1 - i }
        }
        self.skip = skip
    }

    func found(in value: String) -> Bool {
        guard ascii else { return bytes.isEmpty || value.lowercased().contains(lowered) }
        var value = value
        return value.withUTF8 { found(in: UnsafeRawBufferPointer($0)) }
    }

    /// The needle in UTF-8 text where it lies.
    func found(in text: UnsafeRawBufferPointer) -> Bool {
        let m = bytes.count
        if m == 0 { return true }
        guard ascii else { return String(decoding: text, as: UTF8.self).lowercased().contains(lowered) }
        let n = text.count
        guard m <= n else { return false }
        return bytes.withUnsafeBufferPointer { needle in
            skip.withUnsafeBufferPointer { skip in
                var i = 0
                while i <= n - m {
                    var j = m - 1
                    while TextMatching.fold(text[i + j]) == needle[j] {
                        if j == 0 { return true }
                        j -= 1
                    }
                    i += skip[Int(text[i + m - 1])]
                }
                return false
            }
        }
    }

    /// Which texts of `pool` hold the needle, for an ASCII needle (nil otherwise): the pool
    /// is read once, 16 bytes at a time (wider vectors lower badly without AVX2 as a target), for places where the needle's first and last bytes
    /// both stand (letters compared with their case bit set), and each such place is checked
    /// whole and within one text. What `contains` over every claim reads.
    func texts(in pool: TextPool) -> [Bool]? {
        guard ascii, !bytes.isEmpty else { return nil }
        var found = [Bool](repeating: false, count: pool.count)
        let text = pool.bytes, m = bytes.count, n = text.count
        guard n >= m, let base = text.baseAddress else { return found }
        func caseBit(_ b: UInt8) -> UInt8 { b >= 97 && b <= 122 ? 0x20 : 0 }
        let first = bytes[0], last = bytes[m - 1]
        var code = 0
        func check(_ p: Int) {
            for j in 0..<m where TextMatching.fold(text[p + j]) != bytes[j] { return }
            // Places come in order: the text holding this one is at or after the last found.
            while code < pool.count && Int(pool.offsets[code + 1]) <= p { code += 1 }
            if code < pool.count && p + m <= Int(pool.offsets[code + 1]) { found[code] = true }
        }
        let firsts = SIMD16<UInt8>(repeating: first), lasts = SIMD16<UInt8>(repeating: last)
        let firstBit = SIMD16<UInt8>(repeating: caseBit(first)), lastBit = SIMD16<UInt8>(repeating: caseBit(last))
        var i = 0
        while i + m - 1 + 16 <= n {
            let a = base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self) | firstBit
            let b = base.loadUnaligned(fromByteOffset: i + m - 1, as: SIMD16<UInt8>.self) | lastBit
            let both = (a .== firsts) .& (b .== lasts)
            if any(both) { for k in 0..<16 where both[k] { check(i + k) } }
            i += 16
        }
        while i <= n - m {
            if text[i] | caseBit(first) == first && text[i + m - 1] | caseBit(last) == last { check(i) }
            i += 1
        }
        return found
    }
}
