import Foundation
import Testing

/// The interactive shell driven through a real pseudo-terminal.
@Suite(.enabled(if: Binary.hasShared, "../shared is absent"))
struct ShellTests {
    let home: String

    init() throws {
        home = NSTemporaryDirectory() + "newsq-home-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    /// The shell on the seed (or on `corpus`), once its prompt shows.
    func shell(
        _ extra: [String] = [], corpus: [String] = ["../shared/corpus/seed"], environment: [String: String] = [:],
        columns: UInt16 = 80
    ) throws -> PseudoTerminal {
        let pty = try PseudoTerminal(arguments: corpus + extra, home: home, environment: environment, columns: columns)
        #expect(pty.waitFor("newsq> "), "no prompt: \(pty.screen)")
        return pty
    }

    @Test func completesKeywordFieldAndActorWithASpace() throws {
        let pty = try shell()
        let start = pty.mark
        pty.type("cla" + PseudoTerminal.tab)
        #expect(pty.waitFor("claims", after: start))
        pty.type(" where act" + PseudoTerminal.tab)
        #expect(pty.waitFor("actor", after: start))
        pty.type(" = \"Romania M" + PseudoTerminal.tab)
        #expect(pty.waitFor("\"Romania MoD\"", after: start))
        pty.type(PseudoTerminal.enter)
        #expect(pty.waitFor("(3 rows)", after: start), "\(pty.screen)")
        #expect(pty.screen[start...].contains("claims where actor = \"Romania MoD\""))
        // More than one candidate: the list is shown.
        let list = pty.mark
        pty.type("claims where " + PseudoTerminal.tab + PseudoTerminal.tab)
        #expect(pty.waitFor("speaker", after: list) && pty.screen[list...].contains("stance"))
    }

    @Test func tableFitsTheTerminal() throws {
        for columns: UInt16 in [80, 200] {
            let pty = try shell(columns: columns)
            let start = pty.mark
            pty.type("claims" + PseudoTerminal.enter)
            #expect(pty.waitFor("(15 rows)", after: start))
            let lines = pty.screen[start...].split(separator: "\n").filter { $0.hasPrefix(" ") || $0.hasPrefix("-") }
            #expect(!lines.isEmpty && lines.allSatisfy { $0.count <= Int(columns) })
            #expect(lines.contains { $0.count > Int(columns) - 10 }, "the table should use the width")
        }
    }

    @Test func statementSpansLinesWithAContinuationPrompt() throws {
        let pty = try shell()
        let start = pty.mark
        pty.type("claims where (id" + PseudoTerminal.enter)
        #expect(pty.waitFor("...> ", after: start))
        pty.type("= 8) show actor" + PseudoTerminal.enter)
        #expect(pty.waitFor("(1 row)", after: start))
        #expect(pty.screen[start...].contains("Romania MoD"))
    }

    @Test func clausesInAnyOrderAndWholeValuesInAnOutputFile() throws {
        let pty = try shell()
        let start = pty.mark
        pty.type("claims show id, actor limit 2 where stance = deny sort by id desc" + PseudoTerminal.enter)
        #expect(pty.waitFor("(2 rows)", after: start), "\(pty.screen)")
        #expect(pty.screen[start...].contains(" 8 | Romania MoD"))
        let repeated = pty.mark
        pty.type("claims where id = 1 where id = 2" + PseudoTerminal.enter)
        #expect(pty.waitFor("`where` given twice", after: repeated))
        // The screen's table fits 80 columns; the same table sent to a file keeps every value whole.
        let file = home + "/whole.txt"
        pty.type(".output \(file)" + PseudoTerminal.enter)
        pty.type("claims where id = 8 show id, text" + PseudoTerminal.enter)
        pty.type(".output" + PseudoTerminal.enter)
        pty.type("claims where id = 8 show id, text" + PseudoTerminal.enter)
        #expect(pty.waitFor("(1 row)", after: repeated))
        let written = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        #expect(written.contains("fell on the national territory of Romania\n") && !written.contains("…"), "\(written)")
        #expect(pty.screen[repeated...].contains("…"))
    }

    @Test func errorPositionsCountLinesWithinTheStatement() throws {
        let pty = try shell()
        #expect(pty.run("count claims", until: "(1 row)"))
        #expect(pty.run("claims where actr = 1", until: "error: 1:14: claims has no field `actr`"), "\(pty.screen)")
        let second = pty.mark
        pty.type("claims where" + PseudoTerminal.enter + "actr = 1" + PseudoTerminal.enter)
        #expect(pty.waitFor("error: 2:1: claims has no field `actr`", after: second), "\(pty.screen)")
    }

    @Test func aStatementEndingInAJoiningWordGoesOnAtTheNextLine() throws {
        let pty = try shell()
        let start = pty.mark
        pty.type("claims where actor = \"Romania MoD\" and" + PseudoTerminal.enter)
        #expect(pty.waitFor("...> ", after: start), "\(pty.screen)")
        pty.type("stance = deny" + PseudoTerminal.enter)
        #expect(pty.waitFor("(1 row)", after: start), "\(pty.screen)")
        #expect(!pty.screen[start...].contains("error"))
        // A comma, an operator and `by` go on too; so does a line ending in a comment after one.
        let grouped = pty.mark
        pty.type("count claims by -- the groups" + PseudoTerminal.enter)
        #expect(pty.waitFor("...> ", after: grouped))
        pty.type("stance" + PseudoTerminal.enter)
        #expect(pty.waitFor("(3 rows)", after: grouped), "\(pty.screen)")
    }

    @Test func aResultTallerThanTheTerminalGoesThroughThePager() throws {
        let paged = home + "/paged.txt"
        let pty = try PseudoTerminal(
            arguments: ["../shared/corpus/seed"], home: home, environment: ["PAGER": "cat > \(paged)"], rows: 10)
        #expect(pty.waitFor("newsq> "))
        let start = pty.mark
        pty.type("claims" + PseudoTerminal.enter)
        #expect(pty.waitFor("newsq> ", after: start))
        let received = (try? String(contentsOfFile: paged, encoding: .utf8)) ?? ""
        #expect(received.contains("Romania MoD") && received.hasSuffix("(15 rows)\n"), "\(received)")
        #expect(!pty.screen[start...].contains("(15 rows)"))
        // What fits is printed; with the pager off, everything is.
        try FileManager.default.removeItem(atPath: paged)
        let short = pty.mark
        pty.type("count claims" + PseudoTerminal.enter)
        #expect(pty.waitFor("(1 row)", after: short))
        pty.type(".pager off" + PseudoTerminal.enter)
        pty.type("claims" + PseudoTerminal.enter)
        #expect(pty.waitFor("(15 rows)", after: short))
        #expect(!FileManager.default.fileExists(atPath: paged))
    }

    @Test func editOpensTheEditorOnTheStatementAndRunsWhatWasSaved() throws {
        // An editor that records what it was given and saves another statement.
        let received = home + "/received.nq", script = home + "/editor.sh"
        try "#!/bin/sh\ncp \"$1\" \(received)\nprintf 'count claims where stance = deny\\n' > \"$1\"\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        // Run by sh, not executed: another test forking while this file was being written
        // would hold it open, and exec would fail with "Text file busy".
        let pty = try shell(environment: ["EDITOR": "sh \(script)", "VISUAL": ""])
        #expect(pty.run("claims where id = 8 show actor", until: "(1 row)\nnewsq> "))
        // On an empty line: the last statement.
        #expect(pty.run(".edit", until: "     3\n(1 row)"), "\(pty.screen)")
        #expect((try? String(contentsOfFile: received, encoding: .utf8)) == "claims where id = 8 show actor\n")
        // At a ...> prompt: the statement being typed, with \e.
        let typed = pty.mark
        pty.type("claims where" + PseudoTerminal.enter)
        #expect(pty.waitFor("...> ", after: typed))
        pty.type("\\e" + PseudoTerminal.enter)
        #expect(pty.waitFor("     3\n(1 row)", after: typed), "\(pty.screen)")
        #expect((try? String(contentsOfFile: received, encoding: .utf8)) == "claims where\n")
    }

    @Test func theShellReadsTheInitFileBeforeTheFirstPrompt() throws {
        try ".mode csv\n".write(toFile: home + "/.newsqrc", atomically: true, encoding: .utf8)
        let pty = try shell()
        #expect(pty.run("count claims", until: "count\n15"), "\(pty.screen)")
    }

    @Test func viModeFromEditrcKeepsTabCompletionAndCtrlR() throws {
        try "bind -v\n".write(toFile: home + "/.editrc", atomically: true, encoding: .utf8)
        let pty = try shell()
        #expect(pty.run("count claims where stance = deny", until: "(1 row)\nnewsq> "))
        let completed = pty.mark
        pty.type("cla" + PseudoTerminal.tab)
        #expect(pty.waitFor("claims", after: completed), "\(pty.screen)")
        pty.type(" where id = 8 show actor" + PseudoTerminal.enter)
        #expect(pty.waitFor("Romania MoD", after: completed))
        #expect(pty.waitFor("newsq> ", after: completed))
        // Ctrl-R in vi insert mode searches the history back, as in emacs mode.
        let searched = pty.mark
        pty.type("\u{12}")
        #expect(pty.waitFor("bck:", after: searched), "\(pty.screen)")
        for key in "deny" { pty.type(String(key)) }
        #expect(pty.waitFor("stance = deny", after: searched), "\(pty.screen)")
        pty.type(PseudoTerminal.enter)
        #expect(pty.waitFor("     3\n(1 row)", after: searched), "\(pty.screen)")
    }

    @Test func historyIsRecalledInTheNextRunAndCtrlDLeaves() throws {
        let first = try shell()
        let typed = first.mark
        first.type("count claims where stance = deny" + PseudoTerminal.enter)
        #expect(first.waitFor("(1 row)\nnewsq> ", after: typed))  // keys typed before the prompt could be lost
        first.type(PseudoTerminal.ctrlD)
        #expect(first.exitStatus() == 0)
        let path = home + "/.newsq_history"
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)

        let second = try shell()
        let start = second.mark
        second.type(PseudoTerminal.up)
        #expect(second.waitFor("count claims where stance = deny", after: start))
        second.type(PseudoTerminal.enter)
        #expect(second.waitFor("(1 row)", after: start))
    }

    @Test func ctrlCCancelsALongQueryAndTheShellStays() throws {
        let pty = try shell(["--no-history"])
        let start = pty.mark
        // Catastrophic backtracking: seconds per row unless cancelled.
        pty.type("count claims where text matches /^(\\w+\\s?)*!$/" + PseudoTerminal.enter)
        Thread.sleep(forTimeInterval: 0.5)
        pty.type(PseudoTerminal.ctrlC)
        #expect(pty.waitFor("interrupted\nnewsq> ", after: start, timeout: 5))
        pty.type("count claims" + PseudoTerminal.enter)
        #expect(pty.waitFor("(1 row)\nnewsq> ", after: start))
        // Ctrl-C on a half-typed line gives a fresh prompt.
        let line = pty.mark
        pty.type("claims wh" + PseudoTerminal.ctrlC)
        #expect(pty.waitFor("newsq> ", after: line))
        pty.type("count articles" + PseudoTerminal.enter)
        #expect(pty.waitFor("(1 row)", after: line))
    }

    @Test func wideCharactersAreEditedAsCharacters() throws {
        let pty = try shell()
        let start = pty.mark
        // Backspace removes "ё" whole: the query that remains is about "Nikolenko".
        pty.type("count claims where speaker = \"Nikolenkoё" + PseudoTerminal.backspace + "\"" + PseudoTerminal.enter)
        #expect(pty.waitFor("(1 row)", after: start))
        #expect(pty.screen[start...].contains("     2"))
        pty.type("claims where actor = \"Олег Ніколенко\"" + PseudoTerminal.enter)
        #expect(pty.waitFor("(0 rows)", after: start))
    }

    @Test func corruptHistoryGivesOneWarningAndTheShellStarts() throws {
        try Data([0x00, 0xFF, 0xFE, 0x41, 0x00]).write(to: URL(fileURLWithPath: home + "/.newsq_history"))
        let pty = try shell()
        #expect(pty.screen.contains("corrupt"))
        pty.type("count claims" + PseudoTerminal.enter)
        #expect(pty.waitFor("15"))
        #expect(FileManager.default.fileExists(atPath: home + "/.newsq_history.corrupt"))
    }

    @Test func showClaimMarksTheSpanBoldUnlessNoColor() throws {
        let bold = try shell()
        bold.type(".show claim 8" + PseudoTerminal.enter)
        #expect(bold.waitFor("Romania MoD"))
        #expect(bold.raw.contains("\u{1B}[1mcategorically"))
        let plain = try shell(environment: ["NO_COLOR": "1"])
        plain.type(".show claim 8" + PseudoTerminal.enter)
        #expect(plain.waitFor("Romania MoD"))
        #expect(plain.screen.contains("\"[categorically") && !plain.raw.contains("\u{1B}[1m"))
    }

    @Test func theTourCanBeWalkedFromStartToEnd() throws {
        let pty = try shell(["--no-history"], corpus: [])  // the tour runs on the demo corpus
        pty.type(".tour" + PseudoTerminal.enter)
        #expect(pty.waitFor("Tour 1 of 11"))
        for step in 2...11 {
            let mark = pty.mark
            pty.type(PseudoTerminal.enter)  // run the query the tour put on the line
            #expect(pty.waitFor("Tour \(step) of 11", after: mark), "stuck before step \(step): \(pty.screen.suffix(400))")
        }
        let mark = pty.mark
        pty.type(PseudoTerminal.enter)
        #expect(pty.waitFor("That is the tour", after: mark))
        #expect(pty.screen.contains("in words: keep the claims where actor is \"Norway MFA\""))
    }

    @Test func aTourStepCanBeEditedBeforeItRuns() throws {
        let pty = try shell(["--no-history"], corpus: [])  // the tour runs on the demo corpus
        pty.type(".tour 3" + PseudoTerminal.enter)
        #expect(pty.waitFor("claims where stance = deny"))
        // Change "deny" to "warn" on the offered line: four backspaces, the new word.
        let mark = pty.mark
        pty.type(String(repeating: PseudoTerminal.backspace, count: 4) + "warn" + PseudoTerminal.enter)
        #expect(pty.waitFor("Tour 4 of 11", after: mark))
        let shown = pty.screen[mark...]
        #expect(shown.contains(" warn ") && shown.contains("rows)"), "\(shown)")
        #expect(!shown.contains(" deny "), "\(shown)")
    }
}
