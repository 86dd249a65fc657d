import Foundation

/// `matches /re/i`: ICU regular expressions through Foundation.
struct RegexMatcher: @unchecked Sendable {
    private let regex: NSRegularExpression

    init?(_ pattern: String, ignoreCase: Bool) {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: ignoreCase ? [.caseInsensitive] : []) else { return nil }
        self.regex = regex
    }

    static func isValid(_ pattern: String) -> Bool { RegexMatcher(pattern, ignoreCase: false) != nil }

    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
