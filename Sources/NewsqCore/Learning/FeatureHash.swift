/// How every model turns what it reads into features: 64-bit numbers mixed from the
/// feature's kind and its values' hashes, so training and use share one definition, a
/// model stores numbers only, and reading an article builds no strings.
enum FeatureHash {
    /// FNV-1a over bytes: a word's hash.
    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var h = hashStart
        for b in bytes { h = hash(h, b) }
        return h
    }

    /// FNV-1a a byte at a time, for a word hashed as it is read: start from `hashStart`.
    static let hashStart: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func hash(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    /// A string's bytes where they lie (a native string's are contiguous), else one at a time.
    @inline(__always) static func hash(_ text: String) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable { hash($0) } ?? hash(text.utf8)
    }

    /// A feature's number: its kind and values mixed (SplitMix64's finaliser after each).
    /// Fixed arities, not a variadic list: features are made by the million.
    @inline(__always) static func mix(_ kind: UInt64) -> UInt64 { kind &* 0x9E37_79B9_7F4A_7C15 }
    @inline(__always) static func mix(_ kind: UInt64, _ a: UInt64) -> UInt64 { stir(mix(kind), a) }
    @inline(__always) static func mix(_ kind: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { stir(stir(mix(kind), a), b) }
    @inline(__always) static func mix(_ kind: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        stir(stir(stir(mix(kind), a), b), c)
    }

    @inline(__always) private static func stir(_ h: UInt64, _ v: UInt64) -> UInt64 {
        var h = h ^ v
        h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }

    /// The hash of a word's shape: "Xxxx", "XX", "X.X.", "dd", "Xx-Xx" (letters as x or X,
    /// runs cut at two, digits as d, at most eight marks).
    static func shape(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt8 = 0
        var run = 0
        var length = 0
        for b in bytes {
            let c: UInt8 = (65...90).contains(b) ? 88 : (97...122).contains(b) ? 120 : (48...57).contains(b) ? 100 : b >= 0x80 ? 120 : b
            if c == last { run += 1 } else { run = 1; last = c }
            if run <= 2 {
                h = (h ^ UInt64(c)) &* 0x100_0000_01b3
                length += 1
            }
            if length >= 8 { break }
        }
        return h
    }
}
