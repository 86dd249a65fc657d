import Testing

@testable import NewsqCore

/// Which actors a typed name stands for, across articles.
@Suite struct ActorDirectoryTests {
    static let store = Store(
        loaded: ArticleLoader.extract([
            Article(
                path: "a.txt",
                body: "Donald Trump said the election was rigged. Ivanka Trump said the dinner was fine. "
                    + "Recep Tayyip Erdoğan said the museum would change. It was reported that the talks had collapsed."),
            Article(path: "b.txt", body: "Erdogan said the decision was final. Trump said the rally was huge."),
        ]))

    func run(_ source: String) throws -> QueryResult {
        try Evaluator(store: Self.store).run(try QueryParser.parse(source))
    }

    @Test func aNameSeveralActorsGoByMatchesThemAllAndSaysSo() throws {
        let result = try run("count claims where actor = \"Trump\"")
        // b.txt's bare "Trump" stays an actor of its own: two Trumps are named, neither clearly owns it.
        let everyTrump = try run("count claims where actor in (\"Donald Trump\", \"Ivanka Trump\", \"Trump\")")
        #expect(result.rows == everyTrump.rows && result.rows == [[.int(3)]])
        #expect(result.notes == ["`Trump` names 3 actors: Donald Trump (1 claim), Ivanka Trump (1), Trump (1); write the full name to choose one"])
        #expect(try run("count claims where actor = \"Donald Trump\"").notes.isEmpty)
    }

    @Test func diacriticsAndCaseFold() throws {
        #expect(Self.store.actorDirectory.actors(named: "erdogan") == ["Recep Tayyip Erdoğan"])
        let result = try run("claims where actor = \"Recep Tayyip Erdogan\" show actor")
        #expect(result.rows.count == 2)
        #expect(result.rows.allSatisfy { $0 == [.text("Recep Tayyip Erdoğan")] })
    }

    @Test func aClaimWithoutASourceHasActorNone() throws {
        let result = try run("claims where actor = none show actor, text")
        #expect(result.rows == [[.none, .text("the talks had collapsed")]])
        #expect(OutputFormat.jsonl.render(result, width: 80).hasPrefix("{\"actor\": null,"))
        #expect(OutputFormat.table.render(result, width: 80).contains(" (none) "))
        let counts = try run("count claims by actor")
        #expect(counts.rows.contains([.none, .int(1)]))
    }

    @Test func anAnalystsAliasNamesItsActorAlone() {
        var aliases = AliasTable()
        aliases.add("Donald Trump = Trump | The Donald")
        let store = Store(loaded: ArticleLoader.extract([Article(path: "a.txt", body: "Ivanka Trump said the dinner was fine.")]), aliases: aliases)
        #expect(store.actorDirectory.actors(named: "Trump") == ["Donald Trump"])
    }
}
