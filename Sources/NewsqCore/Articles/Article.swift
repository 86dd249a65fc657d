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

    public var wordCount: Int {
        func count<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
            var count = 0, inWord = false
            for byte in bytes {
                let isSpace = byte == 32 || byte == 10 || byte == 9 || byte == 13
                if !isSpace && !inWord { count &+= 1 }
                inWord = !isSpace
            }
            return count
        }
        // Over the bytes in place where the text is stored contiguously (it is when read from a file).
        return body.utf8.withContiguousStorageIfAvailable(count) ?? count(body.utf8)
    }
}

/// A file that could not be read as an article, and why: the load goes on.
public struct LoadWarning: Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "warning: \(path): \(reason)" }
}
