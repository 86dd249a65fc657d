import ArgumentParser
import Foundation
import NewsqCore
import NewsqShell

extension OutputFormat: ExpressibleByArgument {
    /// `--format` takes what `.mode` takes, sqlite3's and psql's names too.
    public init?(argument: String) { self.init(named: argument) }
}
extension SQLDialect: ExpressibleByArgument {}

/// The command line: load articles, then run queries from -e, -f, standard
/// input, or the interactive shell.
struct Newsq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq",
        abstract: "Query who claimed what in news articles.",
        discussion: """
            With no PATH, newsq opens its built-in demo corpus. With no -e or -f, it reads
            queries from standard input when that is not a terminal, else opens the shell.
            Exit status: 0 success, 1 a query failed, 2 usage error.
            `newsq extract PATH…|-` writes claims as JSON Lines without a shell (newsq extract --help).
            """,
        version: "newsq \(Version.current)")

    @Argument(
        help: "Article files or folders (.txt, .md, .json, .jsonl), read recursively, or claims files `newsq extract` wrote (known by their content)."
    )
    var paths: [String] = []

    @Option(name: [.customShort("e"), .long], help: "Run a query or dot-command (repeatable).")
    var execute: [String] = []

    @Option(name: [.customShort("f"), .long], help: "Run a script of queries and dot-commands (repeatable; - reads standard input).")
    var file: [String] = []

    @Option(name: .long, help: "Output format, as .mode in the shell.")
    var format: OutputFormat?

    @Option(
        name: [.customShort("D", allowingJoined: true), .customLong("define")],
        help: ArgumentHelp("Set a parameter used as $NAME in queries (repeatable).", valueName: "name=value"))
    var define: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Keep the corpus in this SQLite file (default: one per corpus in $XDG_CACHE_HOME/newsq, else ~/.cache/newsq).", valueName: "FILE"))
    var db: String?

    @Flag(name: .long, help: "Read every file afresh and save nothing (also NEWSQ_NO_CACHE=1).")
    var noCache = false

    @Flag(name: .long, help: "Print each query as SQL instead of running it (tables claims, articles, actors, disputes as in JSON Lines).")
    var sql = false

    @Option(name: .long, help: "The SQL --sql and .sql write.")
    var dialect = SQLDialect.duckdb

    @Flag(name: .long, help: "Stop at the first statement that fails.")
    var bail = false

    @Flag(name: .long, help: "Do not read or write the shell's history file.")
    var noHistory = false

    @Option(name: .long, help: "Aliases file: lines `Canonical = alias | alias`.")
    var aliases: String?

    @Flag(name: .long, help: "Print load statistics (articles, claims, MB, seconds, MB/s) to standard error.")
    var stats = false

    @Option(
        name: .customLong("init"),
        help: ArgumentHelp(
            "Run FILE first (default: ~/.newsqrc, else $XDG_CONFIG_HOME/newsq/newsqrc), in the shell and in batch runs.",
            valueName: "FILE"))
    var initFile: String?

    @Flag(name: [.customShort("X"), .customLong("no-init")], help: "Do not read an init file.")
    var noInit = false

    /// The init file this run reads, if any.
    var initPath: String? { noInit ? nil : InitFile.path(explicit: initFile) }

    /// `-D name=value` pairs, checked in `validate`.
    var parameters: [String: String] {
        Dictionary(
            define.map { pair in
                let name = String(pair.prefix { $0 != "=" })
                return (name, String(pair.dropFirst(name.count + 1)))
            }, uniquingKeysWith: { _, last in last })
    }

    func validate() throws {
        for pair in define where !pair.contains("=") || !Session.isParameterName(String(pair.prefix { $0 != "=" })) {
            throw ValidationError("-D wants name=value (a name of letters, digits and _), not `\(pair)`")
        }
    }

    /// The files the command line names can be read. Checked once the whole command line is
    /// parsed, not in `validate`: a mistyped option (`--formt csv`) is then reported as
    /// itself, not as a path `csv` that cannot be opened.
    func checkFiles() throws {
        for path in paths where access(path, F_OK) != 0 {
            throw ValidationError("cannot open \(path): \(String(cString: strerror(errno)))")
        }
        if let initFile, !noInit, access(initFile, R_OK) != 0 {
            throw ValidationError("cannot read init file \(initFile): \(String(cString: strerror(errno)))")
        }
        for script in file where script != "-" && access(script, R_OK) != 0 {
            throw ValidationError("cannot read script \(script): \(String(cString: strerror(errno)))")
        }
    }

    /// The -e and -f actions in the order they were given.
    private func actions() -> [(isFile: Bool, value: String)] {
        var queries = execute[...], scripts = file[...]
        var out: [(Bool, String)] = []
        for argument in CommandLine.arguments.dropFirst() {
            if argument == "--" { break }
            if argument == "-e" || argument.hasPrefix("--execute"), let q = queries.popFirst() { out.append((false, q)) }
            if argument == "-f" || argument.hasPrefix("--file"), let s = scripts.popFirst() { out.append((true, s)) }
        }
        return out + queries.map { (false, $0) } + scripts.map { (true, $0) }
    }

    /// The saved store this run uses: `--db FILE`, else the cache's, unless told not to.
    var savedStore: SavedStore? {
        if let db { return SavedStore(path: (db as NSString).expandingTildeInPath) }
        guard !paths.isEmpty, !noCache, Environment.value("NEWSQ_NO_CACHE") == nil else { return nil }
        return SavedStore(path: SavedStore.defaultPath(for: paths))
    }

    func runSession() -> Int32 {
        var table = AliasTable()
        if let aliases {
            guard let data = FileManager.default.contents(atPath: aliases), let text = String(data: data, encoding: .utf8) else {
                FileHandle.standardError.write(Data("newsq: cannot read aliases file \(aliases)\n".utf8))
                return 2
            }
            for problem in table.read(text, file: aliases) { FileHandle.standardError.write(Data("warning: \(problem), skipped\n".utf8)) }
        }
        var options = SessionOptions(format: format ?? .table, parameters: parameters)
        options.printsSQL = sql
        options.dialect = dialect
        options.savedStore = savedStore
        if execute.isEmpty && file.isEmpty && isatty(0) == 1 {
            return InteractiveShell(
                paths: paths, aliases: table, options: options, format: format, useHistory: !noHistory, initFile: initPath
            ).run()
        }
        // A script stops at its first failing statement when asked; a person at the prompt never does.
        options.bail = bail
        let (session, seconds) = Session.open(paths: paths, aliases: table, options: options)
        session.printLoadWarnings()
        if stats {
            session.printError(session.loadSummary(seconds: seconds))
            session.printError(StageClock.shared.summary)
        }
        if session.isDemo {
            session.printError("newsq: no path given; using the built-in demo corpus (\(session.store.articles.count) articles)")
        }
        var loop = StatementLoop(session: session)
        loop.start(initFile: initPath, format: format)
        let list = actions()
        // Standard input (with no -e or -f, or as `-f -`): the same statements, a line at a time.
        func readStandardInput() {
            while !loop.finished, let line = readLine(strippingNewline: true) { loop.feed(line: line) }
            loop.endOfInput()
        }
        if list.isEmpty { readStandardInput() }
        var queries = 0
        for action in list where !loop.finished {
            if action.isFile && action.value == "-" {
                readStandardInput()
            } else if action.isFile {
                loop.run(scriptFile: action.value)
            } else {
                // Of several -e, an error says which: `error: -e 2:1:14: …`.
                queries += 1
                loop.run(script: action.value, file: execute.count > 1 ? "-e \(queries)" : nil)
            }
        }
        session.finish()
        // The corpus goes with the process, not row by row: exiting here skips tearing down
        // hundreds of thousands of claims (a tenth of a large reopen).
        Foundation.exit(loop.exitStatus)
    }
}

@main
enum Main {
    static func main() {
        // `newsq extract …`: the streaming extractor (a folder named "extract" is ./extract).
        if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "extract" {
            Extract.main(Array(CommandLine.arguments.dropFirst(2)))
            exit(0)
        }
        let command: Newsq
        do {
            command = try Newsq.parse()
            try command.checkFiles()
        } catch {
            let code = Newsq.exitCode(for: error)
            if code == .success {
                print(Newsq.fullMessage(for: error))
                exit(0)
            }
            FileHandle.standardError.write(Data(("newsq: " + Newsq.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
        exit(command.runSession())
    }
}
