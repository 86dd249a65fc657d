import Testing

@testable import NewsqCore

/// Queries over the built-in demo corpus.
@Suite struct EvaluatorTests {
    static let store = Store(loaded: ArticleLoader.extract(DemoCorpus.articles))

    func run(_ source: String) throws -> QueryResult {
        try Evaluator(store: Self.store).run(try QueryParser.parse(source))
    }

    func column(_ r: QueryResult, _ name: String) -> [String] {
        let i = r.columns.firstIndex(of: name)!
        return r.rows.map { $0[i].description }
    }

    @Test func equalityUsesTheIndexAndIgnoresCase() throws {
        let r = try run("claims where actor = \"sweden mfa\"")
        #expect(!r.rows.isEmpty)
        #expect(column(r, "actor").allSatisfy { $0 == "Sweden MFA" })
        #expect(r.plan.access == "index on actor")
        #expect(r.plan.rowsExamined == r.rows.count)
        let scan = try run("claims where actor = \"Sweden MFA\" or id = 1")
        #expect(scan.plan.access.hasPrefix("scan"))
        #expect(scan.rows.count == r.rows.count + (column(r, "id").contains("1") ? 0 : 1))
    }

    @Test func aSortByDateAloneFollowsTheDatesAndKeepsTiesInRowOrder() throws {
        // Read from the date index's ranks; the same order a sort over the values gives.
        let ids = Self.store.claims.map(\.id)
        let dates = Dictionary(uniqueKeysWithValues: Self.store.claims.map { ($0.id, $0.date) })
        let expected = ids.sorted { a, b in dates[a]! != dates[b]! ? dates[a]! > dates[b]! : a < b }
        for limit in [3, 40] {
            #expect(column(try run("claims sort by date desc limit \(limit) show id"), "id") == expected.prefix(limit).map(String.init))
        }
        let ascending = ids.sorted { a, b in dates[a]! != dates[b]! ? dates[a]! < dates[b]! : a < b }
        #expect(column(try run("claims sort by date show id"), "id") == ascending.map(String.init))
    }

    @Test func aliasesFindTheCanonicalActor() throws {
        var aliases = AliasTable()
        #expect(aliases.add("Sweden MFA = Swedish diplomats | UD") == nil)
        #expect(aliases.add("no equals sign") != nil)
        let store = Store(loaded: ArticleLoader.extract(DemoCorpus.articles), aliases: aliases)
        let byAlias = try Evaluator(store: store).run(try QueryParser.parse("claims where actor = \"ud\""))
        let byName = try Evaluator(store: store).run(try QueryParser.parse("claims where actor = \"Sweden MFA\""))
        #expect(byAlias.rows.count == byName.rows.count && !byName.rows.isEmpty)
    }

    @Test func containsSortLimitShow() throws {
        let r = try run("claims where text contains \"ANCHOR\" sort by date desc, id limit 3 show date, text")
        #expect(r.columns == ["date", "text"])
        #expect(r.rows.count == 3)
        let dates = column(r, "date")
        #expect(dates == dates.sorted(by: >))
        #expect(column(r, "text").allSatisfy { $0.lowercased().contains("anchor") })
    }

    @Test func countByGroupsAndOrders() throws {
        let total = try run("count claims")
        let groups = try run("count claims by stance")
        #expect(groups.columns == ["stance", "count"])
        let counts = groups.rows.map { Int($0[1].description)! }
        #expect(counts.reduce(0, +) == Int(total.rows[0][0].description)!)
        #expect(counts == counts.sorted(by: >))
    }

    @Test func aLimitedSortGivesTheFirstRowsOfTheFullSort() throws {
        for keys in ["date desc", "actor, id desc", "cue asc, date desc, id"] {
            let all = column(try run("claims sort by \(keys) show id"), "id")
            for limit in [0, 1, 3, 7] {
                #expect(column(try run("claims sort by \(keys) limit \(limit) show id"), "id") == Array(all.prefix(limit)))
                #expect(column(try run("claims sort by \(keys) limit \(limit) offset 2 show id"), "id") == Array(all.dropFirst(2).prefix(limit)))
            }
        }
    }

    @Test func countByWithAConditionCountsOnlyMatchingRows() throws {
        let grouped = try run("count claims where stance != assert by actor")
        let total = grouped.rows.reduce(0) { if case .int(let n) = $1[1] { $0 + n } else { $0 } }
        #expect(total == Int(column(try run("count claims where stance != assert"), "count")[0]))
        for row in grouped.rows.prefix(3) {
            let n = try run("count claims where stance != assert and actor = \"\(row[0].description)\"")
            #expect(n.rows[0][0] == row[1])
        }
    }

    @Test func containsFindsWordsAnywhereIgnoringCase() {
        let texts = [
            "Minister", "the prime MINISTER said", "ministe", "administer", "xminister", "ministerx", "", "mi",
            "Ministère", "ааminister", "m i n i s t e r", "ministeministerr",
        ]
        for needle in ["minister", "m", "er", "nis", "r", "ministère"] {
            let search = CaseInsensitiveNeedle(lowered: needle)
            for text in texts { #expect(search.found(in: text) == text.lowercased().contains(needle), "\(needle) in \(text)") }
        }
        #expect(CaseInsensitiveNeedle(lowered: "").found(in: "anything"))
    }

    /// CSV printed from the claims' columns is what printing their values gives, for rows,
    /// chosen fields and counted groups alike.
    @Test func claimsPrintedFromTheirColumnsAreTheirValuesPrinted() throws {
        for query in ["claims", "claims where actor = \"Norway\" show id, actor, text, line", "count claims by actor", "count claims by cue limit 3"] {
            let result = try run(query)
            #expect(result.source.table != nil, "\(query)")
            let asValues = QueryResult(
                collection: result.collection, columns: result.columns, rows: result.rows, explicitColumns: result.explicitColumns,
                plan: result.plan)
            #expect(OutputFormat.csv.render(result, width: 0) == OutputFormat.csv.render(asValues, width: 0), "\(query)")
            #expect(result.rowCount == asValues.rows.count && result.rowCount > 0)
        }
    }

    /// The scan of a whole pool finds what a search of each text finds: matches across two
    /// texts are none, and texts long and short, at the pool's start and end, and in any case.
    @Test func aScanOfAWholePoolAgreesWithEachText() {
        let words = ["Minister", "MINISTER", "minist", "er", "ministerial", "x", "", "the prime minister said", "Ministère", "m i n"]
        var texts: [String] = []
        for n in 0..<400 { texts.append(String(repeating: words[n % words.count] + " ", count: n % 7) + words[(n * 3) % words.count]) }
        texts.append("minister")
        let sections = TextPool.sections(texts)
        let pool = TextPool(offsets: sections[0], bytes: sections[1])
        for needle in ["minister", "m", "er", "rm", "r m", "x m", "ministerial", "ministère"] {
            let search = CaseInsensitiveNeedle(lowered: needle)
            let found = withExtendedLifetime(sections) { search.texts(in: pool) }
            if needle.utf8.allSatisfy({ $0 < 128 }) {
                #expect(found == texts.map { search.found(in: $0) }, "\(needle)")
            } else {
                #expect(found == nil, "a needle that is not ASCII is searched text by text")
            }
        }
    }

    @Test func regexInAndNot() throws {
        let all = try run("claims").rows.count
        let deny = try run("claims where stance in (deny)").rows.count
        let notDeny = try run("claims where not stance = deny").rows.count
        #expect(deny > 0 && deny + notDeny == all)
        let re = try run("claims where text matches /^the /i")
        #expect(column(re, "text").allSatisfy { $0.lowercased().hasPrefix("the ") })
    }

    @Test func disputesPairADenialWithWhatItDenies() throws {
        let r = try run("disputes where actor_b = \"Sweden MFA\"")
        #expect(!r.rows.isEmpty)
        #expect(column(r, "actor_a").allSatisfy { $0 != "Sweden MFA" })
    }

    @Test func cancellationStopsAScan() {
        let evaluator = Evaluator(store: Self.store, isCancelled: { true })
        #expect(throws: QueryInterrupted.self) { try evaluator.run(try QueryParser.parse("claims where text contains \"x\"")) }
        #expect(throws: QueryInterrupted.self) { try evaluator.run(try QueryParser.parse("claims where text matches /^(\\w+\\s?)*!$/")) }
    }

    @Test func aBacktrackingRegexRunsOutOfTimeWithAClearError() {
        let evaluator = Evaluator(store: Self.store, isCancelled: { false }, regexBudget: 0.2)
        #expect(throws: RegexTooSlow.self) { try evaluator.run(try QueryParser.parse("claims where text matches /^(\\w+\\s?)*!$/")) }
        #expect(RegexTooSlow().description.contains("simplify"))
    }

    @Test func aHugeTableSaysHowToGetEveryRow() {
        let rows = (0..<(TableFormat.maxRows + 5)).map { [Value.int($0)] }
        let result = QueryResult(
            collection: .claims, columns: ["id"], rows: rows, explicitColumns: true,
            plan: QueryPlan(access: "scan", rowsExamined: rows.count, rowsMatched: rows.count))
        let table = OutputFormat.table.render(result, width: 80)
        #expect(table.hasSuffix("(10000 of 10005 rows shown; add `limit`, or use .mode csv with .output FILE for all)\n"))
        #expect(OutputFormat.csv.render(result, width: 80).split(separator: "\r\n").count == 10_006)
    }
}
