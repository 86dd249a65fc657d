import Testing

@testable import NewsqCore

/// The field tables: every field reads from its row, the indexed ones have an index,
/// and a field that names an actor resolves aliases.
@Suite struct SchemaTests {
    static let store = Store(
        loaded: ArticleLoader.extract(DemoCorpus.articles),
        aliases: {
            var t = AliasTable(); _ = t.add("Swedes = Sweden MFA"); return t
        }())

    @Test func everyFieldReadsAValueOfItsType() {
        for collection in Collection.allCases where Self.store.rowCount(collection) > 0 {
            for (n, field) in collection.fields.enumerated() {
                let value = Self.store.value(collection, row: 0, field: n)
                switch (field.type, value) {
                case (.int, .int), (.text, .text), (.date, .text), (.enumeration, .text): break
                default: Issue.record("\(collection).\(field.name) read \(value) for a \(field.type.name)")
                }
                if case .enumeration(let allowed) = field.type { #expect(allowed.contains(value.description)) }
            }
        }
    }

    @Test func indexedFieldsHaveAnIndexAndOthersNone() {
        for collection in Collection.allCases {
            for (n, field) in collection.fields.enumerated() {
                #expect((Self.store.indexes[collection]?[n] != nil) == field.indexed, "\(collection).\(field.name)")
            }
        }
    }

    @Test func fieldNamesAreUniqueAndTableColumnsExist() {
        for collection in Collection.allCases {
            let names = collection.fields.map(\.name)
            #expect(Set(names).count == names.count)
            #expect(collection.tableColumns.allSatisfy { collection.fieldIndex($0) != nil })
        }
    }

    @Test func actorFieldsResolveAnAlias() throws {
        let query = try QueryParser.parse("claims where actor = \"swedes\"")
        let rows = try Evaluator(store: Self.store).run(query).rows
        #expect(!rows.isEmpty)
        #expect(Collection.claims.fields.filter(\.namesActor).map(\.name) == ["actor"])
        #expect(Collection.disputes.fields.filter(\.namesActor).map(\.name) == ["actor_a", "actor_b"])
    }
}
