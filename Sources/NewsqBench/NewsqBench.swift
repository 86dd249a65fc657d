import ArgumentParser
import Foundation
import NewsqCore

/// `newsq-bench`: load and query speed on a large generated corpus, side by side
/// with sqlite3 and jq asked the same questions about the same claims.
@main
struct NewsqBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq-bench",
        abstract: "Measure newsq's load and query speed, and compare with sqlite3 and jq.",
        discussion: """
            Builds a corpus of --articles articles by copying the shared corpora with people renamed and
            dates moved (kept under .build/bench/ for the next run), loads it as `newsq` does, then asks
            four questions many times each. sqlite3 and jq come from Debian: apt-get install -y sqlite3 jq.
            Prints a Markdown table. Run on a release build: swift run -c release newsq-bench
            """)

    @Option(help: "How many articles the generated corpus has.")
    var articles = 10_000

    @Option(name: .customLong("from"), help: "Corpus folders to copy (repeatable).")
    var sources: [String] = ["../shared/corpus/bbc", "../shared/corpus/polnear-train", "../shared/corpus/wikinews"]

    @Option(help: "Where the generated corpus goes (default .build/bench/corpus-N).")
    var folder: String?

    @Option(help: "Whole loads to time (the median is shown).")
    var loadRuns = 3

    @Option(help: "Runs of each jq program (jq reads the whole file each time).")
    var jqRuns = 3

    @Flag(help: "Skip the sqlite3 comparison.")
    var noSqlite = false

    @Flag(help: "Skip the jq comparison.")
    var noJq = false

    func run() throws {
        let newsq = try Self.siblingExecutable("newsq")
        let folder = self.folder ?? ".build/bench/corpus-\(articles)"
        let scratch = folder + "-tools"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let textBytes = try CorpusBuilder(sources: sources, count: articles, folder: folder).build(log: Self.log)

        Self.log("timing \(loadRuns) whole loads by \(newsq) ...")
        var peak = 0
        let loads = Measurement(
            seconds: try (0..<loadRuns).map { _ in
                let run = try ChildProcess.run([newsq, folder, "--no-cache", "-e", "count claims"])
                guard run.status == 0 else { throw BenchError("newsq exited with \(run.status) loading \(folder)") }
                peak = max(peak, run.peakBytes)
                return run.seconds
            })
        let startup = Measurement(seconds: try (0..<20).map { _ in try ChildProcess.run([newsq, "-e", "count claims"]).seconds })
        let saved = try Self.timeStore(newsq: newsq, folder: folder, scratch: scratch, runs: loadRuns)

        Self.log("timing the stages in this process ...")
        StageClock.shared.reset()
        let (read, readSeconds) = Measurement.time { ArticleLoader.read([folder]) }
        let (extracted, extractSeconds) = Measurement.time { ArticleLoader.extract(read.articles) }
        let (store, storeSeconds) = Measurement.time { Store(loaded: extracted, warnings: read.warnings) }

        var report = Report(articles: store.articles.count, claims: store.claims.count, textBytes: textBytes, folder: folder)
        report.load =
            [
                (
                    "load + extraction, whole (`newsq DIR --no-cache -e 'count claims'`, median of \(loadRuns))",
                    "\(Measurement.duration(loads.median)) · \(Report.rate(textBytes, loads.median)) · \(Report.perSecond(store.articles.count, loads.median)) articles/s"
                ),
                ("  read files", "\(Measurement.duration(readSeconds)) · \(Report.rate(textBytes, readSeconds))"),
                ("  extract claims", "\(Measurement.duration(extractSeconds)) · \(Report.rate(textBytes, extractSeconds))"),
                ("  build store and indexes", Measurement.duration(storeSeconds)),
                ("  stages, as `--stats` prints them", StageClock.shared.summary.replacingOccurrences(of: "stages: ", with: "")),
                ("peak resident memory", String(format: "%.0f MB = %.1f × the text", Double(peak) / 1e6, Double(peak) / Double(textBytes))),
                ("start-up on the demo corpus (`newsq -e 'count claims'`, median of 20)", startup.summary),
            ] + saved.map { ($0.name, Measurement.duration($0.seconds) + ($0.peak > 0 ? String(format: " · %.0f MB", Double($0.peak) / 1e6) : "")) }

        let actor = try Self.typicalActor(store)
        let questions = Question.all(actor: actor, word: "minister")
        for question in questions {
            Self.log("newsq: \(question.newsq)")
            var rows = 0
            let time = try Measurement.repeating(reps: 200) {
                let result = try Evaluator(store: store).run(try QueryParser.parse(question.newsq))
                rows = result.rowCount
                _ = OutputFormat.csv.render(result, width: 0).utf8.count
            }
            report.questions.append(.init(name: question.name, rows: rows, newsq: time))
        }

        if !noSqlite {
            guard ChildProcess.exists("sqlite3") else { throw BenchError("sqlite3 is not installed: apt-get install -y sqlite3 (or --no-sqlite)") }
            let csv = scratch + "/claims.csv", database = scratch + "/claims.db"
            Self.log("writing \(csv) and importing it into sqlite3 ...")
            try Self.export(store, as: .csv, to: csv)
            let imported = try SQLiteRunner.build(csv: csv, database: database, scratch: scratch)
            report.load.append(("sqlite3: import the claims CSV and index actor", Measurement.duration(imported)))
            let sqlite = SQLiteRunner(database: database)
            for (i, question) in questions.enumerated() {
                Self.log("sqlite3: \(question.sql)")
                report.questions[i].sqlite = try sqlite.time(question.sql, scratch: scratch)
            }
        }
        if !noJq {
            guard ChildProcess.exists("jq") else { throw BenchError("jq is not installed: apt-get install -y jq (or --no-jq)") }
            let jsonl = scratch + "/claims.jsonl"
            Self.log("writing \(jsonl) ...")
            try Self.export(store, as: .jsonl, to: jsonl)
            for (i, question) in questions.enumerated() {
                Self.log("jq \(question.jq.joined(separator: " "))")
                report.questions[i].jq = Measurement(
                    seconds: try (0..<jqRuns).map { _ in
                        try ChildProcess.run(["jq"] + question.jq + [jsonl]).seconds
                    })
            }
        }
        print(report.markdown)
    }

    /// The saved store, side by side with the fresh load: its first build, a reopen with
    /// nothing changed, a reopen after 1% of the files changed (medians), and sqlite3
    /// counting the claims of the same file.
    static func timeStore(newsq: String, folder: String, scratch: String, runs: Int) throws -> [(name: String, seconds: Double, peak: Int)] {
        let database = scratch + "/store.sqlite"
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(database + suffix) }
        let open = [newsq, folder, "--db", database, "-e", "count claims"]
        log("timing the saved store in \(database) ...")
        let build = try ChildProcess.run(open)
        var reopen: [ChildProcess.Result] = []
        for _ in 0..<runs { reopen.append(try ChildProcess.run(open)) }
        // 1% of the files touched before each run: they are read again, the rest kept.
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        var touched: [ChildProcess.Result] = []
        for run in 0..<runs {
            for name in files.enumerated().filter({ ($0.offset + run) % 100 == 0 }).map(\.element) { utime(folder + "/" + name, nil) }
            touched.append(try ChildProcess.run(open))
        }
        var rows: [(String, Double, Int)] = [
            ("saved store: first open, extracted and written (`newsq DIR --db FILE`)", build.seconds, build.peakBytes),
            (
                "saved store: reopen, nothing changed (median of \(runs))", Measurement(seconds: reopen.map(\.seconds)).median,
                reopen.map(\.peakBytes).max() ?? 0
            ),
            (
                "saved store: reopen after 1% of the files changed (median of \(runs))", Measurement(seconds: touched.map(\.seconds)).median,
                touched.map(\.peakBytes).max() ?? 0
            ),
        ]
        if ChildProcess.exists("sqlite3") {
            let count = try (0..<runs).map { _ in try ChildProcess.run(["sqlite3", database, "select count(*) from claims"]) }
            // No peak for sqlite3: a child this small reports the benchmark's own memory, kept across exec.
            rows.append(
                (
                    "sqlite3 counting the store's claims (`sqlite3 FILE 'select count(*) from claims'`)",
                    Measurement(seconds: count.map(\.seconds)).median, 0
                ))
        }
        return rows
    }

    static func log(_ line: String) {
        FileHandle.standardError.write(Data("newsq-bench: \(line)\n".utf8))
    }

    /// A program built beside this one (`newsq` in the same .build folder).
    static func siblingExecutable(_ name: String) throws -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = (me as NSString).deletingLastPathComponent + "/" + name
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchError("\(path) not found: build it first (swift build -c release)")
        }
        return path
    }

    /// The 20th most quoted person: well known, but not the biggest group of rows.
    static func typicalActor(_ store: Store) throws -> String {
        let byClaims = store.actors.filter { $0.kind == .person }.sorted { $0.claims > $1.claims }
        guard !byClaims.isEmpty else { throw BenchError("the corpus has no claims by people") }
        return byClaims[min(19, byClaims.count - 1)].name
    }

    /// Every claim, all fields, written in `format` a slice at a time.
    static func export(_ store: Store, as format: OutputFormat, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot write \(path)")
        }
        defer { try? file.close() }
        let all = try Evaluator(store: store).run(try QueryParser.parse("claims"))
        var slice = all
        for start in stride(from: 0, to: max(all.rows.count, 1), by: 20_000) {
            slice.rows = Array(all.rows[start..<min(all.rows.count, start + 20_000)])
            var text = format.render(slice, width: 0)
            if start > 0 && format == .csv, let header = text.firstIndex(of: "\n") { text = String(text[text.index(after: header)...]) }
            file.write(Data(text.utf8))
        }
    }
}
