import Foundation

/// What running a statement came to.
public enum Outcome: Sendable, Equatable {
    case ok, failed, quit
}

/// The state both front ends share — the store, the output mode and target,
/// the timer — and the one place statements and dot-commands are run.
public final class Session {
    public private(set) var store: Store
    public private(set) var paths: [String]
    public var format: OutputFormat = .table
    public var timer = false
    /// Bold and colour allowed on the output (a terminal, no NO_COLOR).
    public var style = false
    /// Table width: the shell asks the terminal each time, so a resize is followed.
    public var width: () -> Int = { Terminal.width() }
    /// The shell's history for `.history`; nil in batch use.
    public var history: (() -> [String])?
    /// `$name` values: `-D name=value` on the command line, `.set name value` in the shell.
    public var parameters: [String: String] = [:]
    /// Set by the shell: a person types, so `.tour` goes a step at a time.
    public var interactive = false
    /// The tour step whose query waits on the input line.
    private var tourStep: Int?
    /// Text the shell puts on the next input line for the user to run or edit.
    public private(set) var offeredInput: String?
    private var loaded: [LoadedArticle]
    private var aliases: AliasTable
    private let output = OutputTarget()
    private var readDepth = 0

    public init(paths: [String], loaded: [LoadedArticle], warnings: [LoadWarning], aliases: AliasTable = AliasTable()) {
        self.paths = paths
        self.loaded = loaded
        self.aliases = aliases
        store = Store(loaded: loaded, warnings: warnings, aliases: aliases)
    }

    /// Loads `paths`, or the built-in demo corpus when there are none.
    public static func open(paths: [String], aliases: AliasTable = AliasTable()) -> (session: Session, seconds: Double) {
        let start = DispatchTime.now()
        let result = paths.isEmpty ? (articles: ArticleLoader.extract(DemoCorpus.articles), warnings: [])
            : ArticleLoader.load(paths)
        let session = Session(paths: paths, loaded: result.articles, warnings: result.warnings, aliases: aliases)
        return (session, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
    }

    public var isDemo: Bool { paths.isEmpty }

    /// "8 articles (0.01 MB), 46 claims, 27 actors, 2 warnings in 0.012 s (0.9 MB/s)"
    public func loadSummary(seconds: Double) -> String {
        let bytes = loaded.reduce(0) { $0 + $1.textBytes }
        let mb = Double(bytes) / 1_000_000
        let warnings = store.warnings.count
        return String(format: "%d articles (%.2f MB), %d claims, %d actors, %d warning%@ in %.3f s (%.1f MB/s)",
                      store.articles.count, mb, store.claims.count, store.actors.count, warnings, warnings == 1 ? "" : "s",
                      seconds, seconds > 0 ? mb / seconds : 0)
    }

    /// Runs every statement of `text`; with `bail`, stops at the first that fails.
    @discardableResult
    public func run(script text: String, file: String? = nil, firstLine: Int = 1, bail: Bool = false) -> Outcome {
        let split = StatementSplitter.split(text, firstLine: firstLine)
        var outcome = Outcome.ok
        var statements = split.statements
        if !split.rest.isEmpty {
            // An unclosed quote or parenthesis at the end: run it so its error names the place.
            statements.append(Statement(text: split.rest.trimmingSpaces, line: split.restLine))
        }
        for statement in statements {
            switch execute(statement, file: file) {
            case .quit: return .quit
            case .failed:
                outcome = .failed
                if bail { return .failed }
            case .ok: break
            }
        }
        return outcome
    }

    /// Runs a script file (`-f FILE`, `.read FILE`); errors name the file and line.
    /// `place` says where the request came from, for the error when the file cannot be read.
    @discardableResult
    public func run(scriptFile path: String, bail: Bool = false, place: String? = nil) -> Outcome {
        guard let data = FileManager.default.contents(atPath: path), let script = String(data: data, encoding: .utf8) else {
            printError("error: \(place.map { $0 + ": " } ?? "")cannot read `\(Terminal.printable(path))` as a UTF-8 script")
            return .failed
        }
        return run(script: script, file: path, bail: bail)
    }

    public func execute(_ statement: Statement, file: String? = nil) -> Outcome {
        let touring = tourStep
        let outcome = statement.isDotCommand ? dotCommand(statement, file: file) : query(statement.text, line: statement.line, file: file)
        if let step = touring, tourStep == step, !statement.text.lowercased().hasPrefix(".tour") { offerTourStep(step + 1) }
        return outcome
    }

    /// Takes the text offered for the next input line, once.
    public func takeOfferedInput() -> String? {
        defer { offeredInput = nil }
        return offeredInput
    }

    private func offerTourStep(_ index: Int) {
        guard index < Tour.steps.count else {
            tourStep = nil
            write(Tour.ending)
            return
        }
        tourStep = index
        write(Tour.introduce(index) + "  The query waits on the line: Enter runs it, or edit it first. .tour stop leaves.\n")
        offeredInput = Tour.steps[index].query
    }

    private func tour(_ argument: String, fail: (String) -> Outcome) -> Outcome {
        if argument.lowercased() == "stop" {
            tourStep = nil
            offeredInput = nil
            write("tour stopped; .tour starts it again\n")
            return .ok
        }
        guard isDemo else {
            return fail("the tour runs on the built-in demo corpus: start newsq without a path, then .tour")
        }
        let start = argument.isEmpty ? 1 : Int(argument) ?? 0
        guard (1...Tour.steps.count).contains(start) else { return fail("usage: .tour [STEP 1-\(Tour.steps.count)] | .tour stop") }
        if interactive {
            offerTourStep(start - 1)
            return .ok
        }
        // Not at a terminal: the whole tour with its results, as a handout.
        for index in (start - 1)..<Tour.steps.count {
            write(Tour.introduce(index) + "\n" + Tour.steps[index].query + "\n")
            _ = execute(Statement(text: Tour.steps[index].query, line: 1))
        }
        write(Tour.ending)
        return .ok
    }

    /// Flushes and closes an `.output` file: call before leaving.
    public func finish() {
        if let problem = output.redirect(to: nil) { printError(problem) }
    }

    // MARK: - Queries

    private func query(_ text: String, line: Int, file: String?) -> Outcome {
        let start = DispatchTime.now()
        guard let (_, result) = run(text, line: line, file: file) else { return .failed }
        write(format.render(result, width: width()))
        if timer {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
            write(String(format: "time: %.3f ms (%@, %d rows examined)\n", ms, result.plan.access, result.plan.rowsExamined))
        }
        return .ok
    }

    /// Parses and runs one query; on failure, says why (with the caret for query errors) and returns nil.
    private func run(_ text: String, line: Int, file: String?) -> (Query, QueryResult)? {
        do {
            let parsed = try QueryParser.parse(text, firstLine: line, parameters: parameters)
            return (parsed, try Evaluator(store: store).run(parsed))
        } catch let error as QueryError {
            printError(error.render(source: text, firstLine: line, file: file))
        } catch is QueryInterrupted {
            Cancellation.reset()
            printError("interrupted")
        } catch {
            printError("error: \(file.map { $0 + ":" } ?? "")\(line): \(error)")
        }
        return nil
    }

    // MARK: - Output

    public func write(_ text: String) {
        output.write(text)
    }

    public func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    // MARK: - Dot-commands

    static let dotCommands = [".help", ".load", ".reload", ".schema", ".mode", ".output", ".read", ".timer", ".explain",
                              ".show", ".alias", ".set", ".unset", ".tour", ".history", ".quit", ".exit"]

    public static func isParameterName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !name.first!.isNumber
    }

    /// `"Sweden MFA"` → `Sweden MFA`: a value may be quoted to keep its spaces visible.
    static func unquoted(_ value: String) -> String {
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    private func dotCommand(_ statement: Statement, file: String?) -> Outcome {
        let text = statement.text
        let name = String(text.prefix { !$0.isWhitespace })
        let argument = String(text.dropFirst(name.count)).trimmingSpaces
        let place = "\(file.map { $0 + ":" } ?? "")\(statement.line)"
        func fail(_ message: String) -> Outcome {
            printError("error: \(place): \(message)")
            return .failed
        }
        switch name.lowercased() {
        case ".quit", ".exit":
            return .quit
        case ".help":
            write(Help.text(topic: argument))
        case ".schema":
            if argument.isEmpty {
                write(Collection.allCases.map(schema).joined(separator: "\n"))
            } else if let c = Collection(rawValue: argument.lowercased()) {
                write(schema(c))
            } else {
                let hint = Suggest.nearest(argument, among: Collection.allCases.map(\.rawValue)).map { "; did you mean `\($0)`?" } ?? ""
                return fail("no collection `\(Terminal.printable(argument))`\(hint)")
            }
        case ".mode":
            if argument.isEmpty { write("mode: \(format.rawValue)\n"); return .ok }
            guard let mode = OutputFormat(rawValue: argument.lowercased()) else {
                let hint = Suggest.nearest(argument, among: OutputFormat.allCases.map(\.rawValue)).map { "; did you mean `\($0)`?" } ?? ""
                return fail("unknown mode `\(Terminal.printable(argument))` (\(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))\(hint)")
            }
            format = mode
        case ".timer":
            switch argument.lowercased() {
            case "on": timer = true
            case "off": timer = false
            case "": write("timer: \(timer ? "on" : "off")\n")
            default: return fail("usage: .timer on|off")
            }
        case ".output":
            if let problem = output.redirect(to: argument.isEmpty ? nil : argument) { return fail(problem) }
        case ".read":
            guard !argument.isEmpty else { return fail("usage: .read FILE") }
            guard readDepth < 16 else { return fail(".read nested more than 16 deep") }
            readDepth += 1
            defer { readDepth -= 1 }
            return run(scriptFile: argument, place: place)
        case ".explain":
            guard !argument.isEmpty else { return fail("usage: .explain QUERY") }
            return explain(argument, line: statement.line, file: file)
        case ".show":
            return showClaim(argument, fail: fail)
        case ".load":
            guard !argument.isEmpty else { return fail("usage: .load PATH") }
            let result = ArticleLoader.load([argument])
            for w in result.warnings { printError(w.description) }
            if result.articles.isEmpty && result.warnings.isEmpty { return fail("no article files under `\(Terminal.printable(argument))`") }
            loaded = (isDemo ? [] : loaded) + result.articles
            paths = (isDemo ? [] : paths) + [argument]
            rebuild(warnings: store.warnings + result.warnings)
            write("loaded \(result.articles.count) articles; now \(store.articles.count) articles, \(store.claims.count) claims\n")
        case ".reload":
            guard !isDemo else { write("the demo corpus is built in; nothing to reload\n"); return .ok }
            let result = ArticleLoader.load(paths)
            for w in result.warnings { printError(w.description) }
            loaded = result.articles
            rebuild(warnings: result.warnings)
            write("reloaded \(store.articles.count) articles, \(store.claims.count) claims\n")
        case ".alias":
            if argument.isEmpty {
                if aliases.entries.isEmpty { write("no aliases; add one with .alias CANONICAL = ALIAS | ALIAS\n") }
                for (canonical, names) in aliases.entries { write("\(canonical) = \(names.joined(separator: " | "))\n") }
                return .ok
            }
            if let problem = aliases.add(argument) { return fail(problem) }
            rebuild(warnings: store.warnings)
        case ".set":
            if argument.isEmpty {
                if parameters.isEmpty { write("no parameters; set one with .set NAME VALUE, use it as $NAME\n") }
                for (name, value) in parameters.sorted(by: { $0.key < $1.key }) { write("$\(name) = \(Terminal.printable(value))\n") }
                return .ok
            }
            let name = String(argument.prefix { !$0.isWhitespace })
            let value = String(argument.dropFirst(name.count)).trimmingSpaces
            guard Self.isParameterName(name) else { return fail("`\(Terminal.printable(name))` is not a parameter name (letters, digits, _)") }
            guard !value.isEmpty else { return fail("usage: .set NAME VALUE") }
            parameters[name] = Self.unquoted(value)
        case ".unset":
            guard parameters.removeValue(forKey: argument) != nil else { return fail("no parameter `\(Terminal.printable(argument))`") }
        case ".tour":
            return tour(argument, fail: fail)
        case ".history":
            guard let history else { write("no history outside the interactive shell\n"); return .ok }
            for (n, entry) in history().enumerated() { write(String(format: "%5d  ", n + 1) + Terminal.printable(entry) + "\n") }
        default:
            let hint = Suggest.nearest(name, among: Self.dotCommands).map { "; did you mean `\($0)`?" } ?? "; try .help"
            return fail("unknown command `\(Terminal.printable(name))`\(hint)")
        }
        return .ok
    }

    private func rebuild(warnings: [LoadWarning]) {
        store = Store(loaded: loaded, warnings: warnings, aliases: aliases)
    }

    private func schema(_ c: Collection) -> String {
        let pad = c.fields.map(\.name.count).max() ?? 0
        var out = "\(c.rawValue) (\(store.rowCount(c)) rows)\n"
        for f in c.fields {
            let type = f.type.name
            out += "  " + f.name.padding(toLength: pad, withPad: " ", startingAt: 0) + "  "
                + type.padding(toLength: max(8, type.count), withPad: " ", startingAt: 0) + "  " + f.about + "\n"
        }
        return out
    }

    private func explain(_ text: String, line: Int, file: String?) -> Outcome {
        guard let (parsed, result) = run(text, line: line, file: file) else { return .failed }
        let total = store.rowCount(parsed.collection)
        write("read as:  \(parsed.describe())\n")
        write("in words: \(parsed.inWords())\n")
        write("ran as:   \(result.plan.access); \(result.plan.rowsExamined) of \(total) rows examined, \(result.plan.rowsMatched) matched")
        if !parsed.sort.isEmpty { write("; sorted") }
        write("; \(result.rows.count) row\(result.rows.count == 1 ? "" : "s") returned\n")
        return .ok
    }

    private func showClaim(_ argument: String, fail: (String) -> Outcome) -> Outcome {
        let parts = argument.split(separator: " ")
        guard parts.count == 2, parts[0].lowercased() == "claim", let id = Int(parts[1]) else { return fail("usage: .show claim N") }
        guard id >= 1, id <= store.claims.count else { return fail("no claim \(id) (claims are 1 to \(store.claims.count))") }
        let c = store.claims[id - 1]
        let utf8 = Array(c.sentence.utf8)
        let lo = min(c.span.lowerBound, utf8.count), hi = min(max(c.span.upperBound, lo), utf8.count)
        let before = Terminal.printable(String(decoding: utf8[..<lo], as: UTF8.self))
        let span = Terminal.printable(String(decoding: utf8[lo..<hi], as: UTF8.self))
        let after = Terminal.printable(String(decoding: utf8[hi...], as: UTF8.self))
        let marked = style ? "\u{1B}[1m" + span + "\u{1B}[0m" : "[" + span + "]"
        write("claim \(id): \(Terminal.printable(c.path)):\(c.line)\n")
        write("  " + before + marked + after + "\n")
        let speaker = c.speaker.isEmpty ? "(no source named)" : "\"\(Terminal.printable(c.speaker))\""
        write("  speaker \(speaker) → actor \(c.actor.isEmpty ? "(none)" : Terminal.printable(c.actor)) — \(c.resolution)\n")
        var details = ["cue \(c.cue)", "stance \(c.stance.rawValue)", "kind \(c.kind.rawValue)"]
        if !c.role.isEmpty { details.append("role \(c.role)") }
        if !c.org.isEmpty { details.append("org \(c.org)") }
        if !c.country.isEmpty { details.append("country \(c.country)") }
        if !c.date.isEmpty { details.append("date \(c.date)") }
        write("  " + Terminal.printable(details.joined(separator: ", ")) + "\n")
        return .ok
    }
}
