import Synchronization

/// The rows of a query's result: values made already, or rows of a collection to be read
/// where they lie, made into values only when a format asks for them. CSV, what scripts and
/// the benchmark read, prints the claims' fields from their columns without making values.
final class RowSource: Sendable {
    /// Rows of a collection: each row's chosen fields, then its count when the result counts groups.
    struct Table: Sendable {
        let store: Store
        let collection: Collection
        let rows: [Int]
        let fields: [Int]
        let counts: [Int]?
    }

    let table: Table?
    let count: Int
    private let made: Mutex<[[Value]]?>

    init(_ values: [[Value]]) {
        table = nil
        count = values.count
        made = Mutex(values)
    }

    init(_ store: Store, _ collection: Collection, rows: [Int], fields: [Int], counts: [Int]? = nil) {
        table = Table(store: store, collection: collection, rows: rows, fields: fields, counts: counts)
        count = rows.count
        made = Mutex(nil)
    }

    var values: [[Value]] {
        made.withLock { made in
            if let made { return made }
            let values = table.map { t in
                t.rows.indices.map { i in
                    t.fields.map { t.store.value(t.collection, row: t.rows[i], field: $0) } + (t.counts.map { [.int($0[i])] } ?? [])
                }
            } ?? []
            made = values
            return values
        }
    }
}
