import Foundation
import Testing

@testable import NewsqCore

/// Runs the cases of `queries.test` (format in its header) on the built-in demo corpus:
/// each query's rows through the evaluator and its SQL through the translator, both
/// compared with what the case says. `NEWSQ_WRITE_QUERY_CASES=1 swift test --filter
/// QueryCaseTests` rewrites the file with what newsq gives now, to read and commit.
@Suite struct QueryCaseTests {
    struct Case: CustomTestStringConvertible {
        var line: Int
        var query: [String] = []
        var expected: [String] = []
        var testDescription: String { "queries.test:\(line)" }
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("queries.test")
    static let store = Store(loaded: ArticleLoader.extract(DemoCorpus.articles))

    /// The file's comment lines (its header) and its cases.
    static let parsed: (header: [String], cases: [Case]) = {
        let source = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        var header: [String] = []
        var cases: [Case] = []
        var current: Case?
        for (n, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("#") {
                if cases.isEmpty && current == nil { header.append(line) }
            } else if line.isEmpty {
                if let done = current { cases.append(done) }
                current = nil
            } else if line.hasPrefix("> ") {
                if current == nil { current = Case(line: n + 1) }
                current!.query.append(String(line.dropFirst(2)))
            } else {
                current?.expected.append(line)
            }
        }
        if let done = current { cases.append(done) }
        return (header, cases)
    }()

    /// What newsq gives for a query: its rows, a line each with values joined by " | "
    /// ("(no rows)" for none), then "sql:" and the SQL; or "error: …" when it fails.
    static func actual(_ query: [String]) -> [String] {
        let source = query.joined(separator: "\n")
        // As a script runs: what is left open at the end runs too, to say what is unclosed.
        let split = StatementSplitter.split(source)
        let statements = split.statements + (split.rest.isEmpty ? [] : [Statement(text: split.rest, line: split.restLine)])
        guard statements.count == 1 else { return ["error: \(statements.count) statements, not one"] }
        do {
            let parsed = try QueryParser.parse(statements[0].text)
            let result = try Evaluator(store: store).run(parsed)
            let rows = result.rows.map { $0.map(\.display).joined(separator: " | ") }
            let sql = SQLTranslator(store: store, dialect: .duckdb).sql(parsed).sql
            return (rows.isEmpty ? ["(no rows)"] : rows) + ["sql:"] + sql.split(separator: "\n").map(String.init)
        } catch let error as QueryError {
            return ["error: \(error.message)"]
        } catch {
            return ["error: \(error)"]
        }
    }

    @Test func theFileHasCases() throws {
        #expect(Self.parsed.cases.count >= 25)
        if ProcessInfo.processInfo.environment["NEWSQ_WRITE_QUERY_CASES"] == "1" {
            let cases = Self.parsed.cases.map { c in (c.query.map { "> " + $0 } + Self.actual(c.query)).joined(separator: "\n") }
            try (Self.parsed.header.joined(separator: "\n") + "\n\n" + cases.joined(separator: "\n\n") + "\n")
                .write(to: Self.file, atomically: true, encoding: .utf8)
        }
    }

    @Test(arguments: parsed.cases) func returnsTheRowsAndTheSQLTheCaseSays(_ c: Case) {
        let got = Self.actual(c.query)
        #expect(got == c.expected, "\(c.query.joined(separator: " ")) gives:\n\(got.joined(separator: "\n"))")
    }
}
