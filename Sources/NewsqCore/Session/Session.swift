import Foundation

/// What running a statement came to. (`.quit` is no failure: it sets `quitRequested`,
/// which the statement loop reads, so a `.quit` inside a `.read` script ends the run too.)
public enum Outcome: Sendable, Equatable {
    case ok, failed
}

/// The state both front ends share — the store, the output mode and target,
/// the timer — and the one place a statement is run. The dot-commands are in
/// `DotCommands.swift`, the views they print in `SessionViews.swift`.
public final class Session {
    public internal(set) var store: Store
    public internal(set) var paths: [String]
    public let options: SessionOptions
    public var format: OutputFormat
    public var timer = false
    /// Column names over tables, CSV and TSV (`.headers on|off`).
    public var headers = true
    /// Results taller than the terminal go through it, in the shell (`.pager`).
    public var pager = Pager(command: nil)
    /// `$name` values: `-D name=value` on the command line, `.set name value` in the shell.
    public var parameters: [String: String]
    /// `.quit` was run, perhaps inside a script `.read` ran: nothing more runs.
    public internal(set) var quitRequested = false
    /// The tour step whose query waits on the input line.
    var tourStep: Int?
    /// Text the shell puts on the next input line for the user to run or edit.
    var offeredInput: String?
    var aliases: AliasTable
    let output = OutputTarget()
    var readDepth = 0
    /// The init file is running: its errors are printed as warnings (`StatementLoop.start`).
    var runningInitFile = false

    public init(paths: [String], store: Store, aliases: AliasTable = AliasTable(), options: SessionOptions = SessionOptions()) {
        self.paths = paths
        self.store = store
        self.aliases = aliases
        self.options = options
        format = options.format
        parameters = options.parameters
    }

    /// Loads `paths`, or the built-in demo corpus when there are none.
    public static func open(
        paths: [String], aliases: AliasTable = AliasTable(),
        options: SessionOptions = SessionOptions()
    ) -> (session: Session, seconds: Double) {
        let start = DispatchTime.now()
        StageClock.shared.reset()
        let result = load(paths, aliases: aliases, options: options)
        let session = Session(paths: paths, store: result.store, aliases: aliases, options: options)
        session.storeReport = result.report
        return (session, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
    }

    /// The corpus of `paths`: from the saved store when there is one, else read afresh;
    /// the built-in demo corpus when there are no paths.
    static func load(_ paths: [String], aliases: AliasTable, options: SessionOptions) -> (store: Store, report: SavedStore.Report?) {
        if paths.isEmpty { return (Store(loaded: ArticleLoader.extract(DemoCorpus.articles), aliases: aliases), nil) }
        guard let saved = options.savedStore else {
            let loaded = ArticleLoader.load(paths)
            return (Store(loaded: loaded.articles, warnings: loaded.warnings, aliases: aliases), nil)
        }
        return saved.load(paths, aliases: aliases)
    }

    /// What the saved store did at the last load, for `--stats`.
    public internal(set) var storeReport: SavedStore.Report?

    /// The load's warnings on standard error: the saved store's, then the files'.
    public func printLoadWarnings() {
        if let warning = storeReport?.warning { printError(warning) }
        for warning in store.warnings { printError(warning.description) }
    }

    public var isDemo: Bool { paths.isEmpty }

    /// "8 articles (0.01 MB), 46 claims, 27 actors, 2 warnings in 0.012 s (0.9 MB/s)";
    /// "292 articles, 292 from claims files, 3695 claims, … in 0.097 s" for claims `newsq extract` wrote.
    public func loadSummary(seconds: Double) -> String {
        let bytes = store.articles.reduce(0) { $0 + $1.textBytes }
        let mb = Double(bytes) / 1_000_000
        let warnings = store.warnings.count
        // Articles read back from claims files have no text here: the summary says how many.
        let readBack = store.articles.reduce(0) { $0 + ($1.textBytes == 0 ? 1 : 0) }
        let articles = counted(store.articles.count, "article") + (readBack > 0 ? ", \(readBack) from claims files" : "")
        var rest = [counted(store.claims.count, "claim"), counted(store.actors.count, "actor"), counted(warnings, "warning")]
        if let report = storeReport {
            rest.append("store: \(report.extracted) files read, \(report.kept) kept, \(report.dropped) dropped")
        }
        guard bytes > 0 || readBack == 0 else { return ([articles] + rest).joined(separator: ", ") + String(format: " in %.3f s", seconds) }
        return articles + String(format: " (%.2f MB), ", mb) + rest.joined(separator: ", ")
            + String(format: " in %.3f s (%.1f MB/s)", seconds, seconds > 0 ? mb / seconds : 0)
    }

    /// Runs one statement. Front ends run statements through `StatementLoop`.
    public func execute(_ statement: Statement, file: String? = nil) -> Outcome {
        let touring = tourStep
        let outcome =
            statement.isDotCommand || DotCommand.isBareWord(statement.text)
            ? dotCommand(statement, file: file) : query(statement.text, line: statement.line, file: file)
        if let step = touring, tourStep == step, !statement.text.lowercased().hasPrefix(".tour") { offerTourStep(step + 1) }
        return outcome
    }

    /// The text of a script file, or nil after saying why it cannot be read.
    func readScript(_ path: String, place: String?) -> String? {
        let at = place.map { $0 + ": " } ?? ""
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let reason = !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) ? "no such file" : isFolder.boolValue ? "a folder" : "not readable"
            printError("error: \(at)cannot read script `\(Terminal.printable(path))`: \(reason)")
            return nil
        }
        guard let script = String(data: data, encoding: .utf8) else {
            printError("error: \(at)script `\(Terminal.printable(path))` is not UTF-8 text")
            return nil
        }
        return script
    }

    /// Takes the text offered for the next input line, once.
    public func takeOfferedInput() -> String? {
        defer { offeredInput = nil }
        return offeredInput
    }

    /// Flushes and closes an `.output` file: call before leaving.
    public func finish() {
        if let problem = output.redirect(to: nil) { printError(problem) }
    }

    // MARK: - Queries

    private func query(_ text: String, line: Int, file: String?) -> Outcome {
        if options.printsSQL { return printSQL(text, line: line, file: file) }
        let start = DispatchTime.now()
        guard let (_, result) = run(text, line: line, file: file) else { return .failed }
        // A table sent to a file with `.output` keeps whole values, as a pipe does.
        let text = format.render(result, width: output.isRedirected ? nil : options.width(), headers: headers)
        if options.interactive, !output.isRedirected, let rows = Terminal.rows(), Pager.isTaller(text, rows: rows), pager.show(text) {
            // shown by the pager
        } else {
            write(text)
        }
        printNotes(result.notes)
        if timer {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
            write(String(format: "time: %.3f ms (%@, %d rows examined)\n", ms, result.plan.access, result.plan.rowsExamined))
        }
        return .ok
    }

    /// Parses and runs one query; on failure, says why (with the caret for query errors) and returns nil.
    func run(_ text: String, line: Int, file: String?) -> (Query, QueryResult)? {
        guard let parsed = parse(text, line: line, file: file) else { return nil }
        do {
            return (parsed, try Evaluator(store: store).run(parsed))
        } catch let error as QueryError {
            printError(error.render(source: text, firstLine: line, file: file))
        } catch is QueryInterrupted {
            Cancellation.reset()
            printError("interrupted")
        } catch {
            printError("error: \(sourcePlace(file: file, line: line)): \(error)")
        }
        return nil
    }

    /// A query parsed; nil after showing where it went wrong.
    private func parse(_ text: String, line: Int, file: String?) -> Query? {
        do {
            return try QueryParser.parse(text, firstLine: line, parameters: parameters)
        } catch {
            printError(error.render(source: text, firstLine: line, file: file))
            return nil
        }
    }

    /// `--sql` and `.sql`: the query as SQL, not run; its notes as a query's are (as SQL comments at a terminal).
    func printSQL(_ text: String, line: Int, file: String?) -> Outcome {
        guard let parsed = parse(text, line: line, file: file) else { return .failed }
        let translated = SQLTranslator(store: store, dialect: options.dialect).sql(parsed)
        write(translated.sql)
        printNotes(translated.notes, marker: "-- note:")
        return .ok
    }

    /// What the user should know about how a query was read: under the result at a terminal;
    /// on standard error in batch use, so data stays data.
    private func printNotes(_ notes: [String], marker: String = "note:") {
        for note in notes {
            if options.interactive { write("\(marker) \(note)\n") } else { printError("note: \(note)") }
        }
    }

    // MARK: - Dot-commands

    private func dotCommand(_ statement: Statement, file: String?) -> Outcome {
        // A `;` typed out of habit after a command (`.mode csv;`, `\d claims;`) is not part of it.
        var text = statement.text.trimmingSpaces
        if text.hasSuffix(";") { text.removeLast() }
        let name = String(text.prefix { !$0.isWhitespace })
        let call = DotCommandCall(argument: String(text.dropFirst(name.count)).trimmingSpaces, line: statement.line, file: file)
        guard let command = DotCommand.named(name) else {
            let hint = Suggest.nearest(name, among: DotCommand.all.map(\.name)).map { "; did you mean `\($0)`?" } ?? "; try .help"
            return fail(call, "unknown command `\(Terminal.printable(name))`\(hint)")
        }
        return command.action(self, call)
    }

    /// Says what went wrong with a dot-command, at its place.
    func fail(_ call: DotCommandCall, _ message: String) -> Outcome {
        printError("error: \(call.place): \(message)")
        return .failed
    }

    /// The store made again from `articles` (other aliases, more files).
    func rebuild(_ articles: [LoadedArticle], warnings: [LoadWarning]) {
        store = Store(loaded: articles, warnings: warnings, aliases: aliases)
    }

    // MARK: - Output

    public func write(_ text: String) {
        output.write(text)
    }

    public func printError(_ text: String) {
        var text = text.hasSuffix("\n") ? text : text + "\n"
        if runningInitFile, text.hasPrefix("error: ") { text = "warning: " + text.dropFirst("error: ".count) }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
