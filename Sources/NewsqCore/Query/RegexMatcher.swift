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

    /// Whether `text` has a match. Stops, throwing, on Ctrl-C or past `deadline`:
    /// a pattern like `(a+)+$` backtracks for ever on the wrong text.
    func matches(_ text: String, isCancelled: () -> Bool, deadline: DispatchTime) throws -> Bool {
        var found = false
        var cancelled = false
        var late = false
        withoutActuallyEscaping(isCancelled) { isCancelled in
            regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(text.startIndex..., in: text)) { result, _, stop in
                if result != nil { found = true; stop.pointee = true }
                if isCancelled() { cancelled = true; stop.pointee = true }
                if DispatchTime.now() > deadline { late = true; stop.pointee = true }
            }
        }
        if cancelled { throw QueryInterrupted() }
        if late { throw RegexTooSlow() }
        return found
    }
}

/// A regular expression ran past its time budget.
public struct RegexTooSlow: Error, CustomStringConvertible {
    public var description: String {
        "the regular expression ran out of time (\(Int(Evaluator.regexBudget)) s); simplify it: nested repeats such as (a+)+ can backtrack without end"
    }
}
