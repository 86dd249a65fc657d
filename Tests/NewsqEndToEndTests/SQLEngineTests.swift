import Foundation
import Testing

/// newsq past one machine: the `--sql` of every saved script run in DuckDB, and the
/// Spark job, on the real engines (pip's duckdb; pyspark in local mode with Java).
/// Each test runs when its engine is installed and says it skipped otherwise.
@Suite struct SQLEngineTests {
    static func pythonHas(_ module: String) -> Bool {
        (try? Binary.run(executable: "/usr/bin/env", ["python3", "-c", "import \(module)"]).status) == 0
    }
    static let hasDuckDB = pythonHas("duckdb")
    static let hasSpark = pythonHas("pyspark") && (try? Binary.run(executable: "/usr/bin/env", ["java", "-version"]).status) == 0

    static let corpus = "../shared/corpus/wikinews"
    /// A value for every parameter the saved scripts use, each finding rows in wikinews.
    static let values = [
        "actor": "Donald Trump", "place": "Iran", "since": "2019-06-01", "a": "Donald Trump", "b": "Nancy Pelosi", "country": "Iran",
    ]

    /// The rows of JSON Lines output, each object with its keys in one order, so rows from
    /// newsq and from an engine compare; `scripts/run-sql`'s `-- N rows` lines left out.
    static func rows(_ jsonLines: String) -> [String] {
        jsonLines.split(separator: "\n").filter { !$0.hasPrefix("-- ") }.map { line in
            let object = try! JSONSerialization.jsonObject(with: Data(line.utf8))
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
    }

    static func defines(_ script: String) -> [String] {
        QueryLibraryTests.parameters(of: script).flatMap { ["-D", "\($0)=\(values[$0] ?? "x")"] }
    }

    @Test(.enabled(if: Binary.hasShared && hasDuckDB, "needs ../shared and pip's duckdb (pip install duckdb)"))
    func everySavedScriptReturnsInDuckDBWhatNewsqReturns() throws {
        let dir = try Binary.temporaryFolder("sql")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let scripts = QueryLibraryTests.scripts
        let defines = Self.values.sorted { $0.key < $1.key }.flatMap { ["-D", "\($0.key)=\($0.value)"] }
        // One run prints every script as SQL, a file each; another writes the collections and each script's rows.
        func each(_ suffix: String) -> [String] { scripts.flatMap { ["-e", ".output \(dir)/\($0)\(suffix)", "-f", "queries/" + $0] } }
        let sql = try Binary.run([Self.corpus, "--sql"] + defines + each(".sql") + ["-e", ".output"])
        #expect(sql.status == 0, "\(sql.stderr)")
        let statements = ["claims", "articles", "actors", "disputes"].flatMap { ["-e", ".output \(dir)/\($0).jsonl", "-e", $0] }
        let newsq = try Binary.run([Self.corpus, "--format", "jsonl"] + defines + statements + each(".out") + ["-e", ".output"])
        #expect(newsq.status == 0, "\(newsq.stderr)")
        let duckdb = try Binary.run(executable: Binary.packageRoot + "/scripts/run-sql", [dir] + scripts.map { "\(dir)/\($0).sql" })
        #expect(duckdb.status == 0, "\(duckdb.stderr)")
        let outputs = duckdb.stdout.components(separatedBy: "-- \(dir)/").dropFirst()
        #expect(outputs.count == scripts.count)
        for (script, output) in zip(scripts, outputs) {
            let expected = Self.rows(try String(contentsOfFile: "\(dir)/\(script).out", encoding: .utf8))
            let got = Self.rows(String(output.drop { $0 != "\n" }))
            #expect(output.hasPrefix(script + ".sql\n"))
            #expect(!expected.isEmpty, "\(script) finds no rows in wikinews: choose another value")
            #expect(got.count == expected.count, "\(script): DuckDB \(got.count) rows, newsq \(expected.count)")
            // The same rows; in the same order too, but for actors tied on the sort key (actors have no number).
            #expect(got.sorted() == expected.sorted(), "\(script): other rows")
        }
    }

    @Test(.enabled(if: Binary.hasShared && hasSpark, "needs ../shared, pip's pyspark and Java 17"))
    func sparkExtractsTheClaimsNewsqExtractsAndRunsTheSQL() throws {
        let dir = try Binary.temporaryFolder("sql")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let job = try Binary.run(
            executable: Binary.packageRoot + "/scripts/spark-extract", ["--newsq", Binary.path, "--cores", "2", Self.corpus, dir + "/claims"])
        #expect(job.status == 0, "\(job.stderr.suffix(2000))")

        // Exactly the claims `newsq extract` writes, but for the numbers each partition starts again.
        let extracted = try Binary.run(["extract", Self.corpus])
        let fields =
            "path, date, actor, speaker, role, org, country, cue, stance, kind, text, sentence, line, actor_kind, resolution, found, title, source, url, words"
        try "SELECT \(fields) FROM claims;\n".write(toFile: dir + "/all.sql", atomically: true, encoding: .utf8)
        // The saved script's SQL for Spark: claims from the Parquet the job wrote; actors as newsq prints them.
        let actors = try Binary.run([Self.corpus, "--format", "jsonl", "-e", "actors"])
        try actors.stdout.write(toFile: dir + "/actors.jsonl", atomically: true, encoding: .utf8)
        let sql = try Binary.run([Self.corpus, "--sql", "--dialect", "spark", "-f", "queries/most-quoted.nq"])
        try sql.stdout.write(toFile: dir + "/most-quoted.sql", atomically: true, encoding: .utf8)
        try (String(contentsOfFile: dir + "/all.sql", encoding: .utf8) + String(contentsOfFile: dir + "/most-quoted.sql", encoding: .utf8))
            .write(toFile: dir + "/both.sql", atomically: true, encoding: .utf8)
        let spark = try Binary.run(executable: Binary.packageRoot + "/scripts/run-sql", ["--engine", "spark", dir, dir + "/both.sql"])
        #expect(spark.status == 0, "\(spark.stderr.suffix(2000))")
        let counts = spark.stdout.split(separator: "\n").filter { $0.hasPrefix("-- ") }.map { Int($0.split(separator: " ")[1]) ?? -1 }
        let lines = extracted.stdout.split(separator: "\n").map { line -> String in
            var object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            object["id"] = nil
            object["article"] = nil
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        #expect(counts.first == lines.count, "Spark wrote \(counts.first ?? 0) claims, newsq extract \(lines.count)")
        let written = Self.rows(String(spark.stdout.split(separator: "\n").prefix(counts.first ?? 0).joined(separator: "\n")))
        #expect(written.sorted() == lines.sorted())

        // most-quoted.nq: as many rows as newsq (the top 20 actors, the top 10 of the actors table).
        let statements = try String(contentsOfFile: Binary.packageRoot + "/queries/most-quoted.nq", encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("--") }
        let newsqCounts = try statements.map {
            try Binary.run([Self.corpus, "--format", "jsonl", "-e", String($0)]).stdout.split(separator: "\n").count
        }
        #expect(newsqCounts == [20, 10] && Array(counts.dropFirst().prefix(2)) == newsqCounts, "Spark \(counts), newsq \(newsqCounts)")
        let loaded = try Binary.run([Self.corpus, "--format", "csv", "-e", "count claims"])
        #expect(loaded.stdout == "count\r\n\(lines.count)\r\n", "newsq loads other claims than Spark wrote")
    }
}
