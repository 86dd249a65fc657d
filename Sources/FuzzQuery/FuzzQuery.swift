// libFuzzer target for the query language: parse, then run on the demo corpus.
// Fuzzing build and run: scripts/fuzz.
// Otherwise it replays inputs: fuzz-query FILE... (a crash found by the fuzzer, for example).
import Foundation
import FuzzSupport
import NewsqCore

/// Built once, on first use: a libFuzzer build has no top-level code to run first.
enum Fixture {
    static let store = Store(loaded: ArticleLoader.extract(DemoCorpus.articles))
}

func fuzzOne(_ data: Data) {
    let text = String(decoding: data, as: UTF8.self)
    let split = StatementSplitter.split(text)
    for statement in split.statements + (split.rest.isEmpty ? [] : [Statement(text: split.rest, line: split.restLine)]) {
        guard !statement.isDotCommand else { continue }
        do {
            let query = try QueryParser.parse(statement.text, firstLine: statement.line, parameters: ["p": "x", "n": "3"])
            let result = try Evaluator(store: Fixture.store, isCancelled: { false }, regexBudget: 0.5).run(query)
            for format in OutputFormat.allCases { _ = format.render(result, width: 80) }
            _ = query.inWords()
        } catch let error as QueryError {
            _ = error.render(source: statement.text, firstLine: statement.line)
        } catch {}
    }
}

@main
enum Main {
    static func main() { FuzzDriver.run(fuzzOne) }
}
