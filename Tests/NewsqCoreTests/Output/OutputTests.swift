import Testing

@testable import NewsqCore

@Suite struct OutputTests {
    let result = QueryResult(
        collection: .claims, columns: ["id", "actor", "text"],
        rows: [
            [.int(1), .text("A, \"B\""), .text("line\none\u{1B}[31mred\t")],
            [.int(22), .text("Zoë"), .text(String(repeating: "long ", count: 40))],
        ],
        explicitColumns: true, plan: QueryPlan(access: "scan", rowsExamined: 2, rowsMatched: 2))

    @Test func csvFollowsRFC4180() {
        let csv = OutputFormat.csv.render(result, width: 80)
        #expect(csv.hasPrefix("id,actor,text\r\n1,\"A, \"\"B\"\"\",\"line\none"))
        #expect(!csv.contains("\u{1B}"))
    }

    @Test func jsonEscapesAndKeepsTypes() {
        let line = OutputFormat.jsonl.render(result, width: 80).split(separator: "\n")[0]
        #expect(line == #"{"id": 1, "actor": "A, \"B\"", "text": "line\none\u001b[31mred\t"}"#)
    }

    @Test func tableFitsTheWidthAndCleansText() {
        for width in [40, 80, 200] {
            let table = OutputFormat.table.render(result, width: width)
            let lines = table.split(separator: "\n")
            #expect(lines.allSatisfy { Terminal.displayWidth(String($0)) <= width })
            #expect(!table.contains("\u{1B}"))
            #expect(lines.last == "(2 rows)")
        }
        #expect(OutputFormat.table.render(result, width: 40).contains("…"))
    }

    @Test func tsvAndMarkdownEscape() {
        #expect(OutputFormat.tsv.render(result, width: 80).contains("line\\none"))
        let md = QueryResult(
            collection: .claims, columns: ["text"], rows: [[.text("a|b")]], explicitColumns: true,
            plan: result.plan)
        #expect(OutputFormat.markdown.render(md, width: 80).contains("a\\|b"))
    }

    @Test func printableDropsControlsAndBidiOverrides() {
        #expect(Terminal.printable("a\u{1B}]0;title\u{07}b\u{202E}c\u{0}d") == "abcd")
    }
}
