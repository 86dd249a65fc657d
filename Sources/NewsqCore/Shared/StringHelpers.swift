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
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
