import Foundation

/// What output may and may not send to a terminal.
public enum Terminal {
    /// Text with escape sequences, control characters and bidirectional overrides
    /// removed, and line breaks and tabs turned into spaces: safe to print.
    public static func printable(_ text: String) -> String {
        guard !isClean(text) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            if s.value == 0x1B {
                // ESC [ params final, ESC ] ... BEL/ST, or ESC + one character: drop the whole sequence.
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "]" {
                    var previous: Unicode.Scalar = " "
                    while let c = scalars.next(), c.value != 0x07, !(previous.value == 0x1B && c == "\\") { previous = c }
                }
                continue
            }
            if s == "\n" || s == "\t" || s == "\r" { out.append(" "); continue }
            if needsCleaning(s) { continue }
            out.append(s)
        }
        return String(out)
    }

    /// Whether `printable` would leave `text` as it is, decided on its bytes without
    /// decoding (the common case for every value of every row printed). Formats that
    /// quote line breaks allow them (`lineBreaks`); JSON also escapes U+2028/U+2029
    /// (`lineSeparators`); `rejecting` names ASCII bytes a format must treat specially.
    static func isClean(
        _ text: String, lineBreaks: Bool = false, lineSeparators: Bool = false,
        rejecting rejected: (UInt8) -> Bool = { _ in false }
    ) -> Bool {
        var text = text
        return text.withUTF8 { isClean(bytes: $0, lineBreaks: lineBreaks, lineSeparators: lineSeparators, rejecting: rejected) }
    }

    /// `isClean` of text's UTF-8 bytes where they lie.
    static func isClean(
        bytes: UnsafeBufferPointer<UInt8>, lineBreaks: Bool = false, lineSeparators: Bool = false,
        rejecting rejected: (UInt8) -> Bool = { _ in false }
    ) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 || b == 0x7F {
                    if !(lineBreaks && (b == 10 || b == 13)) { return false }
                } else if rejected(b) {
                    return false
                }
            } else if b == 0xC2 {
                // C1 controls: U+0080...U+009F.
                if i + 1 < n, (0x80...0x9F).contains(bytes[i + 1]) { return false }
            } else if b == 0xE2, i + 2 < n {
                // Bidirectional overrides: U+202A...U+202E and U+2066...U+2069.
                let (x, y) = (bytes[i + 1], bytes[i + 2])
                if (x == 0x80 && (0xAA...0xAE).contains(y)) || (x == 0x81 && (0xA6...0xA9).contains(y)) { return false }
                if lineSeparators && x == 0x80 && (y == 0xA8 || y == 0xA9) { return false }
            }
            i += 1
        }
        return true
    }

    private static func needsCleaning(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// The size of the terminal on file descriptor `fd`; nil when it is no terminal.
    private static func windowSize(_ fd: Int32) -> winsize? {
        var size = winsize()
        guard isatty(fd) == 1, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return size
    }

    /// `COLUMNS`, when it holds a width.
    private static var columnsVariable: Int? { Environment.value("COLUMNS").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } }

    /// Lines of the terminal on file descriptor `fd`; nil when it is no terminal.
    public static func rows(fd: Int32 = 1) -> Int? {
        windowSize(fd).flatMap { $0.ws_row > 0 ? Int($0.ws_row) : nil }
    }

    /// Columns of the terminal on file descriptor `fd`, else `COLUMNS`, else 100.
    public static func width(fd: Int32 = 1) -> Int {
        windowSize(fd).flatMap { $0.ws_col > 0 ? Int($0.ws_col) : nil } ?? columnsVariable ?? 100
    }

    /// The width a table fits on standard output: the terminal's, or `COLUMNS`; nil
    /// when output goes to a pipe or a file and nothing says how wide.
    public static func tableWidth() -> Int? {
        isatty(1) == 1 ? width() : columnsVariable
    }

    /// Colour and bold only on a terminal, and never when `NO_COLOR` is set.
    public static func allowsStyle(fd: Int32 = 1) -> Bool {
        isatty(fd) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// How many terminal columns a string takes: wide East Asian characters take two.
    static func displayWidth(_ s: String) -> Int {
        var w = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark || v == 0x200B { continue }
            w +=
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                    || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                    || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) ? 2 : 1
        }
        return w
    }
}
