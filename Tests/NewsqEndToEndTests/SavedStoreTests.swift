import Foundation
import Testing

/// The saved store: a real SQLite file that reopens to what a fresh load gives, follows
/// the files, survives kill -9 and sets a bad file aside.
@Suite struct SavedStoreTests {
    /// A folder of `count` wikinews articles, copied so the test may change them.
    static func corpus(_ count: Int) throws -> String {
        let dir = try Binary.temporaryFolder("store")
        try FileManager.default.createDirectory(atPath: dir + "/articles", withIntermediateDirectories: true)
        let source = Binary.shared + "/corpus/wikinews"
        for name in try FileManager.default.contentsOfDirectory(atPath: source).filter({ $0.hasSuffix(".txt") }).sorted().prefix(count) {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: dir + "/articles/" + name)
        }
        return dir
    }

    static let everything = ["-e", "claims", "-e", "articles", "-e", "actors", "-e", "disputes", "--format", "jsonl"]

    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func reopeningGivesWhatAFreshLoadGivesAndFollowsTheFiles() throws {
        let dir = try Self.corpus(40)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = ["--db", dir + "/store.sqlite", "--stats"]
        let fresh = try Binary.run([dir + "/articles", "--no-cache"] + Self.everything)
        let first = try Binary.run([dir + "/articles"] + db + Self.everything)
        let again = try Binary.run([dir + "/articles"] + db + Self.everything)
        #expect(!fresh.stdout.isEmpty && first.stdout == fresh.stdout && again.stdout == fresh.stdout)
        #expect(first.stderr.contains("store: 40 files read, 0 kept, 0 dropped"), "\(first.stderr)")
        #expect(again.stderr.contains("store: 0 files read, 40 kept, 0 dropped"), "\(again.stderr)")
        // `--stats` times each stage: a first open extracts and writes, a reopen reads.
        #expect(first.stderr.contains("stages: walk ") && first.stderr.contains(", read and extract ") && first.stderr.contains(", store write "))
        #expect(again.stderr.contains(", store read ") && !again.stderr.contains("extract"), "\(again.stderr)")

        // One file changed, one gone: only the changed one is read again, the gone one's rows dropped.
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/articles").sorted()
        let changed = dir + "/articles/" + names[0]
        try (String(contentsOfFile: changed, encoding: .utf8) + "\n\nThe mayor said the bridge would reopen on Friday.\n")
            .write(toFile: changed, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: dir + "/articles/" + names[1])
        let followed = try Binary.run([dir + "/articles"] + db + Self.everything)
        let freshAgain = try Binary.run([dir + "/articles", "--no-cache"] + Self.everything)
        #expect(followed.stderr.contains("store: 1 files read, 38 kept, 1 dropped"), "\(followed.stderr)")
        #expect(followed.stdout == freshAgain.stdout)
        #expect(followed.stdout.contains("the bridge would reopen on Friday"))

        // The file stored last (the one just read again) changed again: SQLite gives its new rows
        // the ids its old ones had, and the reopen must read its claims anew, not take the old
        // ones under those ids.
        try (String(contentsOfFile: changed, encoding: .utf8) + "\n\nThe harbour master said the ferry would sail at dawn.\n")
            .write(toFile: changed, atomically: false, encoding: .utf8)
        let lastChanged = try Binary.run([dir + "/articles"] + db + Self.everything)
        #expect(lastChanged.stderr.contains("store: 1 files read, 38 kept, 0 dropped"), "\(lastChanged.stderr)")
        #expect(lastChanged.stdout.contains("the ferry would sail at dawn"))
        #expect(lastChanged.stdout == (try Binary.run([dir + "/articles", "--no-cache"] + Self.everything)).stdout)
    }

    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func aCorruptStoreIsSetAsideAndTheCorpusReadAfresh() throws {
        let dir = try Self.corpus(5)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("this is not a database, just text that happens to be here".utf8).write(to: URL(fileURLWithPath: dir + "/store.sqlite"))
        let r = try Binary.run([dir + "/articles", "--db", dir + "/store.sqlite", "-e", "count claims", "--format", "csv"])
        let fresh = try Binary.run([dir + "/articles", "--no-cache", "-e", "count claims", "--format", "csv"])
        #expect(r.status == 0 && r.stdout == fresh.stdout)
        let warnings = r.stderr.split(separator: "\n").filter { $0.contains("store.sqlite") }
        #expect(warnings.count == 1, "\(r.stderr)")
        #expect(warnings.first?.contains("not a readable SQLite database") == true && warnings.first?.contains("set aside as") == true)
        #expect(FileManager.default.fileExists(atPath: dir + "/store.sqlite.bad"))
        let next = try Binary.run([dir + "/articles", "--db", dir + "/store.sqlite", "-e", "count claims", "--format", "csv"])
        #expect(next.stderr.isEmpty && next.stdout == fresh.stdout, "\(next.stderr)")
    }

    /// Killed at any moment — reading, extracting, writing — the store stays usable and the
    /// next open finishes the job.
    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func aLoadKilledHalfWayLosesNothing() throws {
        let dir = try Self.corpus(120)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fresh = try Binary.run([dir + "/articles", "--no-cache"] + Self.everything)
        // A store of part of the corpus first, so a killed load has something to lose.
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/articles").sorted()
        try FileManager.default.createDirectory(atPath: dir + "/later", withIntermediateDirectories: true)
        for name in names.suffix(60) { try FileManager.default.moveItem(atPath: dir + "/articles/" + name, toPath: dir + "/later/" + name) }
        let part = try Binary.run([dir + "/articles", "--db", dir + "/store.sqlite", "-e", "count claims", "--format", "csv"])
        for name in names.suffix(60) { try FileManager.default.moveItem(atPath: dir + "/later/" + name, toPath: dir + "/articles/" + name) }
        for delay in [0.2, 0.6, 1.2, 2.0] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Binary.path)
            process.arguments = [dir + "/articles", "--db", dir + "/store.sqlite", "-e", "count claims"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Whatever was cut short, the store opens as before or as after, never broken.
            let between = try Binary.run([dir + "/articles", "--db", dir + "/store.sqlite", "-e", "count claims", "--format", "csv"])
            #expect(between.status == 0 && !between.stderr.contains("warning"), "after \(delay) s: \(between.stderr)")
            #expect(between.stdout == (try Binary.run([dir + "/articles", "--no-cache", "-e", "count claims", "--format", "csv"])).stdout)
            // Put back the part store for the next round.
            for name in names.suffix(60) { try FileManager.default.moveItem(atPath: dir + "/articles/" + name, toPath: dir + "/later/" + name) }
            #expect(
                (try Binary.run([dir + "/articles", "--db", dir + "/store.sqlite", "-e", "count claims", "--format", "csv"])).stdout == part.stdout)
            for name in names.suffix(60) { try FileManager.default.moveItem(atPath: dir + "/later/" + name, toPath: dir + "/articles/" + name) }
        }
        let finished = try Binary.run([dir + "/articles", "--db", dir + "/store.sqlite"] + Self.everything)
        #expect(finished.stdout == fresh.stdout)
    }

    /// An unchanged reopen reads the merged actors, the directory and the disputes the store
    /// kept; other aliases than those they were made with make them again.
    @Test func aReopenReadsTheWholeCorpusResultsAndRemakesThemForOtherAliases() throws {
        let dir = try Binary.temporaryFolder("aliases")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Binary.packageRoot + "/Sources/NewsqCore/Resources/demo", toPath: dir + "/demo")
        try "Nordic Cable Office = Sweden MFA\n".write(toFile: dir + "/aliases.txt", atomically: true, encoding: .utf8)
        let aliases = ["--aliases", dir + "/aliases.txt"]
        let db = ["--db", dir + "/store.sqlite"]
        let views = Self.everything + ["-e", ".show claim 7", "-e", "count claims where actor = \"Sweden\""]
        let fresh = try Binary.run([dir + "/demo", "--no-cache"] + views)
        let freshAliased = try Binary.run([dir + "/demo", "--no-cache"] + aliases + views)
        #expect(freshAliased.stdout.contains("Nordic Cable Office") && freshAliased.stdout != fresh.stdout)
        for (run, expected) in [([], fresh), ([], fresh), (aliases, freshAliased), (aliases, freshAliased), ([], fresh)] {
            let reopened = try Binary.run([dir + "/demo"] + db + run + views + ["--stats"])
            #expect(reopened.stdout == expected.stdout, "\(run): \(reopened.stderr)")
        }
        // Kept results are read: no actors or disputes stage on an unchanged reopen with the same aliases.
        let again = try Binary.run([dir + "/demo"] + db + ["--stats", "-e", "count claims"])
        #expect(again.stderr.contains("stages: walk ") && !again.stderr.contains(" actors ") && !again.stderr.contains(" disputes "), "\(again.stderr)")
    }

    /// After files change, the claims of the files kept come from the last load's columns, not
    /// the rows (rows edited behind newsq's back do not show), and so do the disputes of kept
    /// articles whose actors the merge leaves alone; the store's rows are left as a first open
    /// of the same files leaves them: only what the merge changed is written.
    @Test(.enabled(if: Binary.hasShared && FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "sqlite3 or ../shared is absent"))
    func aReopenAfterAChangeReadsKeptClaimsFromTheColumnsAndLeavesTheRowsAsAFirstOpen() throws {
        let dir = try Self.corpus(30)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Binary.shared + "/corpus/seed/2023-09-04-romania-drone.txt", toPath: dir + "/articles/seed.txt")
        let store = dir + "/store.sqlite", other = dir + "/other.sqlite"
        _ = try Binary.run([dir + "/articles", "--db", store, "-e", "count claims"])
        try Self.sqlite(store, "UPDATE claims SET text = 'read from the rows'")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/articles").filter { $0 != "seed.txt" }.sorted()
        let changed = dir + "/articles/" + names[3]
        // A dispute in the changed file, found again; the seed's, in a kept file, as found before.
        try (String(contentsOfFile: changed, encoding: .utf8)
            + "\n\nThe minister said the report was accurate. The company denied the report, calling it \"completely untrue\".\n")
            .write(toFile: changed, atomically: false, encoding: .utf8)
        let wikinews = Binary.shared + "/corpus/wikinews/"
        let added = try FileManager.default.contentsOfDirectory(atPath: wikinews).filter { $0.hasSuffix(".txt") }.sorted()[30]
        try FileManager.default.copyItem(atPath: wikinews + added, toPath: dir + "/articles/" + added)
        let followed = try Binary.run([dir + "/articles", "--db", store, "--stats"] + Self.everything)
        let fresh = try Binary.run([dir + "/articles", "--no-cache"] + Self.everything)
        #expect(followed.stderr.contains("store: 2 files read, 30 kept, 0 dropped"), "\(followed.stderr)")
        #expect(followed.stdout == fresh.stdout && !followed.stdout.contains("read from the rows"))
        #expect(followed.stdout.contains("calling it \\\"completely untrue") && followed.stdout.components(separatedBy: "\"actor_b\": ").count > 10)

        _ = try Binary.run([dir + "/articles", "--db", other, "-e", "count claims"])
        let rows = "SELECT a.path, c.span_start, c.span_end, c.actor, c.merged_resolution FROM claims c JOIN articles a ON a.id = c.article ORDER BY 1, 2, 3"
        let followedRows = try Self.sqlite(store, rows), firstRows = try Self.sqlite(other, rows)
        #expect(followedRows.count > 1000 && followedRows == firstRows)

        // The kept articles' disputes are the store's, not looked for again.
        try Self.sqlite(store, "UPDATE disputes SET why = 'as the store kept it'")
        try (String(contentsOfFile: changed, encoding: .utf8) + "\n").write(toFile: changed, atomically: false, encoding: .utf8)
        let again = try Binary.run([dir + "/articles", "--db", store, "--stats"] + Self.everything)
        #expect(again.stderr.contains("store: 1 files read, 31 kept, 0 dropped"), "\(again.stderr)")
        #expect(again.stdout.contains("as the store kept it") && again.stdout.contains("calling it \\\"completely untrue"))
    }

    /// What sqlite3 prints for `sql` on the store at `path`.
    @discardableResult
    static func sqlite(_ path: String, _ sql: String) throws -> String {
        let sqlite = Process(), output = Pipe()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [path, sql]
        sqlite.standardOutput = output
        try sqlite.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        return String(decoding: printed, as: UTF8.self)
    }

    /// A store an older newsq made is rebuilt once, with one note, and then reopens silently.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "sqlite3 is absent"))
    func aStoreOfAnOlderVersionIsRebuiltOnce() throws {
        let dir = try Binary.temporaryFolder("older")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Binary.packageRoot + "/Sources/NewsqCore/Resources/demo", toPath: dir + "/demo")
        let db = ["--db", dir + "/store.sqlite"]
        let fresh = try Binary.run([dir + "/demo", "--no-cache"] + Self.everything)
        _ = try Binary.run([dir + "/demo"] + db + ["-e", "count claims"])
        // What version 2 wrote: no merged resolutions, no saved directory.
        try Self.sqlite(
            dir + "/store.sqlite",
            "UPDATE newsq SET value = '2' WHERE key = 'schema'; DELETE FROM newsq WHERE key IN ('directory', 'aliases'); ALTER TABLE claims DROP COLUMN merged_resolution")
        let rebuilt = try Binary.run([dir + "/demo"] + db + Self.everything)
        #expect(rebuilt.stdout == fresh.stdout)
        #expect(rebuilt.stderr.components(separatedBy: "made by an older newsq (store version 2); rebuilt from the files").count == 2, "\(rebuilt.stderr)")
        let next = try Binary.run([dir + "/demo"] + db + Self.everything)
        #expect(next.stdout == fresh.stdout && !next.stderr.contains("older"), "\(next.stderr)")
    }

    /// The claims' columns beside the store are mapped on an unchanged reopen; missing,
    /// damaged, or made for the files in another order, they are made again from the rows,
    /// and the answers never change.
    @Test func theColumnsAreMappedOnAReopenAndMadeAgainWhenMissingDamagedOrForAnotherOrder() throws {
        let dir = try Binary.temporaryFolder("columns")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let demo = Binary.packageRoot + "/Sources/NewsqCore/Resources/demo"
        for (n, name) in try FileManager.default.contentsOfDirectory(atPath: demo).sorted().enumerated() {
            let folder = dir + (n % 2 == 0 ? "/a" : "/b")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: demo + "/" + name, toPath: folder + "/" + name)
        }
        let forward = [dir + "/a", dir + "/b"], backward = [dir + "/b", dir + "/a"]
        let db = ["--db", dir + "/store.sqlite", "--stats"], columns = dir + "/store.sqlite-columns"
        let asked = Self.everything + ["-e", ".show claim 7", "-e", "count claims by actor", "-e", "claims where text contains \"cable\""]
        let fresh = try Binary.run(forward + ["--no-cache"] + asked), freshBackward = try Binary.run(backward + ["--no-cache"] + asked)
        #expect(fresh.stdout != freshBackward.stdout, "another order numbers the claims otherwise")

        let first = try Binary.run(forward + db + asked)
        #expect(first.stdout == fresh.stdout && FileManager.default.fileExists(atPath: columns))
        let mapped = try Binary.run(forward + db + asked)
        #expect(mapped.stdout == fresh.stdout)
        #expect(mapped.stderr.contains(", store read ") && !mapped.stderr.contains(" columns "), "\(mapped.stderr)")

        let reordered = try Binary.run(backward + db + asked)
        #expect(reordered.stdout == freshBackward.stdout && reordered.stderr.contains(" columns "), "\(reordered.stderr)")

        let damages: [(String, (String) throws -> Void)] = [
            ("truncated", { path in try FileHandle(forUpdating: URL(fileURLWithPath: path)).truncate(atOffset: 200) }),
            ("header overwritten", { path in try Self.overwrite(path, at: 0, with: 16) }),
            ("removed", { path in try FileManager.default.removeItem(atPath: path) }),
        ]
        for (name, damage) in damages {
            try damage(columns)
            let remade = try Binary.run(forward + db + asked)
            #expect(remade.status == 0 && remade.stdout == fresh.stdout, "\(name): \(remade.stderr)")
            #expect(remade.stderr.contains(" columns ") && !remade.stderr.contains("warning:"), "\(name): \(remade.stderr)")
            let next = try Binary.run(forward + db + asked)
            #expect(next.stdout == fresh.stdout && !next.stderr.contains(" columns "), "\(name), after: \(next.stderr)")
        }
        // Bytes damaged inside the columns are read as they are: answers may be wrong, newsq never crashes.
        try Self.overwrite(columns, at: 300, with: 4000)
        let garbled = try Binary.run(forward + db + asked)
        #expect(garbled.status == 0, "\(garbled.stderr)")
    }

    /// A corpus reopened from its columns merges again as a fresh one does: an alias made in the
    /// session, and more articles loaded into it, give what they give on a fresh load.
    @Test func aReopenedCorpusTakesAnAliasAndMoreArticlesAsAFreshOne() throws {
        let dir = try Binary.temporaryFolder("remerge")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let demo = Binary.packageRoot + "/Sources/NewsqCore/Resources/demo"
        for (n, name) in try FileManager.default.contentsOfDirectory(atPath: demo).sorted().enumerated() {
            let folder = dir + (n < 3 ? "/first" : "/more")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: demo + "/" + name, toPath: folder + "/" + name)
        }
        let session = [
            "-e", ".alias Nordic Cable Office = Sweden MFA", "-e", ".load \(dir)/more", "-e", "claims", "-e", "actors", "-e", "disputes",
            "-e", ".show claim 3", "--format", "jsonl",
        ]
        let fresh = try Binary.run([dir + "/first", "--no-cache"] + session)
        #expect(fresh.status == 0 && fresh.stdout.contains("Nordic Cable Office"))
        let db = ["--db", dir + "/store.sqlite"]
        _ = try Binary.run([dir + "/first"] + db + ["-e", "count claims"])
        let reopened = try Binary.run([dir + "/first"] + db + ["--stats"] + session)
        #expect(!reopened.stderr.contains(" columns "), "the columns were mapped: \(reopened.stderr)")
        #expect(reopened.stdout == fresh.stdout)
    }

    /// `count` bytes of `path` from `offset` set to 0xFF.
    static func overwrite(_ path: String, at offset: UInt64, with count: Int) throws {
        let file = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try file.seek(toOffset: offset)
        file.write(Data(repeating: 0xFF, count: count))
        try file.close()
    }
}
