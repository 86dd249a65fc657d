import Foundation
import Testing

/// The README is the front door: every `newsq …` example in it runs as written from a
/// fresh clone, where `../shared` (the developers' corpora) is not.
@Suite struct READMEExampleTests {
    /// A command of the README, the block it stands in and the status it should end with.
    struct Example: CustomTestStringConvertible {
        var command: String
        var block: Int
        var status: Int32
        var testDescription: String { command }
    }

    /// Setting-up commands that later examples of a block rely on.
    static let setUp = ["mkdir", "printf", "rm"]

    /// The commands of `sh` blocks (and `$ newsq` lines of the others) that run newsq or
    /// set up for it. A block is cut at its first command that needs more than newsq (a
    /// script, Python, Spark, sqlite3): what follows may read what that made.
    static let examples: [Example] = {
        let readme = (try? String(contentsOfFile: Binary.packageRoot + "/README.md", encoding: .utf8)) ?? ""
        var examples: [Example] = []
        var fence: String?
        var block = 0
        var cut = false
        var pending = ""
        for raw in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.hasPrefix("```") {
                fence = fence == nil ? String(line.dropFirst(3)) : nil
                block += 1
                cut = false
                continue
            }
            guard let kind = fence, !cut else { continue }
            var command = pending + line
            if command.hasSuffix("\\") { pending = String(command.dropLast()) + " "; continue }
            pending = ""
            if kind != "sh" {
                guard command.hasPrefix("$ newsq") else { continue }
                command = String(command.dropFirst(2))
            }
            let first = String(command.prefix { $0 != " " })
            guard !command.trimmingCharacters(in: .whitespaces).isEmpty, !first.hasPrefix("#") else { continue }
            guard first == "newsq" || first.hasPrefix("queries/") || setUp.contains(first) else {
                cut = true
                continue
            }
            let status = command.range(of: #"# exit (status )?\d"#, options: .regularExpression).map { Int32(String(command[$0].last!))! } ?? 0
            examples.append(Example(command: command, block: block, status: status))
        }
        return examples
    }()

    @Test func theREADMEHasNewsqExamplesAndNoneReadsTheSharedCorpora() {
        #expect(Self.examples.filter { $0.command.hasPrefix("newsq") }.count >= 10)
        #expect(!Self.examples.contains { $0.command.contains("../shared") })
    }

    @Test func everyExampleRunsInACloneWithoutTheSharedCorpora() throws {
        // A clone's files, in a folder whose parent holds no `shared`; newsq on the PATH.
        let root = try Binary.temporaryFolder("clone")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let clone = root + "/newsq", home = root + "/home"
        for dir in [clone, home] { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        for shipped in ["demo", "queries", "scripts"] {
            try FileManager.default.createSymbolicLink(atPath: clone + "/" + shipped, withDestinationPath: Binary.packageRoot + "/" + shipped)
        }
        let path = (Binary.path as NSString).deletingLastPathComponent + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        for example in Self.examples {
            let run = try Binary.run(
                executable: "/bin/sh", ["-c", example.command],
                environment: ["HOME": home, "PATH": path, "XDG_CONFIG_HOME": home + "/.config", "XDG_CACHE_HOME": home + "/.cache"],
                directory: clone)
            #expect(run.status == example.status, "`\(example.command)` ended \(run.status): \(run.stderr)")
            if example.status == 0 { #expect(!run.stderr.contains("error"), "`\(example.command)`: \(run.stderr)") }
        }
    }
}
