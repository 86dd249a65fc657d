import Foundation
import Testing

/// Where new users tripped: a statement written over several lines in every kind of
/// input, the habits sqlite3 and psql teach, and small frictions of the command line.
/// All on the built-in demo corpus, so they run wherever the package builds.
@Suite struct NewUserTests {
    /// A script as SQL users write one, a clause a line, and the same query on one line.
    static let multiLine = "claims\n  where actor = \"Norway MFA\"\n  show id, text;\ncount claims\n  by stance\n  sort by count asc\n"
    static let oneLine = ["claims where actor = \"Norway MFA\" show id, text", "count claims by stance sort by count asc"]

    func csv(_ arguments: [String], stdin: String = "") throws -> Binary.Run {
        try Binary.run(arguments + ["--format", "csv", "-X"], stdin: stdin)
    }

    @Test func aStatementOverSeveralLinesRunsAsItsOneLineFormInEveryInput() throws {
        let dir = try Binary.temporaryFolder("multi")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.multiLine.write(toFile: dir + "/multi.nq", atomically: true, encoding: .utf8)
        let expected = try csv(Self.oneLine.flatMap { ["-e", $0] })
        #expect(expected.status == 0 && expected.stdout.hasPrefix("id,text\r\n32,") && expected.stdout.contains("stance,count\r\nurge,2\r\n"))
        let runs = [
            ("-f", try csv(["-f", dir + "/multi.nq"])),
            (".read", try csv(["-e", ".read \(dir)/multi.nq"])),
            ("piped", try csv([], stdin: Self.multiLine)),
            ("-f -", try csv(["-f", "-"], stdin: Self.multiLine)),
            ("-e", try csv(["-e", Self.multiLine])),
        ]
        for (input, run) in runs {
            #expect(run.status == 0 && !run.stderr.contains("error"), "\(input): \(run.stderr)")
            #expect(run.stdout == expected.stdout, "\(input) gave:\n\(run.stdout)")
        }
        // A line that begins a statement still ends the one above; so does a blank line.
        let two = try csv([], stdin: "count claims\ncount claims where stance = deny\n\nlimit 3\n")
        #expect(two.stdout == "count\r\n47\r\ncount\r\n6\r\n" && two.status == 1 && two.stderr.contains("`limit` is not a collection"))
    }

    @Test func sqliteAndPsqlHabitsWork() throws {
        let tables = try Binary.run(["-e", ".tables"])
        #expect(tables.stdout.split(separator: "\n").map { $0.split(separator: " ").first ?? "" } == ["articles", "claims", "actors", "disputes"])
        let headless = try csv(["-e", ".headers off", "-e", "count claims by stance limit 2", "-e", ".headers on", "-e", "count claims"])
        #expect(headless.stdout == "assert,37\r\ndeny,6\r\ncount\r\n47\r\n", "\(headless.stdout)")
        for mode in ["column", "box", "COLUMN"] {
            let table = try Binary.run(["-X", "-e", ".mode \(mode)", "-e", "count claims"])
            #expect(table.status == 0 && table.stdout.contains(" count\n-------\n    47\n"), "\(mode): \(table.stdout) \(table.stderr)")
        }
        #expect(try Binary.run(["--format", "box", "-X", "-e", "count claims"]).stdout.contains("    47\n"))
        let unknown = try Binary.run(["-e", ".mode html"])
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown mode `html` (table, lines, json, jsonl, csv, tsv, markdown)"))
        // psql's backslash commands, with or without a `;`.
        let schema = try Binary.run(["-e", "\\d claims", "-e", "\\d"])
        #expect(schema.stdout.hasPrefix("claims (47 rows)\n") && schema.stdout.contains("disputes (2 rows)\n"), "\(schema.stdout)")
        #expect(try Binary.run(["-e", "\\dt;"]).stdout.hasPrefix("articles"))
        // Leaving: \q, exit and quit stop the run where they stand, and nothing after runs.
        for leave in ["\\q", "exit", "quit", "EXIT;", ".exit"] {
            let run = try csv(["-e", "count claims", "-e", leave, "-e", "claims"])
            #expect(run.status == 0 && run.stdout == "count\r\n47\r\n", "\(leave): \(run.stdout) \(run.stderr)")
        }
        let piped = try csv([], stdin: "count claims\nquit\nclaims\n")
        #expect(piped.status == 0 && piped.stdout == "count\r\n47\r\n", "\(piped.stdout) \(piped.stderr)")
    }

    /// The shell on the demo corpus, in a home of its own, once its prompt shows.
    func shell(environment: [String: String] = [:]) throws -> (PseudoTerminal, home: String) {
        let home = try Binary.temporaryFolder("habits")
        let pty = try PseudoTerminal(arguments: [], home: home, environment: environment)
        #expect(pty.waitFor("newsq> "), "no prompt: \(pty.screen)")
        return (pty, home)
    }

    @Test func theHabitsWorkAtThePromptAndExitLeaves() throws {
        for leave in ["exit", "\\q", "quit;"] {
            let (pty, home) = try shell()
            defer { try? FileManager.default.removeItem(atPath: home) }
            #expect(pty.run("\\d claims", until: "claims (47 rows)"), "\(pty.screen)")
            #expect(pty.run(".tables", until: "disputes  2 rows"), "\(pty.screen)")
            pty.type(leave + PseudoTerminal.enter)
            #expect(pty.exitStatus() == 0, "\(leave) did not leave: \(pty.screen)")
        }
    }

    @Test func whatEditSavesOverSeveralLinesRunsAsOneStatement() throws {
        // The editor saves a query split before `by`, as a person writes one in an editor.
        let dir = try Binary.temporaryFolder("edit")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "#!/bin/sh\nprintf 'count claims\\n  by stance\\n  sort by count asc\\n  limit 1\\n' > \"$1\"\n"
            .write(toFile: dir + "/editor.sh", atomically: true, encoding: .utf8)
        let (pty, home) = try shell(environment: ["EDITOR": "sh \(dir)/editor.sh", "VISUAL": ""])
        defer { try? FileManager.default.removeItem(atPath: home) }
        #expect(pty.run(".edit", until: "(1 row)"), "\(pty.screen)")
        #expect(pty.screen.contains(" urge   |     2") && !pty.screen.contains("error"), "\(pty.screen)")
    }

    @Test func smallFrictionsOfTheCommandLine() throws {
        // A mistyped option is named as one, not taken for a path.
        let typo = try Binary.run(["demo", "--formt", "csv", "-e", "count claims"])
        #expect(typo.status == 2 && typo.stderr.contains("Unknown option '--formt'") && !typo.stderr.contains("cannot open"), "\(typo.stderr)")
        // `.read` of a missing file says so.
        let missing = try Binary.run(["-e", ".read missing.nq"])
        #expect(missing.status == 1 && missing.stderr.contains("error: 1: cannot read script `missing.nq`: no such file"), "\(missing.stderr)")
        // A failing init file warns; the run's status is its statements'.
        let dir = try Binary.temporaryFolder("init")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ".mode csvx\n.mode csv\n".write(toFile: dir + "/rc.nq", atomically: true, encoding: .utf8)
        let rc = try Binary.run(["--init", dir + "/rc.nq", "-e", "count claims"])
        #expect(rc.status == 0 && rc.stdout == "count\r\n47\r\n", "\(rc.stdout) \(rc.stderr)")
        #expect(rc.stderr.contains("warning: \(dir)/rc.nq:1: unknown mode `csvx`") && !rc.stderr.contains("error"), "\(rc.stderr)")
        // `.explain` keeps an offset given without a limit.
        let explain = try Binary.run(["-e", ".explain claims offset 40 show id"])
        #expect(explain.stdout.hasPrefix("read as:  claims offset 40 show id\n") && explain.stdout.contains("; 7 rows returned"), "\(explain.stdout)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "python3 is absent"))
    func runSQLSaysHowToInstallItsEngine() throws {
        // As on a machine without DuckDB: its import fails.
        let run = try Binary.run(
            executable: "/usr/bin/python3",
            [
                "-c",
                "import sys, runpy; sys.modules['duckdb'] = None; sys.argv = ['scripts/run-sql', '/tmp', '-']; runpy.run_path('scripts/run-sql', run_name='__main__')",
            ], stdin: "SELECT 1;\n")
        #expect(run.status == 1 && run.stderr == "scripts/run-sql: duckdb is not installed; pip install duckdb\n", "\(run.stderr)")
    }

    @Test func theREADMEAndSparkExtractTellTheSameRecordFormat() throws {
        let readme = try String(contentsOfFile: Binary.packageRoot + "/README.md", encoding: .utf8)
        let script = try String(contentsOfFile: Binary.packageRoot + "/scripts/spark-extract", encoding: .utf8)
        #expect(script.contains("{\"path\", \"file_base64\"} records"))
        #expect(readme.contains("`newsq extract -` as `{\"path\", \"file_base64\"}` records"))
    }
}
