import Testing

@testable import NewsqCore

@Suite struct QueryParserTests {
    @Test func fullStatement() throws {
        let q = try QueryParser.parse(
            """
            CLAIMS where (actor = "X" or stance = deny) and not text contains 'a''b' and date >= 2023-09-01
            sort by date desc, id limit 5 offset 2 show actor, text -- comment
            """)
        #expect(q.collection == .claims)
        #expect(q.sort.count == 2 && q.sort[0].descending && !q.sort[1].descending)
        #expect(q.limit == 5 && q.offset == 2)
        #expect(q.show == [4, 12])
        #expect(q.describe().contains("text contains \"a'b\""))
    }

    @Test func countBy() throws {
        let q = try QueryParser.parse("count claims where stance in (deny, warn) by actor")
        #expect(q.isCount && q.countBy == [GroupKey(field: 4)])
    }

    @Test func countsGroupBySeveralFieldsAndMonthsAndSortTheirColumns() throws {
        let q = try QueryParser.parse("count claims sort by count asc, actor limit 5 by actor, month(date)")
        #expect(q.countBy == [GroupKey(field: 4), GroupKey(field: 3, part: .month)])
        #expect(q.countSort == [CountSortKey(column: 2, descending: false), CountSortKey(column: 0, descending: false)])
        #expect(q.describe() == "count claims by actor, month(date) sort by count asc, actor asc limit 5")
        #expect(error("count claims by stance sort by actor")?.message.contains("sorts by its columns: `stance`, `count`") == true)
        #expect(error("count claims by year(actor)")?.message.contains("takes a date field") == true)
        #expect(error("count claims sort by count")?.message.contains("needs groups") == true)
    }

    @Test func betweenIsBothEndsIncluded() throws {
        let q = try QueryParser.parse("claims where date between 2019-01-01 and 2019-06-30 and id between 2 and 9")
        #expect(q.describe() == "claims where ((date >= \"2019-01-01\" and date <= \"2019-06-30\") and (id >= 2 and id <= 9))")
        #expect(error("claims where actor between \"a\" and \"b\"")?.message.contains("number or date field") == true)
        #expect(error("claims where id between 2 or 9")?.message.contains("expected `and`") == true)
    }

    func error(_ source: String) -> QueryError? {
        do { _ = try QueryParser.parse(source); return nil } catch { return error }
    }

    @Test func errorsNamePlaceAndSuggest() {
        let e = error("claims where actr = \"x\"")
        #expect(e?.line == 1 && e?.column == 14 && e?.suggestion == "actor")
        #expect(error("claim")?.suggestion == "claims")
        #expect(error("claims where stance = deni")?.suggestion == "deny")
        #expect(error("claims sort date")?.message.contains("by") == true)
        #expect(error("claims where words > 3")?.message.contains("no field `words`") == true)
        #expect(error("articles where words > \"x\"")?.message.contains("number") == true)
        let second = error("claims\n  where actor = \"x")
        #expect(second?.line == 2)
        let rendered = e?.render(source: "claims where actr = \"x\"") ?? ""
        #expect(rendered.contains("1:14") && rendered.contains("             ^") && rendered.contains("did you mean `actor`"))
    }

    @Test func boundsOnHostileQueries() {
        let deep = "claims where " + String(repeating: "(", count: 500) + "id = 1" + String(repeating: ")", count: 500)
        #expect(error(deep)?.message.contains("nested too deeply") == true)
        let long = "claims where text contains \"" + String(repeating: "a", count: 200_000) + "\""
        #expect(error(long)?.message.contains("too long") == true)
        #expect(error("claims where text matches /(/")?.message.contains("regular expression") == true)
        #expect(error("claims where id = \u{1B}[31m")?.render(source: "claims where id = \u{1B}[31m").contains("\u{1B}") == false)
    }
}

@Suite struct ExplainTests {
    @Test func queriesReadBackInWords() throws {
        let q = try QueryParser.parse("claims where actor = \"X\" and not stance in (deny) sort by date desc limit 2 show text")
        #expect(
            q.inWords()
                == "keep the claims where actor is \"X\" (any case) and not (stance is one of \"deny\"); order by date (newest first); keep 2 rows; show text"
        )
        #expect(
            try QueryParser.parse("count claims by cue limit 3").inWords()
                == "take every row of claims; count them for each cue, the biggest group first; show the top 3")
    }
}
