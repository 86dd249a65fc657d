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

    /// `value` contains `lowered` (already lowercased) ignoring case.
    static func contains(_ value: String, lowered: String) -> Bool {
        if lowered.isEmpty { return true }
        var v = value, l = lowered
        let ascii: Bool? = l.withUTF8 { lb -> Bool? in
            guard lb.allSatisfy({ $0 < 128 }) else { return nil }
            return v.withUTF8 { vb -> Bool in
                let n = vb.count, m = lb.count
                guard m <= n else { return false }
                let first = lb[0]
                var i = 0
                while i <= n - m {
                    if fold(vb[i]) == first {
                        var j = 1
                        while j < m, fold(vb[i + j]) == lb[j] { j += 1 }
                        if j == m { return true }
                    }
                    i += 1
                }
                return false
            }
        }
        return ascii ?? value.lowercased().contains(lowered)
    }

    /// Orders text ignoring case, then by the exact text so the order is total.
    static func less(_ a: String, _ b: String) -> Bool {
        let x = a.lowercased(), y = b.lowercased()
        return x != y ? x < y : a < b
    }
}
