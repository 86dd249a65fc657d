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
        Pager(command: Environment.value("PAGER", in: environment) ?? defaultCommand)
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
    /// could not start (the caller prints the text itself).
    func show(_ text: String) -> Bool {
        guard let command, let status = ShellCommand.run(command, input: text) else { return false }
        return status != 127  // the shell found no such command: the text is printed instead
    }
}
