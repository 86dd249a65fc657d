import Foundation

/// Recognises the dates articles carry and writes them as `YYYY-MM-DD`.
public enum DateText {
    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// An ISO-like date at the start of `text` (`2023-09-04`, `2023/09/04`,
    /// `2023-09-04T10:00:00`), with the number of characters it took.
    static func isoPrefix(_ text: Substring) -> (date: String, length: Int)? {
        let chars = Array(text.prefix(10))
        guard chars.count == 10 else { return nil }
        let digitsAt = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digitsAt.allSatisfy({ chars[$0].isASCII && chars[$0].isNumber }),
            (chars[4] == "-" || chars[4] == "/"), chars[7] == chars[4]
        else { return nil }
        let month = Int(String(chars[5...6]))!, day = Int(String(chars[8...9]))!
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        var length = 10
        // A time part belongs to the date token.
        let rest = text.dropFirst(10)
        if let first = rest.first, first == "T" {
            length += 1 + rest.dropFirst().prefix { !$0.isWhitespace }.count
        }
        return (String(chars[0...3]) + "-" + String(chars[5...6]) + "-" + String(chars[8...9]), length)
    }

    /// Any one supported date form making up the whole of `text`.
    static func normalize(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let iso = isoPrefix(Substring(text)) { return iso.date }
        // "September 4, 2023", "Friday, January 4, 2019", "4 September 2023", "Sept. 4, 2023"
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var month: Int?, day: Int?, year: Int?
        for word in words {
            if let m = months[word], month == nil {
                month = m
            } else if let n = Int(word) {
                if n >= 1000 && n <= 2999 && year == nil { year = n } else if n >= 1 && n <= 31 && day == nil { day = n }
            }
        }
        guard let y = year, let m = month, let d = day, words.count <= 6 else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// A date as an article gives it, as `YYYY-MM-DD`: a whole date in any supported form, or
    /// one that starts with an ISO date (`2023-09-04T10:00:00Z`); nil when it is none.
    static func read(_ raw: String) -> String? {
        normalize(raw) ?? isoPrefix(Substring(raw.trimmingCharacters(in: .whitespaces)))?.date
    }

    /// What a reader says of a date it cannot read (it leaves the date empty).
    static func unreadable(_ raw: String) -> String {
        "date `\(Terminal.printable(String(raw.prefix(40))))` is no date (YYYY-MM-DD or like September 4, 2023), left empty"
    }

    /// `2016-10-04` standing in a file name between separators.
    static func inFileName(_ name: String) -> String? {
        let chars = Array(name)
        guard chars.count >= 10 else { return nil }
        for start in 0...(chars.count - 10) {
            if start > 0, chars[start - 1].isNumber { continue }
            if start + 10 < chars.count, chars[start + 10].isNumber { continue }
            if let iso = isoPrefix(Substring(String(chars[start..<(start + 10)]))) { return iso.date }
        }
        return nil
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date, for "within N days".
    public static func dayNumber(_ date: String) -> Int? {
        let parts = date.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let y = parts[1] <= 2 ? parts[0] - 1 : parts[0]
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = parts[1], d = parts[2]
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// `YYYY-MM-DD` of a day number (civil from days, the same algorithm backwards).
    public static func iso(dayNumber days: Int) -> String {
        let z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9
        return String(format: "%04d-%02d-%02d", yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
