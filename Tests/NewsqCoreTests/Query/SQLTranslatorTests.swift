import Testing

@testable import NewsqCore

/// `--sql` over the demo corpus: newsq's meaning kept in SQL DuckDB and Spark run (that
/// they return newsq's rows is checked on the engines, in SQLEngineTests).
@Suite struct SQLTranslatorTests {
    static let store: Store = {
        var aliases = AliasTable()
        _ = aliases.add("Sweden MFA = UD")
        return Store(loaded: ArticleLoader.extract(DemoCorpus.articles), aliases: aliases)
    }()

    func sql(_ source: String, _ dialect: SQLDialect = .duckdb) throws -> String {
        SQLTranslator(store: Self.store, dialect: dialect).sql(try QueryParser.parse(source)).sql
    }

    @Test func equalityIgnoresCaseNoneIsEmptyAndAnAliasNamesItsActor() throws {
        #expect(
            try sql("claims where actor = \"UD\" and text contains \"it's\" show id, actor") == """
                SELECT id, actor
                FROM claims
                WHERE (lower(coalesce(actor, '')) = 'sweden mfa' AND instr(lower(text), 'it''s') > 0);

                """)
        #expect(try sql("count claims where actor = none") == "SELECT count(*) AS count\nFROM claims\nWHERE lower(coalesce(actor, '')) = '';\n")
        #expect(try sql("claims where id in (1, 2) show id").contains("WHERE id IN (1, 2)"))
    }

    @Test func countsGroupIgnoringCaseBiggestFirst() throws {
        #expect(
            try sql("count claims where date >= 2023-01-01 by month(date), cue sort by count asc limit 2") == """
                SELECT substr(CAST(date AS STRING), 1, 7) AS "month(date)", min(cue) AS "cue", count(*) AS count
                FROM claims
                WHERE lower(CAST(date AS STRING)) >= '2023-01-01'
                GROUP BY substr(CAST(date AS STRING), 1, 7), lower(cue)
                ORDER BY count(*) ASC, substr(CAST(date AS STRING), 1, 7) ASC, lower(cue) ASC
                LIMIT 2;

                """)
        #expect(try sql("count claims by actor").contains("ORDER BY count(*) DESC, lower(coalesce(actor, '')) ASC"))
    }

    @Test func sortKeepsTiesInTheCollectionsOrder() throws {
        let text = try sql("claims where not stance in (deny, warn) sort by actor desc limit 3 offset 1 show id")
        #expect(text.contains("WHERE NOT (lower(stance) IN ('deny', 'warn'))"))
        #expect(text.contains("ORDER BY lower(coalesce(actor, '')) DESC, coalesce(actor, '') DESC, id ASC\nLIMIT 3 OFFSET 1;"))
    }

    @Test func theDialectsDifferInPatternsAndQuoting() throws {
        let query = #"claims where text matches /a\d'b/i and speaker = "it's" show id"#
        #expect(try sql(query).contains(#"WHERE (regexp_matches(text, '(?i)a\d''b') AND lower(speaker) = 'it''s')"#))
        #expect(try sql(query, .spark).contains(#"WHERE (regexp_like(text, '(?i)a\\d\'b') AND lower(speaker) = 'it\'s')"#))
        #expect(try sql("count claims by year(date)", .spark).hasPrefix("SELECT substr(CAST(date AS STRING), 1, 4) AS `year(date)`"))
    }
}
