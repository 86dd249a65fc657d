/// Turns a file's bytes into text, or says why they are not an article.
enum TextDecoding {
    enum Failure: Error, Equatable {
        case empty, binary, utf16WithoutMark, notUTF8(invalid: Int)

        var reason: String {
            switch self {
            case .empty: return "empty file, skipped"
            case .binary: return "binary file (NUL or control bytes), skipped"
            case .utf16WithoutMark:
                return "UTF-16 without a byte-order mark, skipped (convert it: iconv -f UTF-16LE -t UTF-8, or UTF-16BE)"
            case .notUTF8(let n): return "not UTF-8 (\(n) invalid bytes), skipped"
            }
        }
    }

    /// The decoded text and how many invalid bytes were repaired.
    static func decode(_ bytes: [UInt8]) -> Result<(text: String, repaired: Int), Failure> {
        // UTF-32 and UTF-16 say so with a byte-order mark (UTF-32's first: it starts like UTF-16's).
        if let wide = decodeWide(bytes) { return decode(Array(wide.utf8)) }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }  // BOM
        let body = bytes[start...]
        if body.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { return .failure(.empty) }
        var controls = 0
        for byte in body.prefix(65_536) {
            if byte == 0 { return .failure(looksLikeUTF16(body) ? .utf16WithoutMark : .binary) }
            if byte < 32 && byte != 10 && byte != 13 && byte != 9 && byte != 12 { controls += 1 }
        }
        if controls * 20 > min(body.count, 65_536) { return .failure(.binary) }
        if let text = String(validating: body, as: UTF8.self) { return .success((text, 0)) }
        // Repair: each byte that is not part of valid UTF-8 is read as Windows-1252,
        // which is what a stray byte in English news almost always is (£, é, ’).
        var scalars = String.UnicodeScalarView()
        var invalid = 0
        var i = body.startIndex
        while i < body.endIndex {
            let length = sequenceLength(body, at: i)
            if length > 0 {
                let decoded = String(decoding: body[i..<(i + length)], as: UTF8.self)
                scalars.append(contentsOf: decoded.unicodeScalars)
                i += length
            } else {
                invalid += 1
                scalars.append(windows1252(body[i]))
                i += 1
            }
        }
        // A few stray bytes are repaired; a file in another encoding is refused.
        if invalid > 16 && invalid * 50 > body.count { return .failure(.notUTF8(invalid: invalid)) }
        return .success((String(scalars), invalid))
    }

    /// The text of a UTF-32 or UTF-16 file that starts with its byte-order mark; nil for any
    /// other. Units that are no character become U+FFFD.
    private static func decodeWide(_ bytes: [UInt8]) -> String? {
        func units<T: FixedWidthInteger>(_: T.Type, bigEndian: Bool) -> [T] {
            let size = MemoryLayout<T>.size
            // After the mark, a unit of `size` bytes at a time; a trailing part unit is dropped.
            return stride(from: size, through: bytes.count - size, by: size).map { at in
                let unit = bytes[at..<(at + size)]
                return (bigEndian ? Array(unit) : unit.reversed()).reduce(T(0)) { $0 << 8 | T($1) }
            }
        }
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return String(decoding: units(UInt32.self, bigEndian: false), as: UTF32.self) }
        if bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return String(decoding: units(UInt32.self, bigEndian: true), as: UTF32.self) }
        if bytes.starts(with: [0xFF, 0xFE]) { return String(decoding: units(UInt16.self, bigEndian: false), as: UTF16.self) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(decoding: units(UInt16.self, bigEndian: true), as: UTF16.self) }
        return nil
    }

    /// English text in UTF-16 has a NUL in nearly every other byte.
    private static func looksLikeUTF16(_ body: ArraySlice<UInt8>) -> Bool {
        let sample = Array(body.prefix(4096))
        guard sample.count >= 8 else { return false }
        let even = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let odd = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        return max(even, odd) * 10 >= sample.count / 2 * 9 && min(even, odd) * 10 < sample.count / 2
    }

    /// Length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none.
    private static func sequenceLength(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
        let lead = b[i]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard i + length <= b.endIndex else { return 0 }
        for k in 1..<length where b[i + k] & 0xC0 != 0x80 { return 0 }
        if lead == 0xE0 && b[i + 1] < 0xA0 { return 0 }  // overlong
        if lead == 0xED && b[i + 1] > 0x9F { return 0 }  // surrogate
        if lead == 0xF0 && b[i + 1] < 0x90 { return 0 }
        if lead == 0xF4 && b[i + 1] > 0x8F { return 0 }
        return length
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte < 0xA0 { return Unicode.Scalar(cp1252High[Int(byte) - 0x80])! }
        return Unicode.Scalar(byte)
    }
}
