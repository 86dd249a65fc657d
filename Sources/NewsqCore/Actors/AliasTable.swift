/// Analysts' names for actors: `Canonical = alias | alias`, one actor a line,
/// `#` comments. Any alias (and the canonical name) finds the canonical actor.
public struct AliasTable: Sendable {
    /// Canonical name → its aliases, in the order given.
    public private(set) var entries: [(canonical: String, aliases: [String])] = []

    public init() {}

    /// Reads a file's text; bad lines come back as `file:line: reason` and are skipped.
    public mutating func read(_ text: String, file: String) -> [String] {
        var problems: [String] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw).trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let problem = add(line) { problems.append("\(file):\(n + 1): \(problem)") }
        }
        return problems
    }

    /// Adds one `Canonical = alias | alias` line; returns what is wrong with it, if anything.
    @discardableResult
    public mutating func add(_ line: String) -> String? {
        guard let eq = line.firstIndex(of: "=") else { return "expected `Canonical = alias | alias`" }
        let canonical = String(line[..<eq]).trimmingSpaces
        let aliases = line[line.index(after: eq)...].split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        guard !canonical.isEmpty else { return "no canonical name before `=`" }
        guard !aliases.isEmpty else { return "no alias after `=`" }
        if let i = entries.firstIndex(where: { $0.canonical.lowercased() == canonical.lowercased() }) {
            entries[i].aliases += aliases
        } else {
            entries.append((canonical, aliases))
        }
        return nil
    }

    /// Lowercased alias → canonical name.
    var lookup: [String: String] {
        var table: [String: String] = [:]
        for (canonical, aliases) in entries {
            for alias in aliases { table[alias.lowercased()] = canonical }
        }
        return table
    }
}
