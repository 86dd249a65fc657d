import Foundation

/// One dot-command: its name, how it is called, its line of `.help commands`, what
/// Tab offers for its argument, and what it does. `DotCommand.all` is the one list
/// that dispatch, help and completion read.
public struct DotCommand: Sendable {
    public let name: String
    /// Other names that run it (`.exit` for `.quit`).
    let aliases: [String]
    /// The arguments as `.help` shows them: `[FORMAT]`.
    let usage: String
    let summary: String
    /// What Tab offers for the first argument.
    public let completions: @Sendable () -> [String]
    let action: @Sendable (Session, DotCommandCall) -> Outcome

    init(
        _ name: String, _ usage: String, _ summary: String, aliases: [String] = [],
        completions: @escaping @Sendable () -> [String] = { [] },
        action: @escaping @Sendable (Session, DotCommandCall) -> Outcome
    ) {
        self.name = name
        self.aliases = aliases
        self.usage = usage
        self.summary = summary
        self.completions = completions
        self.action = action
    }

    /// The command `name` (any case) calls, if any.
    static func named(_ name: String) -> DotCommand? {
        let wanted = name.lowercased()
        return all.first { $0.name == wanted || $0.aliases.contains(wanted) }
    }

    /// A statement that is one word naming a command, as psql reads `exit` and `quit`
    /// (an optional `;` after it).
    static func isBareWord(_ text: String) -> Bool {
        var word = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if word.hasSuffix(";") { word.removeLast() }
        return !word.isEmpty && word.first != "." && word.allSatisfy(\.isLetter) && named(word) != nil
    }

    /// `.help commands`: one line a command, usage padded to a column.
    static var helpLines: String {
        let usages = all.map { ($0.name + " " + $0.usage).trimmingSpaces }
        let width = max(24, (usages.map(\.count).max() ?? 0) + 2)
        return zip(usages, all).map { usage, command in
            usage.padding(toLength: width, withPad: " ", startingAt: 0) + command.summary
        }.joined(separator: "\n")
    }
}

/// A dot-command as written: its argument and where it was, for error messages.
struct DotCommandCall {
    let argument: String
    let line: Int
    let file: String?

    /// `FILE:LINE`, or the line alone.
    var place: String { sourcePlace(file: file, line: line) }

    /// The argument as a path: `~` and `~/…` are the home folder, as in a shell.
    var path: String {
        argument == "~" || argument.hasPrefix("~/") ? Environment.home + argument.dropFirst() : argument
    }
}
