import Foundation

/// Shows a result taller than the terminal through a pager, as psql does: `$PAGER`,
/// else `less -SRFX` (chopped long lines, colour kept, no paging for what fits, the
/// screen left as it was). Only for a person at a terminal: never in batch use, never
/// into a pipe, never to an `.output` file.
public struct Pager {
    /// The command (run by `/bin/sh -c`); nil: pages nothing.
    public var command: String?

    public static let defaultCommand = "less -SRFX"

    /// Paging on, with `$PAGER` or the default.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Pager {
        Pager(command: environment["PAGER"].flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 } ?? defaultCommand)
    }

    /// Whether `text` is taller than a terminal of `rows` lines (one is kept for the prompt).
    static func isTaller(_ text: String, rows: Int) -> Bool {
        var lines = 0
        for byte in text.utf8 where byte == 10 {
            lines += 1
            if lines >= rows { return true }
        }
        return false
    }

    /// Runs the pager with `text` on its standard input and waits for it; false when it
    /// could not start (the caller prints the text itself). posix_spawn, not `Process`:
    /// the pager must stay in the shell's process group to read keys from the terminal.
    func show(_ text: String) -> Bool {
        guard let command else { return false }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        close(fds[0])
        guard spawned == 0 else {
            close(fds[1])
            return false
        }
        // A pager that quits early (q in less) closes its end: the rest is dropped, not an error.
        let previous = signal(SIGPIPE, SIG_IGN)
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fds[1], raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                offset += n
            }
        }
        close(fds[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        signal(SIGPIPE, previous)
        return true
    }
}
