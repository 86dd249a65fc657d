import Foundation
import Testing

@testable import NewsqCore

/// Statements, dot-commands and the statement loop, on the demo corpus, with output
/// sent to a file through `.output` as a user would.
@Suite struct SessionTests {
    /// Runs `script` in a fresh demo session and returns what it printed and the loop's end state.
    func run(_ script: String, bail: Bool = false) throws -> (output: String, loop: StatementLoop) {
        let file = NSTemporaryDirectory() + "newsq-session-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let (session, _) = Session.open(paths: [], options: SessionOptions(bail: bail))
        var loop = StatementLoop(session: session)
        loop.run(script: ".output \(file)\n" + script)
        session.finish()
        return (try String(contentsOfFile: file, encoding: .utf8), loop)
    }

    @Test func statementsSplitOnSemicolonsAndLineEnds() {
        let split = StatementSplitter.split("claims; count claims\n.mode json\nclaims where text = \"a;b\"\nclaims where (id = 1\n")
        #expect(split.statements.map(\.text) == ["claims", "count claims", ".mode json", "claims where text = \"a;b\""])
        #expect(split.rest.hasPrefix("claims where (id = 1"))
        #expect(split.statements[2].line == 2)
    }

    @Test func everyDotCommandIsInHelpAndRunsByItsName() throws {
        let help = Help.text(topic: "commands")
        for command in DotCommand.all {
            #expect(help.contains(command.name + " "), "\(command.name) missing from .help commands")
            #expect(DotCommand.named(command.name.uppercased())?.name == command.name)
        }
        #expect(DotCommand.named(".exit")?.name == ".quit")
        #expect(Set(DotCommand.all.map(\.name)).count == DotCommand.all.count, "a command listed twice")
    }

    @Test func theLoopGoesOnAfterAFailureUnlessItBails() throws {
        let (out, loop) = try run("count claims\n.mode nonsense\n.mode tsv\ncount claims")
        #expect(loop.failed && !loop.finished && loop.exitStatus == 1)
        #expect(out.range(of: "\ncount\n[0-9]+\n$", options: .regularExpression) != nil)
        let (bailed, stopped) = try run("count claims\n.mode nonsense\n.mode tsv\ncount claims", bail: true)
        #expect(stopped.failed && stopped.finished)
        #expect(bailed.range(of: "\ncount\n[0-9]+\n$", options: .regularExpression) == nil)
    }

    @Test func quitStopsTheLoopAndAFailureBeforeItStillCounts() throws {
        let (out, loop) = try run("claims where nosuch = 1\n.mode csv\n.quit\ncount claims")
        #expect(loop.finished && loop.exitStatus == 1)
        #expect(!out.contains("count"))
    }

    @Test func quitInsideAReadScriptEndsTheWholeRun() throws {
        let script = NSTemporaryDirectory() + "newsq-read-\(UUID().uuidString).nq"
        try ".quit\n".write(toFile: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: script) }
        let (out, loop) = try run(".read \(script)\n.mode csv\ncount claims")
        #expect(loop.finished && loop.exitStatus == 0)
        #expect(out.isEmpty)
    }

    @Test func linesTypedAtThePromptContinueAnOpenStatementAndRunWhenComplete() throws {
        let (session, _) = Session.open(paths: [])
        var loop = StatementLoop(session: session, input: .prompt)
        let first = loop.statements(completedBy: "claims where (stance = deny")
        #expect(first.isEmpty && loop.isContinuing)
        let second = loop.statements(completedBy: "or stance = warn)")
        #expect(second.map(\.text) == ["claims where (stance = deny\nor stance = warn)"])
        #expect(!loop.isContinuing)
        // A complete line runs at Enter, whatever comes next.
        #expect(loop.statements(completedBy: "claims").map(\.text) == ["claims"])
    }

    @Test func aScriptsStatementGoesOnWhileItsNextLineBeginsWithAClauseOrAJoiningWord() {
        let script = "claims\n  where actor = \"Norway MFA\"\n  -- a comment between\n  and stance = deny\n  show id, text;\ncount claims\n by actor\n\nlimit 3\n.mode csv\nclaims\n"
        let split = StatementSplitter.split(script)
        #expect(
            split.statements.map(\.text) == [
                "claims\n  where actor = \"Norway MFA\"\n  -- a comment between\n  and stance = deny\n  show id, text",
                "count claims\n by actor", "limit 3", ".mode csv", "claims",
            ])
        #expect(split.statements.map(\.line) == [1, 6, 9, 10, 11])
        // At the prompt the same text runs each complete line.
        #expect(StatementSplitter.split(script, input: .prompt).statements.first?.text == "claims")
    }

    @Test func pipedLinesWaitForTheNextLineBeforeAStatementRuns() {
        var buffer = StatementBuffer(input: .script)
        #expect(buffer.add(line: "count claims").isEmpty && buffer.isOpen)
        #expect(buffer.add(line: "  -- by whom").isEmpty)
        #expect(buffer.add(line: "  by actor").isEmpty)
        #expect(buffer.add(line: "claims").map(\.text) == ["count claims\n  -- by whom\n  by actor"])
        #expect(buffer.flush()?.text == "claims")
    }

    @Test func showClaimSaysHowTheActorWasReachedAStepALine() throws {
        let (out, _) = try run(".show claim 2")
        #expect(out.contains("\n  speaker "))
        #expect(out.contains("\n  how: "))
        #expect(out.contains("\n  found: by the rules\n"))
    }
}
