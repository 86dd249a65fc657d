import Foundation

/// `matches /re/i`: ICU regular expressions through Foundation. A match that
/// backtracks for long reports progress, so Ctrl-C can stop it mid-row.
struct RegexMatcher: @unchecked Sendable {
    private let regex: NSRegularExpression

    init?(_ pattern: String, ignoreCase: Bool) {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: ignoreCase ? [.caseInsensitive] : []) else { return nil }
        self.regex = regex
    }

    static func isValid(_ pattern: String) -> Bool { RegexMatcher(pattern, ignoreCase: false) != nil }

    func matches(_ text: String, isCancelled: () -> Bool) throws -> Bool {
        var found = false
        var cancelled = false
        withoutActuallyEscaping(isCancelled) { isCancelled in
            regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(text.startIndex..., in: text)) { result, _, stop in
                if result != nil { found = true; stop.pointee = true }
                if isCancelled() { cancelled = true; stop.pointee = true }
            }
        }
        if cancelled { throw QueryInterrupted() }
        return found
    }
}
