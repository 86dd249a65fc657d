import Foundation

/// The shell's history on disk: one statement a line (backslash escapes for line
/// breaks), newest last, at most `limit`, consecutive duplicates dropped. Saved
/// after every entry through a temporary file and a rename, mode 0600.
public struct HistoryFile {
    public static let limit = 2000
    static let header = "#newsq-history-v1"

    public let path: String
    public private(set) var entries: [String] = []

    /// `$XDG_STATE_HOME/newsq/history`, else `~/.newsq_history`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/newsq/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.newsq_history"
    }

    /// Reads the file; a corrupt or unreadable one gives a warning, is set aside, and history starts empty.
    public init(path: String) {
        self.path = path
        warning = nil
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard let data = FileManager.default.contents(atPath: path) else {
            warning = "warning: cannot read history file \(path); history starts empty"
            return
        }
        guard let text = String(data: data, encoding: .utf8), !text.contains("\0"),
            text.isEmpty || text.hasPrefix(Self.header + "\n")
        else {
            let aside = path + ".corrupt"
            rename(path, aside)
            warning = "warning: history file \(path) is corrupt; moved it to \(aside) and started a new one"
            return
        }
        entries = text.split(separator: "\n").dropFirst().map { Self.unescape(String($0)) }.suffix(Self.limit)
    }

    /// Set when the file could not be used as it was.
    public private(set) var warning: String?

    /// Adds a statement and saves. Returns a problem when the file cannot be written.
    public mutating func add(_ entry: String) -> String? {
        guard !entry.isEmpty, entries.last != entry else { return nil }
        entries.append(entry)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
        return save()
    }

    private func save() -> String? {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let text = ([Self.header] + entries.map(Self.escape)).joined(separator: "\n") + "\n"
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return "warning: cannot write history file \(path): \(String(cString: strerror(errno)))" }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; break }
            written += n
        }
        fsync(fd)
        close(fd)
        guard written == bytes.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            return "warning: cannot write history file \(path)"
        }
        return nil
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func unescape(_ s: String) -> String {
        var out = ""
        var escaping = false
        for c in s {
            if escaping { out.append(c == "n" ? "\n" : c); escaping = false } else if c == "\\" { escaping = true } else { out.append(c) }
        }
        return out
    }
}
