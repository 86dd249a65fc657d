import Foundation

/// Reads one file into articles; a file that is no article gives a warning instead.
public enum ArticleReader {
    /// Larger files are refused rather than read into memory.
    public static let maxFileBytes = 256 << 20

    /// The articles of a file's bytes, or the warning that says why there are none.
    public static func parse(path: String, bytes: [UInt8]) -> (articles: [Article], warnings: [LoadWarning]) {
        let read = text(path: path, bytes: bytes)
        guard let text = read.text else { return ([], read.warnings) }
        let parsed = articles(path: path, text: text)
        return (parsed.articles, read.warnings + parsed.warnings)
    }

    /// A file's text, decoded (stray bytes repaired, with a warning) and with its line ends
    /// made `\n`; nil, with the reason, when it cannot be read as text.
    static func text(file path: String) -> (text: String?, warnings: [LoadWarning]) {
        switch readBytes(path) {
        case .failure(let failure): return (nil, [LoadWarning(path: path, reason: failure.reason)])
        case .success(let bytes): return text(path: path, bytes: bytes)
        }
    }

    static func text(path: String, bytes: [UInt8]) -> (text: String?, warnings: [LoadWarning]) {
        switch TextDecoding.decode(bytes) {
        case .failure(let failure):
            return (nil, [LoadWarning(path: path, reason: failure.reason)])
        case .success(let (raw, repaired)):
            var warnings: [LoadWarning] = []
            if repaired > 0 {
                warnings.append(LoadWarning(path: path, reason: "\(counted(repaired, "byte")) not UTF-8, repaired"))
            }
            let text =
                raw.utf8.contains(13)
                ? raw.replacingOccurrences(of: "\r\n", with: "\n")
                    .replacingOccurrences(of: "\r", with: "\n") : raw
            return (text, warnings)
        }
    }

    /// The articles of a file's text: JSON by its extension, else plain text with a header.
    static func articles(path: String, text: String) -> (articles: [Article], warnings: [LoadWarning]) {
        let ext = FileWalker.fileExtension(path).lowercased()
        if ext == "json" || ext == "jsonl" {
            return JSONArticles.parse(path: path, text: text, lines: ext == "jsonl")
        }
        var (article, problems) = PlainTextArticle.parse(path: path, text: text)
        if article.date.isEmpty, let date = DateText.inFileName((path as NSString).lastPathComponent) {
            article.date = date
        }
        if article.body.allSatisfy(\.isWhitespace) {
            return ([], [LoadWarning(path: path, reason: "no text after the header, skipped")])
        }
        return ([article], problems.map { LoadWarning(path: path, reason: $0) })
    }

    private struct ReadFailure: Error { var reason: String }

    private static func readBytes(_ path: String) -> Result<[UInt8], ReadFailure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(ReadFailure(reason: "unreadable (\(String(cString: strerror(errno)))), skipped")) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(ReadFailure(reason: "not a regular file, skipped")) }
        guard Int(info.st_size) <= maxFileBytes else {
            return .failure(ReadFailure(reason: "too large (\(info.st_size >> 20) MiB, limit \(maxFileBytes >> 20) MiB), skipped"))
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(ReadFailure(reason: "unreadable (\(String(cString: strerror(errno)))), skipped")) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(reason: "unreadable (\(String(cString: strerror(errno)))), skipped"))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            // A file that grows while it is read is cut at the limit, not followed forever.
            if bytes.count > maxFileBytes { return .failure(ReadFailure(reason: "grew past \(maxFileBytes >> 20) MiB while read, skipped")) }
        }
        return .success(bytes)
    }
}
