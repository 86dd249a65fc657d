import Testing

@testable import NewsqCore
@testable import NewsqShell

@Suite struct CompleterTests {
    static let completer = Completer(store: Store(loaded: ArticleLoader.extract(DemoCorpus.articles)))

    func candidates(_ before: String) -> [String] { Self.completer.complete(before).candidates }

    @Test func byContext() {
        #expect(candidates("cla") == ["claims"])
        #expect(candidates("").contains("count"))
        #expect(candidates("count ar") == ["articles"])
        #expect(candidates("claims wh") == ["where"])
        #expect(candidates("claims where act") == ["actor"])
        #expect(candidates("claims where actor = \"x\" and st") == ["stance"])
        #expect(candidates("claims where stance = d") == ["deny"])
        #expect(candidates("claims where kind in (") == ["direct", "indirect", "mixed"])
        #expect(candidates("claims sort by da") == ["date"])
        #expect(candidates("articles show ti") == ["title"])
        #expect(candidates("count claims by cu") == ["cue"])
        #expect(candidates(".mo") == [".mode"])
        #expect(candidates(".mode j") == ["json", "jsonl"])
        #expect(candidates("claims where text co") == ["contains"])
        #expect(candidates("count claims by mo") == ["month("])
        #expect(candidates("count claims by actor sort by cou") == ["country", "count"])
        #expect(candidates("claims where date be") == ["between"])
        #expect(candidates("claims where cue = ").contains("\"say\""))
    }

    @Test func theClausesLeftComeFromTheGrammarEachOnce() {
        #expect(candidates("claims ") == ["where", "sort by", "limit", "offset", "show"])
        #expect(candidates("claims limit 5 o") == ["offset"])
        #expect(candidates("claims where stance = deny ") == ["and", "or", "sort by", "limit", "offset", "show"])
        #expect(candidates("claims where stance = deny show id sort by date ") == ["asc", "desc", "limit", "offset"])
        #expect(candidates("claims sort by date desc ") == ["where", "limit", "offset", "show"])
        #expect(candidates("count claims ") == ["where", "by"])
        #expect(candidates("count claims by actor ") == ["where", "sort by", "limit"])
    }

    @Test func anActorIsOfferedByAnyWordOfItsName() {
        // By the first name and by the surname alike; the whole-name matches first.
        #expect(candidates("claims where actor = \"Hallb") == ["Lena Hallberg"])
        #expect(candidates("claims where actor = \"lena") == ["Lena Hallberg"])
        #expect(candidates("claims where actor = \"Vik").contains("Ingrid Solberg-Vik"))
    }

    @Test func actorNamesInsideQuotesIgnoreCaseAndKeepSpaces() {
        let c = Self.completer.complete("claims where actor = \"sweden m")
        #expect(c.candidates.contains("Sweden MFA") && c.candidates.contains("Sweden MoD"))
        #expect(c.replacing == "sweden m".count && c.suffix == "\"")
        #expect(candidates("claims where country = \"sw") == ["Sweden"])
        #expect(Completer.commonPrefix(["Sweden MFA", "sweden mod"]) == "Sweden M")
    }

    @Test func dotCommandsAndTheirArgumentsComeFromTheCommandTable() {
        #expect(candidates(".") == DotCommand.all.map(\.name))
        #expect(candidates(".mo") == [".mode"])
        #expect(candidates(".mode ") == OutputFormat.allCases.map(\.rawValue))
        #expect(candidates(".help c") == ["conditions", "commands"])
        #expect(candidates(".timer o") == ["on", "off"])
        #expect(candidates(".read x") == [])
    }
}
