/// One article as read from a file (or one record of a JSON/JSONL file).
public struct Article: Sendable {
    public var path: String
    public var date: String = ""
    public var title: String = ""
    public var source: String = ""
    public var url: String = ""
    public var author: String = ""
    /// The text claims are extracted from (header removed).
    public var body: String
    /// File line of the body's first line, so claim lines point into the file.
    public var firstLine: Int = 1

    public init(path: String, body: String) {
        self.path = path
        self.body = body
    }

    /// Runs of bytes other than space, tab, line feed and carriage return.
    public var wordCount: Int {
        // Over the bytes in place where the text is stored contiguously (it is when read from a file).
        body.utf8.withContiguousStorageIfAvailable(Self.wordCount) ?? Array(body.utf8).withUnsafeBufferPointer(Self.wordCount)
    }

    /// Eight bytes at a time: a word starts at each byte that is no space where the byte
    /// before it is one (the high bit of each byte lane says which).
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let lows: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        /// The high bit of each byte of `x` that is zero (exact: no borrow crosses lanes).
        func zeros(_ x: UInt64) -> UInt64 { ~(((x & ~highs) &+ ~highs) | x | ~highs) }
        func spaces(_ x: UInt64) -> UInt64 { zeros(x ^ (lows &* 32)) | zeros(x ^ (lows &* 10)) | zeros(x ^ (lows &* 9)) | zeros(x ^ (lows &* 13)) }
        var count = 0, i = 0
        // Whether the byte before the current one was no space, in the high bit of its lane.
        var before: UInt64 = 0
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while i + 8 <= bytes.count, let raw {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let inWord = ~spaces(word) & highs
            let starts = inWord & ~(inWord << 8 | before)
            count &+= starts.nonzeroBitCount
            before = inWord >> 56
            i += 8
        }
        var inWord = before != 0
        while i < bytes.count {
            let byte = bytes[i]
            let isSpace = byte == 32 || byte == 10 || byte == 9 || byte == 13
            if !isSpace && !inWord { count &+= 1 }
            inWord = !isSpace
            i += 1
        }
        return count
    }
}

/// A file that could not be read as an article, and why: the load goes on.
public struct LoadWarning: Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "warning: \(path): \(reason)" }
}
