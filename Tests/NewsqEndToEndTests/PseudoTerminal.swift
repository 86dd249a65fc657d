import Foundation

/// The built binary running on a real pseudo-terminal: keystrokes go in, the
/// screen's bytes come out. The child gets the terminal as its controlling
/// terminal (forkpty), so Ctrl-C is a real SIGINT from the line discipline.
final class PseudoTerminal {
    private var master: Int32 = -1
    private let pid: pid_t
    /// Everything the program printed so far, escape sequences removed.
    private(set) var screen = ""
    /// The same, bytes as sent (escape sequences kept).
    private(set) var raw = ""

    init(arguments: [String], home: String, environment: [String: String] = [:], columns: UInt16 = 80, rows: UInt16 = 24) throws {
        var env = ["HOME": home, "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "NEWSQ_NO_CACHE": "1"]
        for (k, v) in environment { env[k] = v }
        // Everything the child needs is built before fork: after it, only exec.
        let argv = ([Binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let cwd = strdup(Binary.packageRoot)
        defer { (argv + envp + [cwd]).forEach { free($0) } }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        let child = forkpty(&master, nil, nil, &size)
        if child == 0 {
            // The test runner's threads block signals, and a blocked mask survives exec.
            var none = sigset_t()
            sigemptyset(&none)
            sigprocmask(SIG_SETMASK, &none, nil)
            signal(SIGINT, SIG_DFL)
            chdir(cwd!)
            execve(argv[0]!, argv, envp)
            _exit(127)
        }
        guard child > 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        pid = child
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    func type(_ keys: String) {
        // libedit puts the terminal in raw mode around each read; keys that arrive while
        // the previous command is still finishing would meet the kernel's line editing.
        Thread.sleep(forTimeInterval: 0.1)
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    static let tab = "\t", enter = "\r", ctrlC = "\u{03}", ctrlD = "\u{04}", up = "\u{1B}[A", backspace = "\u{7F}"

    /// Reads until `text` shows up after `from` (a mark from `mark`), or the deadline passes.
    @discardableResult
    func waitFor(_ text: String, after from: String.Index? = nil, timeout: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let start = from ?? screen.startIndex
            if screen[start...].contains(text) { return true }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(min(left, 0.5) * 1000)) >= 0 else { return false }
            if poller.revents & Int16(POLLIN) != 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { return screen[start...].contains(text) }
                let chunk = String(decoding: buffer[0..<n], as: UTF8.self)
                raw += chunk
                screen += Self.plain(chunk)
            } else if poller.revents & Int16(POLLHUP) != 0 {
                return screen[start...].contains(text)
            }
        }
    }

    var mark: String.Index { screen.endIndex }

    /// Types `statement` and Enter; true once `expected` shows after it.
    @discardableResult
    func run(_ statement: String, until expected: String) -> Bool {
        let start = mark
        type(statement + Self.enter)
        return waitFor(expected, after: start)
    }

    /// Waits for the program to leave; its exit status, or nil if it did not.
    func exitStatus(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            _ = waitFor("\u{0}", timeout: 0.2)  // drain output so the child is not blocked writing
            if waitpid(pid, &status, WNOHANG) == pid { return (status >> 8) & 0xFF }
        }
        return nil
    }

    /// Output without escape sequences and carriage returns, as a person would read it.
    static func plain(_ s: String) -> String {
        var out = ""
        var it = s.unicodeScalars.makeIterator()
        while let c = it.next() {
            if c == "\u{1B}" {
                guard let next = it.next() else { break }
                if next == "[" { while let x = it.next(), !(0x40...0x7E).contains(x.value) {} }
                continue
            }
            if c == "\r" || c == "\u{07}" { continue }
            out.unicodeScalars.append(c)
        }
        return out
    }
}
