import Foundation
import NewsqCore

/// The interactive shell: a banner, then statements read through libedit and
/// run by the same `Session` as batch use, with history kept across runs.
public struct InteractiveShell {
    let paths: [String]
    let aliases: AliasTable
    /// How the session runs (`--sql`, `--dialect`, the saved store, `-D`); the shell adds its own.
    let options: SessionOptions
    /// `--format` when given: it wins over the init file's `.mode`.
    let format: OutputFormat?
    let useHistory: Bool
    /// Run before the first prompt (`~/.newsqrc`, `--init FILE`).
    let initFile: String?

    public init(
        paths: [String], aliases: AliasTable, options: SessionOptions, format: OutputFormat?, useHistory: Bool, initFile: String? = nil
    ) {
        self.paths = paths
        self.aliases = aliases
        self.options = options
        self.format = format
        self.useHistory = useHistory
        self.initFile = initFile
    }

    public func run() -> Int32 {
        let editor = LineEditor(program: "newsq")
        var history: HistoryFile?
        var options = self.options
        options.style = Terminal.allowsStyle()
        options.interactive = true
        options.history = { history?.entries ?? [] }
        let (session, seconds) = Session.open(paths: paths, aliases: aliases, options: options)
        session.pager = Pager.fromEnvironment()
        session.printLoadWarnings()
        session.write(banner(session, seconds: seconds))

        if useHistory, let path = HistoryFile.defaultPath() {
            let file = HistoryFile(path: path)
            if let warning = file.warning { session.printError(warning) }
            for entry in file.entries { editor.addHistory(entry) }
            history = file
        }
        editor.complete = { [session] before in Completer(store: session.store).complete(before) }

        var loop = StatementLoop(session: session, input: .prompt)
        // The last statement typed, for `.edit` on an empty line.
        var lastStatement = history?.entries.last ?? ""
        loop.start(initFile: initFile, format: format)
        var entry: [String] = []
        // A whole statement goes to the line editor's history, the history file and `.edit`.
        func remember(_ text: String) {
            lastStatement = text
            editor.addHistory(text)
            if let problem = history?.add(text) { session.printError(problem) }
        }
        while !loop.finished {
            editor.continuing = loop.isContinuing
            if let offered = session.takeOfferedInput() { editor.offer(offered) }
            switch editor.read() {
            case .end:
                session.write("\n")
                session.finish()
                return 0
            case .interrupted:
                loop.abandonStatement()
                entry = []
            case .line(let line) where StatementEditor.isRequest(line):
                // The statement being typed, else the last one, through $VISUAL/$EDITOR; what was saved runs.
                let typed = loop.pendingStatement.trimmingCharacters(in: .whitespacesAndNewlines)
                loop.abandonStatement()
                entry = []
                switch StatementEditor.edit(typed.isEmpty ? lastStatement : typed) {
                case .failure(let problem):
                    session.printError("error: .edit: \(problem.message)")
                case .success(let saved):
                    let text = Self.historyEntry(saved.components(separatedBy: "\n"))
                    guard !text.isEmpty else { break }
                    remember(text)
                    lastStatement = saved.trimmingCharacters(in: .whitespacesAndNewlines)  // as saved, lines and all
                    loop.run(script: saved)
                }
            case .line(let line):
                entry.append(line)
                // History gets the statement once it is whole, before it runs.
                let statements = loop.statements(completedBy: line)
                if !loop.isContinuing {
                    let text = Self.historyEntry(entry)
                    entry = []
                    if !text.isEmpty { remember(text) }
                }
                for statement in statements { loop.run(statement) }
            }
        }
        session.finish()
        return 0
    }

    /// One history entry per statement: lines joined by spaces, unless a `--` comment needs its line end.
    static func historyEntry(_ lines: [String]) -> String {
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return trimmed.contains { $0.contains("--") } ? trimmed.joined(separator: "\n") : trimmed.joined(separator: " ")
    }

    private func banner(_ session: Session, seconds: Double) -> String {
        let store = session.store
        var out = "newsq — who claimed what in news articles\n"
        out += "\(counted(store.articles.count, "article")), \(counted(store.claims.count, "claim")), \(counted(store.actors.count, "actor"))"
        out += String(format: " loaded in %.2f s", seconds)
        if !store.warnings.isEmpty { out += ", \(counted(store.warnings.count, "warning")) above" }
        out += session.isDemo ? " (the built-in demo corpus; give newsq a folder to load your own)\n" : "\n"
        out += "Type .help for help, Tab to complete, Ctrl-D to leave.\n"
        return out
    }
}
