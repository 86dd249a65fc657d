import Foundation
import Testing

@Suite struct BatchTests {
    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func romaniaMoDHasExactlyItsThreeStatements() throws {
        let r = try Binary.run(["../shared/corpus/seed", "-e", "claims where actor = \"Romania MoD\"", "--format", "jsonl"])
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(rows.map { $0["line"] as? Int } == [15, 17, 19])
        #expect(rows.allSatisfy { $0["actor"] as? String == "Romania MoD" })
        #expect(rows.first?["stance"] as? String == "deny")
    }

    @Test(.enabled(if: Binary.hasShared && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "../shared or python3 is absent"))
    func seedScoresAtLeastTheBar() throws {
        let r = try Binary.run(["../shared/corpus/seed", "-e", "claims", "--format", "jsonl"])
        let out = NSTemporaryDirectory() + "newsq-seed-\(getpid()).jsonl"
        try r.stdout.write(toFile: out, atomically: true, encoding: .utf8)
        defer { unlink(out) }
        let score = Process()
        score.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        score.arguments = [Binary.shared + "/eval/score_claims.py", Binary.shared + "/gold/seed.jsonl", out, "--min-attributed-f1", "0.93"]
        score.standardOutput = FileHandle.nullDevice
        try score.run()
        score.waitUntilExit()
        #expect(score.terminationStatus == 0)
    }

    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func aTablePipedKeepsWholeValues() throws {
        // Standard output is a pipe here: no value is cut to a width.
        let r = try Binary.run(["../shared/corpus/seed", "-e", "claims where actor = \"Romania MoD\" show text"], environment: ["COLUMNS": ""])
        #expect(r.status == 0)
        #expect(r.stdout.contains("in which Russian drones allegedly fell on the national territory of Romania\n"), "\(r.stdout)")
        #expect(!r.stdout.contains("…"))
        // COLUMNS asks for a width, and gets it.
        let narrow = try Binary.run(
            ["../shared/corpus/seed", "-e", "claims where actor = \"Romania MoD\" show text"], environment: ["COLUMNS": "60"])
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 } && narrow.stdout.contains("…"))
    }

    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func versionAndAScriptFromStandardInput() throws {
        let version = try Binary.run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("newsq "))
        // `-f -` reads statements from standard input, in its place among the -e.
        let r = try Binary.run(["../shared/corpus/seed", "-e", ".mode csv", "-f", "-"], stdin: "count claims where stance = deny\n")
        #expect(r.status == 0)
        #expect(r.stdout == "count\r\n3\r\n", "\(r.stdout) \(r.stderr)")
    }

    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func theInitFileRunsFirstUnlessToldNot() throws {
        let home = try Binary.temporaryFolder("rc")
        try FileManager.default.createDirectory(atPath: home + "/.config/newsq", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let seed = ["../shared/corpus/seed", "-e", "count claims where stance = deny"]
        // The XDG file when there is no ~/.newsqrc; ~/.newsqrc first when both exist.
        try ".mode jsonl\n".write(toFile: home + "/.config/newsq/newsqrc", atomically: true, encoding: .utf8)
        #expect(try Binary.run(seed, environment: ["HOME": home, "XDG_CONFIG_HOME": ""]).stdout == "{\"count\": 3}\n")
        try ".mode csv\n.set who \"Romania MoD\"\n".write(toFile: home + "/.newsqrc", atomically: true, encoding: .utf8)
        let csv = try Binary.run(seed, environment: ["HOME": home])
        #expect(csv.stdout == "count\r\n3\r\n", "\(csv.stdout) \(csv.stderr)")
        // Its parameters serve the queries; -X skips it; --format on the command line wins over it.
        let who = try Binary.run(["../shared/corpus/seed", "-e", "count claims where actor = $who"], environment: ["HOME": home])
        #expect(who.stdout == "count\r\n3\r\n", "\(who.stdout) \(who.stderr)")
        #expect(try Binary.run(seed + ["-X"], environment: ["HOME": home]).stdout.contains("(1 row)"))
        #expect(try Binary.run(seed + ["--format", "jsonl"], environment: ["HOME": home]).stdout == "{\"count\": 3}\n")
        // --init names another file; a missing one is a usage error.
        let other = home + "/other.nq"
        try ".mode markdown\n".write(toFile: other, atomically: true, encoding: .utf8)
        #expect(try Binary.run(seed + ["--init", other], environment: ["HOME": home]).stdout.hasPrefix("| count |"))
        let missing = try Binary.run(seed + ["--init", home + "/none"], environment: ["HOME": home])
        #expect(missing.status == 2 && missing.stderr.contains("cannot read init file"))
    }

    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func countsGroupSortAndLimitAsAnalystsAsked() throws {
        func csv(_ query: String) throws -> String { try Binary.run(["../shared/corpus/seed", "-e", query, "--format", "csv"]).stdout }
        // Several groups; the smallest first when asked; ties by the groups' values.
        #expect(
            try csv("count claims by actor, stance sort by count asc, actor limit 3")
                == "actor,stance,count\r\nOleg Nikolenko,urge,1\r\nRomania MoD,deny,1\r\nAndrii Demchenko,assert,2\r\n")
        #expect(try csv("count claims by month(date)") == "month(date),count\r\n2023-09,15\r\n")
        #expect(try csv("count claims where id between 2 and 5") == "count\r\n4\r\n")
        // A claim with no source: `none`, in a count's groups as in a condition.
        let demo = try Binary.run(["-e", "count claims where actor = none", "--format", "csv"])
        let none = Int(demo.stdout.split(separator: "\r\n").last ?? "") ?? -1
        #expect(none >= 0)
    }

    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func smallFrictions() throws {
        // Of several -e, an error says which.
        let second = try Binary.run(["../shared/corpus/seed", "-e", "count claims", "-e", "claims where actr = 1"])
        #expect(second.status == 1 && second.stderr.hasPrefix("error: -e 2, 1:14: claims has no field `actr`"), "\(second.stderr)")
        // `.output ~/x` writes in the home folder.
        let home = try Binary.temporaryFolder("tilde")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let out = try Binary.run(
            ["../shared/corpus/seed", "-X", "-e", ".output ~/counted.csv", "-e", ".mode csv", "-e", "count claims", "-e", ".output"],
            environment: ["HOME": home])
        #expect(out.status == 0, "\(out.stderr)")
        #expect((try? String(contentsOfFile: home + "/counted.csv", encoding: .utf8)) == "count\r\n15\r\n")
        // `.show article N`: its header and its claims; `--stats` counts in the singular.
        let article = try Binary.run(["../shared/corpus/seed", "-e", ".show article 1", "--stats"])
        #expect(article.stdout.hasPrefix("article 1: ../shared/corpus/seed/"), "\(article.stdout)")
        #expect(article.stdout.contains("  3. ") && article.stdout.contains("15 claims:"))
        #expect(article.stderr.contains("1 article (0."), "\(article.stderr)")
    }

    @Test func extractStreamsClaimsFromNewsPleaseLinesAndSkipsABrokenOne() throws {
        let stream =
            [
                #"{"title": "Drone", "maintext": "The ministry said the drone fell in a field.", "date_publish": "2023-09-04 10:00:00", "url": "https://example.org/a"}"#,
                #"{"title": "broken"#,
                #"{"title": "Cable", "text": "Police said the cable was cut on purpose.", "date": "2023-09-05"}"#,
            ].joined(separator: "\n") + "\n"
        let r = try Binary.run(["extract", "-"], stdin: stream)
        #expect(r.status == 0)
        #expect(r.stderr == "warning: standard input:2: not a JSON object, line skipped\n", "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(rows.map { $0["text"] as? String } == ["the drone fell in a field", "the cable was cut on purpose"])
        #expect(rows.map { $0["id"] as? Int } == [1, 2] && rows.map { $0["article"] as? Int } == [1, 2])
        #expect(rows[0]["path"] as? String == "https://example.org/a" && rows[0]["date"] as? String == "2023-09-04")
        #expect(rows[1]["path"] as? String == "-#3" && rows[1]["actor"] as? String == "police")
        // Every field of `claims`, as the shell prints them, then what loading them back needs.
        #expect(
            Set(rows[0].keys) == [
                "id", "article", "path", "date", "actor", "speaker", "role", "org", "country", "cue", "stance", "kind", "text", "sentence", "line",
                "actor_kind", "resolution", "found", "title", "source", "url", "words",
            ])
    }

    /// What a Spark job sends: a whole file, as text or as its bytes, read as that file would be.
    @Test func extractReadsWholeFilesFromStandardInput() throws {
        let file = "date 2023-09-04\n\nThe ministry said the drone fell in a field.\n"
        let latin = Data("Police said the caf".utf8) + Data([0xE9]) + Data(" was shut.".utf8)
        let stream =
            [
                #"{"path": "a.txt", "file": "date 2023-09-04\n\nThe ministry said the drone fell in a field.\n"}"#,
                #"{"path": "b.txt", "file_base64": "\#(latin.base64EncodedString())"}"#,
                #"{"path": "c.txt", "file_base64": "not base64!"}"#,
            ].joined(separator: "\n") + "\n"
        let r = try Binary.run(["extract", "-"], stdin: stream)
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(rows.map { $0["path"] as? String } == ["a.txt", "b.txt"])
        #expect(rows[0]["date"] as? String == "2023-09-04" && rows[0]["line"] as? Int == 3, "\(rows[0]) \(file)")
        #expect(rows[1]["text"] as? String == "the caf\u{E9} was shut")
        #expect(r.stderr.contains("b.txt: 1 byte not UTF-8, repaired"), "\(r.stderr)")
        #expect(r.stderr.contains("standard input:3: file_base64 is not base64, line skipped"), "\(r.stderr)")
    }

    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func extractReadsFilesAsTheShellDoes() throws {
        let extracted = try Binary.run(["extract", "../shared/corpus/seed"])
        let loaded = try Binary.run(["../shared/corpus/seed", "-e", "claims", "--format", "jsonl"])
        #expect(extracted.status == 0 && !extracted.stdout.isEmpty)
        // Each line is the claim as the shell prints it, with the fields for loading it back after.
        let lines = extracted.stdout.split(separator: "\n"), printed = loaded.stdout.split(separator: "\n")
        #expect(lines.count == printed.count)
        for (line, claim) in zip(lines, printed) { #expect(line.hasPrefix(claim.dropLast() + ", \"actor_kind\": ")) }
    }

    /// Claims extracted elsewhere come back: a claims file, whatever its name, loads
    /// without being extracted again, and the corpus-wide steps (actors merged across
    /// articles, disputes) give what a load of the articles gives.
    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func claimsFilesLoadBackAsTheArticlesWould() throws {
        let dir = try Binary.temporaryFolder("claims")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Two shards, as two machines would write them: their numbering starts again at 1.
        let wikinews = try FileManager.default.contentsOfDirectory(atPath: Binary.shared + "/corpus/wikinews").sorted().prefix(30)
            .map { "../shared/corpus/wikinews/" + $0 }
        let first = try Binary.run(["extract", "../shared/corpus/seed"])
        let rest = try Binary.run(["extract"] + wikinews)
        try (first.stdout + "{\"cue\": broken\n" + rest.stdout).write(toFile: dir + "/part-00000", atomically: true, encoding: .utf8)
        let query = [
            "-e", "claims show path, date, actor, speaker, cue, stance, kind, text, line", "-e", "actors",
            "-e", "disputes show actor_a, actor_b, text_a, text_b", "--format", "jsonl",
        ]
        let fromClaims = try Binary.run([dir + "/part-00000", "--stats"] + query)
        let fromArticles = try Binary.run(["../shared/corpus/seed"] + wikinews + query)
        #expect(fromClaims.status == 0 && !fromClaims.stdout.isEmpty)
        #expect(fromClaims.stdout == fromArticles.stdout)
        #expect(fromClaims.stderr.contains("part-00000:16: not a claim as newsq extract writes them, line skipped"), "\(fromClaims.stderr)")
        #expect(fromClaims.stderr.contains("from claims files"), "\(fromClaims.stderr)")
        let shown = try Binary.run([dir + "/part-00000", "-e", ".show claim 1"])
        #expect(shown.stdout.contains("[A Russian kamikaze attack drone"), "\(shown.stdout)")
        #expect(shown.stdout.contains("how: "))
    }

    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func clausesComeInAnyOrderEachOnce() throws {
        let r = try Binary.run(["../shared/corpus/seed", "-e", "claims show id limit 2 where stance = deny sort by id desc", "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stdout == "id\r\n8\r\n5\r\n", "\(r.stdout)")
        let twice = try Binary.run(["../shared/corpus/seed", "-e", "claims where stance = deny where id = 8"])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("`where` given twice; join the conditions with `and` or `or`"), "\(twice.stderr)")
        let unknown = try Binary.run(["../shared/corpus/seed", "-e", "claims where id = 8 limit 1 colour"])
        #expect(unknown.stderr.contains("expected `sort`, `offset`, `show` or the end"), "\(unknown.stderr)")
    }

    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func aNameOfSeveralActorsCountsThemAllAndSaysSoOnStandardError() throws {
        let r = try Binary.run(["../shared/corpus/wikinews", "-e", "count claims where actor = \"Trump\"", "--format", "csv"])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("note"))
        let note = r.stderr.split(separator: "\n").first { $0.hasPrefix("note: `Trump` names ") }.map(String.init) ?? ""
        #expect(note.hasSuffix("; write the full name to choose one"), "\(r.stderr)")
        // The claims of every actor the note lists add up to the count.
        let counts = note.components(separatedBy: " (").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(counts.count >= 2)
        #expect(r.stdout == "count\r\n\(counts.reduce(0, +))\r\n", "\(r.stdout) vs \(note)")
    }

    @Test(.enabled(if: Binary.hasShared, "../shared is absent"))
    func romaniaMoDsDenialStandsAgainstUkraine() throws {
        let r = try Binary.run([
            "../shared/corpus/seed", "-e", "disputes where actor_a = \"Romania MoD\" or actor_b = \"Romania MoD\"",
            "--format", "jsonl",
        ])
        #expect(r.status == 0)
        let rows = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(rows.contains { Set([$0["actor_a"] as? String, $0["actor_b"] as? String]) == Set(["Ukraine", "Romania MoD"]) })
        // `.show dispute N` says why the pair was made.
        let shown = try Binary.run(["../shared/corpus/seed", "-e", ".show dispute 11", "-e", ".show dispute 99"])
        #expect(shown.stdout.contains("a. claim 1, Ukraine (say, assert): A Russian kamikaze"), "\(shown.stdout)")
        #expect(shown.stdout.contains("b. claim 8, Romania MoD (deny, deny): categorically denies"))
        #expect(shown.stdout.contains("why: Romania MoD rebuts (cue deny); that claim names Romania"))
        #expect(shown.stderr.contains("no dispute 99 (disputes are 1 to 20)"), "\(shown.stderr)")
    }

    @Test func demoCorpusWithoutAPath() throws {
        let r = try Binary.run(["-e", "count articles"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("built-in demo corpus"))
        #expect(r.stdout.contains("8"))
    }

    @Test func exitStatusTellsWhatWentWrong() throws {
        let bad = try Binary.run(["-e", "claims where actr = 1", "-e", "count claims"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("1:14") && bad.stderr.contains("did you mean `actor`"))
        #expect(bad.stdout.contains("count"))  // without --bail the next query runs
        let bail = try Binary.run(["-e", "claims where actr = 1", "-e", "count claims", "--bail"])
        #expect(bail.status == 1 && !bail.stdout.contains("count"))
        #expect(try Binary.run(["--format", "xml", "-e", "claims"]).status == 2)
        #expect(try Binary.run(["/no/such/folder", "-e", "claims"]).status == 2)
        #expect(try Binary.run(["--no-such-flag"]).status == 2)
    }

    @Test func queriesFromStandardInputAndScripts() throws {
        let r = try Binary.run(["--format", "csv"], stdin: "count claims;\n-- a comment\ncount articles where (\n  words > 0)\n")
        #expect(r.status == 0)
        #expect(r.stdout.components(separatedBy: "count\r\n").count == 3)
        let script = NSTemporaryDirectory() + "newsq-\(getpid()).nq"
        try ".mode jsonl\nclaims limit 1\nclaims where nope = 1\n".write(toFile: script, atomically: true, encoding: .utf8)
        defer { unlink(script) }
        let s = try Binary.run(["-f", script])
        #expect(s.status == 1)
        #expect(s.stdout.hasPrefix("{\"id\": 1"))
        #expect(s.stderr.contains("\(script):3:"))
    }

    @Test func outputFileIsWrittenWhole() throws {
        let file = NSTemporaryDirectory() + "newsq-out-\(getpid()).csv"
        defer { unlink(file) }
        let r = try Binary.run(["-e", ".mode csv", "-e", ".output \(file)", "-e", "claims limit 2", "-e", ".output", "-e", "count claims"])
        #expect(r.status == 0)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.split(separator: "\r\n").count == 3)
        #expect(!r.stdout.contains("id,article"))
    }
}
