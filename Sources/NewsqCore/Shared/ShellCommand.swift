import Foundation

/// Runs a command line the user chose (`$PAGER`, `$EDITOR`) through `/bin/sh -c`,
/// in newsq's own process group so it can read the keyboard of the terminal, and
/// waits for it. posix_spawn, not `Process`, which moves the child to a group of its
/// own, where a pager or an editor cannot read the terminal.
public enum ShellCommand {
    /// Runs `command`, with `input` on its standard input (else newsq's own); returns
    /// its exit status, or nil when it could not start.
    @discardableResult
    public static func run(_ command: String, input: String? = nil) -> Int32? {
        var fds: [Int32] = [-1, -1]
        if input != nil, pipe(&fds) != 0 { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil {
            posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        }
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        if input != nil { close(fds[0]) }
        guard spawned == 0 else {
            if input != nil { close(fds[1]) }
            return nil
        }
        if let input {
            // A pager that quits early (q in less) closes its end: the rest is dropped, not an error.
            let previous = signal(SIGPIPE, SIG_IGN)
            var bytes = Array(input.utf8)
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
            signal(SIGPIPE, previous)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// `text` quoted for the shell: 'it'\''s'.
    public static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
