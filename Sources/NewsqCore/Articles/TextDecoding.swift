/// Turns a file's bytes into text, or says why they are not an article.
enum TextDecoding {
    enum Failure: Error, Equatable {
        case empty, binary, notUTF8(invalid: Int)

        var reason: String {
            switch self {
            case .empty: return "empty file, skipped"
            case .binary: return "binary file (NUL or control bytes), skipped"
            case .notUTF8(let n): return "not UTF-8 (\(n) invalid bytes), skipped"
            }
        }
    }

    /// The decoded text and how many invalid bytes were repaired.
    static func decode(_ bytes: [UInt8]) -> Result<(text: String, repaired: Int), Failure> {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }  // BOM
        let body = bytes[start...]
        if body.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { return .failure(.empty) }
        var controls = 0
        for byte in body.prefix(65_536) {
            if byte == 0 { return .failure(.binary) }
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
