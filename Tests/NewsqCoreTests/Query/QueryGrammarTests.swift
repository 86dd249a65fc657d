import Foundation
import Testing

@testable import NewsqCore

/// The grammar table is the one place the query language's words live: what reads it
/// and what documents it agree with it.
@Suite struct QueryGrammarTests {
    @Test func theREADMEAndHelpShowTheGrammarsSynopsisAndItsContinuingWords() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../README.md"), encoding: .utf8)
        let help = Help.text(topic: "queries")
        for line in QueryGrammar.synopsis {
            #expect(readme.contains(line), "README lacks \(line)")
            #expect(help.contains(line), ".help queries lacks \(line)")
        }
        for word in QueryGrammar.continuingWords { #expect(readme.contains("`\(word)`"), "README does not name `\(word)`") }
    }

    @Test func everyClauseParsesWhereTheGrammarSaysAndNowhereElse() throws {
        for clause in QueryGrammar.clauses {
            let argument = ["where": "stance = deny", "by": "actor", "sort by": "date", "limit": "1", "offset": "1", "show": "id"][clause.keyword]!
            for count in [false, true] {
                let text = (count ? "count claims by actor " : "claims ") + (clause.keyword == "by" && count ? "" : "\(clause.keyword) \(argument)")
                let sortOfCount = count && clause.keyword == "sort by"
                let parses = (try? QueryParser.parse(sortOfCount ? "count claims by actor sort by count" : text)) != nil
                #expect(parses == (count ? clause.inCount : clause.inRows), "\(text)")
            }
        }
    }
}
