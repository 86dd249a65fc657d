import Foundation
import Testing

/// Every saved script in queries/ runs clean on the demo corpus and on the seed.
@Suite struct QueryLibraryTests {
    static let folder = Binary.packageRoot + "/queries"
    static let scripts = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".nq") }.sorted()
    /// A value for every parameter the scripts use; any value runs clean, these also find rows on the seed.
    static let values = [
        "actor": "Romania MoD", "place": "Odesa", "since": "2023-09-01", "a": "Ukraine",
        "b": "Romania", "country": "Romania",
    ]

    static func parameters(of script: String) -> [String] {
        let text = (try? String(contentsOfFile: folder + "/" + script, encoding: .utf8)) ?? ""
        let names = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "$") })
            .filter { $0.hasPrefix("$") }.map { String($0.dropFirst()) }
        return Array(Set(names)).sorted()
    }

    @Test func theLibraryHasTenScriptsThatSayWhatTheyAnswer() throws {
        #expect(Self.scripts.count >= 10)
        for script in Self.scripts {
            let lines = try String(contentsOfFile: Self.folder + "/" + script, encoding: .utf8).split(separator: "\n")
            #expect(lines.first?.hasPrefix("#!") == true, "\(script) has no #! line")
            #expect(lines.dropFirst().first?.hasPrefix("-- ") == true, "\(script) does not open with what it answers")
            #expect(lines.contains { $0.hasPrefix("-- parameters:") }, "\(script) does not say its parameters")
            #expect(FileManager.default.isExecutableFile(atPath: Self.folder + "/" + script))
        }
    }

    @Test(arguments: scripts)
    func runsCleanOnTheDemoAndTheSeed(_ script: String) throws {
        let defines = Self.parameters(of: script).flatMap { ["-D", "\($0)=\(Self.values[$0] ?? "x")"] }
        var corpora: [[String]] = [[]]
        if Binary.hasShared { corpora.append(["../shared/corpus/seed"]) }
        for corpus in corpora {
            let r = try Binary.run(corpus + ["-f", "queries/" + script] + defines)
            #expect(r.status == 0, "\(script) on \(corpus): \(r.stderr)")
            #expect(!r.stderr.contains("error"), "\(script): \(r.stderr)")
            #expect(r.stdout.contains("row"))
        }
    }

    @Test func aMissingParameterIsNamedWithTheScriptLine() throws {
        let r = try Binary.run(["-f", "queries/actor-timeline.nq"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("queries/actor-timeline.nq:4:"), "\(r.stderr)")
        #expect(r.stderr.contains("`$actor` is not set"))
    }

    @Test func parametersAreValuesNotQueryText() throws {
        // A value with quotes and keywords stays one string: nothing is injected.
        let r = try Binary.run(["-D", "who=x\" or actor != \"", "-e", "count claims where actor = $who"])
        #expect(r.status == 0 && r.stdout.contains(" 0"))
        let set = try Binary.run(["-e", ".set who \"Sweden MFA\"", "-e", "count claims where actor = $who"])
        #expect(set.status == 0 && !set.stdout.contains(" 0\n"))
    }
}
