/// The one loop that runs statements, for every front end: `-e` and `-f`, standard
/// input, `.read` and the shell. Input arrives as whole scripts or a line at a time;
/// the loop stops at `.quit`, and at the first failure when the session bails.
public struct StatementLoop {
    public let session: Session
    private var buffer: StatementBuffer
    /// Some statement failed: the exit status is 1.
    public private(set) var failed = false
    /// `.quit`, or a failure under `--bail`: nothing more runs.
    public private(set) var finished = false

    /// `input`: `.prompt` for the shell, where a complete line runs at Enter and errors
    /// count lines within the statement; `.script` for piped input.
    public init(session: Session, input: StatementSplitter.Input = .script) {
        self.session = session
        buffer = StatementBuffer(input: input)
    }

    /// A statement is begun but not complete: the shell prompts `...>`.
    public var isContinuing: Bool { buffer.isOpen }

    /// The statement begun and not yet complete (for `.edit`).
    public var pendingStatement: String { buffer.pendingText }

    public var exitStatus: Int32 { failed ? 1 : 0 }

    public mutating func run(_ statement: Statement, file: String? = nil) {
        guard !finished else { return }
        Cancellation.reset()
        if session.execute(statement, file: file) == .failed {
            failed = true
            if session.options.bail { finished = true }
        }
        // `.quit`, here or in a script that `.read` ran.
        if session.quitRequested { finished = true }
    }

    /// Every statement of `text`; an unclosed quote or parenthesis at its end runs
    /// too, so that its error says what is unclosed.
    public mutating func run(script text: String, file: String? = nil) {
        let split = StatementSplitter.split(text)
        var statements = split.statements
        if !split.rest.isEmpty { statements.append(Statement(text: split.rest.trimmingSpaces, line: split.restLine)) }
        for statement in statements where !finished { run(statement, file: file) }
    }

    /// The start of a run, shell or batch: the init file (`~/.newsqrc`, `--init`), then the
    /// command line's `--format`, which wins over the init file's `.mode`.
    /// A failure in the init file is a warning: it does not make the run fail.
    public mutating func start(initFile: String?, format: OutputFormat?) {
        if let initFile {
            session.runningInitFile = true
            var initLoop = StatementLoop(session: session)
            initLoop.run(scriptFile: initFile)
            session.runningInitFile = false
            if session.quitRequested { finished = true }
        }
        if let format { session.format = format }
    }

    /// A script file (`-f FILE`, `.read FILE`); errors name the file and line. `place`
    /// says where the request came from, for the error when the file cannot be read.
    public mutating func run(scriptFile path: String, place: String? = nil) {
        guard let script = session.readScript(path, place: place) else {
            failed = true
            if session.options.bail { finished = true }
            return
        }
        run(script: script, file: path)
    }

    /// One line of input (standard input): runs the statements it completes.
    public mutating func feed(line: String) {
        for statement in statements(completedBy: line) { run(statement) }
    }

    /// The statements one more line of input completes, to run with `run` (the shell
    /// records them in its history first).
    public mutating func statements(completedBy line: String) -> [Statement] {
        buffer.add(line: line)
    }

    /// Drops a half-typed statement (Ctrl-C).
    public mutating func abandonStatement() { buffer.clear() }

    /// The end of input: what is left runs, so that its error says what is unclosed.
    public mutating func endOfInput() {
        if let rest = buffer.flush() { run(rest) }
    }
}
