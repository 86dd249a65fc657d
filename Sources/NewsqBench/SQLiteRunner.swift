import Foundation

/// The same claims in the sqlite3 command-line shell: imported from CSV into a
/// table with an index on actor (case-insensitive, as newsq's equality is).
struct SQLiteRunner {
    let database: String

    static let schema = """
        CREATE TABLE claims(id INTEGER PRIMARY KEY, article INTEGER, path TEXT, date TEXT, actor TEXT COLLATE NOCASE,
          speaker TEXT, role TEXT, org TEXT, country TEXT, cue TEXT, stance TEXT, kind TEXT, text TEXT, sentence TEXT, line INTEGER);
        """

    /// Builds the database from `csv` (with a header line); returns the seconds the import and index took.
    static func build(csv: String, database: String, scratch: String) throws -> Double {
        try? FileManager.default.removeItem(atPath: database)
        let script = "\(schema)\n.import --csv --skip 1 \(csv) claims\nCREATE INDEX claims_actor ON claims(actor);\n"
        let result = try SQLiteRunner(database: database).run(script, scratch: scratch)
        guard result.status == 0 else { throw BenchError("sqlite3 could not import \(csv)") }
        return result.seconds
    }

    /// Seconds one run of `sql` takes: `reps` runs in one sqlite3 process, less the
    /// same process running `SELECT 1` as often, divided by `reps`; five such batches.
    func time(_ sql: String, scratch: String) throws -> Measurement {
        let probe = try batch(sql, reps: 1, scratch: scratch)
        let reps = max(1, min(500, Int(0.5 / max(probe, 1e-5))))
        return Measurement(seconds: try (0..<5).map { _ in try batch(sql, reps: reps, scratch: scratch) })
    }

    private func batch(_ sql: String, reps: Int, scratch: String) throws -> Double {
        let setup = ".mode csv\n.output /dev/null\n"
        let asked = try run(setup + String(repeating: sql + "\n", count: reps), scratch: scratch)
        let idle = try run(setup + String(repeating: "SELECT 1;\n", count: reps), scratch: scratch)
        return max(0, asked.seconds - idle.seconds) / Double(reps)
    }

    private func run(_ script: String, scratch: String) throws -> ChildProcess.Result {
        let file = scratch + "/script.sql"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        return try ChildProcess.run(["sqlite3", database], input: file)
    }
}
