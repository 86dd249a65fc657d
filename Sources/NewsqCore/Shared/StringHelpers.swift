/// Small helpers on strings and arrays that every stage uses.

extension String {
    /// Without leading and trailing spaces and tabs (line breaks stay).
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}

/// "1 article", "3 articles": a count and its noun, plural but for one.
public func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

extension Array {
    /// The element at `index`, or nil outside the array.
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }

    /// Each element by its address, in order: a row of many texts is read a field at a time
    /// where it lies, not copied whole (a retain and a release per text) as iterating does.
    func forEachInPlace(_ body: (UnsafePointer<Element>) throws -> Void) rethrows {
        try withUnsafeBufferPointer { rows in
            for i in rows.indices { try body(rows.baseAddress! + i) }
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension String {
    /// The text with " 's" written "'s" ("Reuters 's" → "Reuters's"), as bytes: it runs on
    /// every name found, where Foundation's `replacingOccurrences` would bridge each string.
    var attachingPossessives: String {
        guard utf8.contains(39) else { return self }
        let bytes = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (i, b) in bytes.enumerated() where !(b == 32 && i + 2 < bytes.count && bytes[i + 1] == 39 && bytes[i + 2] == 115) {
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Where each run starts when runs of these lengths are laid end to end, and the total last
/// (each article's first claim, from its claim count).
func runStarts(_ lengths: some Sequence<Int>) -> [Int] {
    var starts = [0]
    for length in lengths { starts.append(starts[starts.count - 1] + length) }
    return starts
}
