import Foundation

/// Everything a query can ask about, built once at load: the four collections,
/// canonical actors merged across articles, and equality indexes so lookups by
/// actor, article, cue, stance and the like do not scan.
public final class Store: Sendable {
    public let articles: [ArticleRow]
    public let claims: [ClaimRow]
    public let actors: [ActorRow]
    public let disputes: [DisputeRow]
    public let warnings: [LoadWarning]
    public let aliasTable: AliasTable
    /// Which actors a typed name stands for, and the names learned from the articles.
    public let actorDirectory: ActorDirectory
    /// Per collection and field number, the fields with an equality index.
    let indexes: [Collection: [Int: EqualityIndex]]

    public init(loaded: [LoadedArticle], warnings: [LoadWarning] = [], aliases: AliasTable = AliasTable()) {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { StageClock.shared.add("after extraction", since: started) }  // the wall time of all the stages below
        self.warnings = warnings
        self.aliasTable = aliases
        var (articleRows, claimRows) = Self.rows(loaded)
        actorDirectory = StageClock.shared.time("actors") { ActorDirectory(merging: &claimRows, aliases: aliases) }
        articles = articleRows
        claims = claimRows

        // The actors table, the disputes and one index per field do not depend on each
        // other: they are built side by side over the cores.
        // Disputes take longest: they start first, and every job is its own chunk.
        let parts = parallelMap([Part.disputes, .actors] + Self.indexGroups.map(Part.indexes), chunk: 1) { part -> Built in
            switch part {
            case .actors: return .actors(StageClock.shared.time("actors") { Self.actorRows(claimRows, aliases: aliases) })
            case .disputes: return .disputes(StageClock.shared.time("disputes") { DisputeFinder.disputes(claimRows) })
            case .indexes(let fields): return .indexes(Self.claimIndexes(fields, claimRows))
            }
        }
        var actorRows: [ActorRow] = [], disputeRows: [DisputeRow] = [], claimIndexes: [Int: EqualityIndex] = [:]
        for built in parts {
            switch built {
            case .actors(let rows): actorRows = rows
            case .disputes(let rows): disputeRows = rows
            case .indexes(let built): claimIndexes.merge(built) { first, _ in first }
            }
        }
        actors = actorRows
        disputes = disputeRows
        indexes = Self.indexes(claims: claimIndexes, articleRows, actorRows, disputeRows)
    }

    /// The corpus as a saved store kept it: the claims with their actors as merged across
    /// the corpus, the actors, the disputes, the directory and the claims' indexes, read and
    /// not computed again (the indexes are built when the store kept none for these claims).
    init(saved loaded: [LoadedArticle], merged: [(actor: String, resolution: String)], actors: [ActorRow], disputes: [DisputeRow],
         directory: ActorDirectory, claimIndexes: [Int: EqualityIndex]?, warnings: [LoadWarning], aliases: AliasTable) {
        self.warnings = warnings
        aliasTable = aliases
        var (articleRows, claimRows) = Self.rows(loaded)
        for (i, m) in merged.enumerated() {
            claimRows[i].extracted.actor = m.actor
            claimRows[i].extracted.resolution = m.resolution
        }
        articles = articleRows
        claims = claimRows
        self.actors = actors
        // A dispute's texts are its claims' (the store keeps them once, with the claims).
        self.disputes = disputes.map { d in
            var d = d
            d.textA = claimRows[d.a - 1].text
            d.textB = claimRows[d.b - 1].text
            return d
        }
        actorDirectory = directory
        let claimIndexes =
            claimIndexes
            ?? parallelMap(Self.indexGroups, chunk: 1) { fields in Self.claimIndexes(fields, claimRows) }
            .reduce(into: [:]) { $0.merge($1) { first, _ in first } }
        indexes = Self.indexes(claims: claimIndexes, articleRows, actors, self.disputes)
    }

    /// The rows of the articles and their claims, numbered from 1 in load order.
    private static func rows(_ loaded: [LoadedArticle]) -> (articles: [ArticleRow], claims: [ClaimRow]) {
        var articleRows: [ArticleRow] = []
        var claimRows: [ClaimRow] = []
        articleRows.reserveCapacity(loaded.count)
        // Reserved once: a row is large, and growing the array copies them all (page faults for every copy).
        claimRows.reserveCapacity(loaded.reduce(0) { $0 + $1.claims.count })
        for (n, item) in loaded.enumerated() {
            let a = item.article
            let first = claimRows.count + 1
            for c in item.claims {
                claimRows.append(ClaimRow(id: claimRows.count + 1, article: n + 1, path: a.path, date: a.date, extracted: c))
            }
            articleRows.append(
                ArticleRow(
                    id: n + 1, path: a.path, date: a.date, title: a.title, source: a.source, url: a.url,
                    words: item.words, claims: item.claims.count, claimIDs: first..<(claimRows.count + 1)))
        }
        return (articleRows, claimRows)
    }

    /// The indexed claim fields, dealt into one group a core: each group's indexes are built
    /// in one pass over the claims.
    private static let indexGroups: [[Int]] = {
        let fields = Collection.claims.fields.indices.filter { Collection.claims.fields[$0].indexed }
        let groups = max(1, min(fields.count, ProcessInfo.processInfo.activeProcessorCount))
        return (0..<groups).map { g in fields.enumerated().filter { $0.offset % groups == g }.map(\.element) }
    }()

    /// The indexes of `fields`, in one pass over the claims, each field read where its row lies
    /// (a copy of a row retains and releases a dozen strings).
    private static func claimIndexes(_ fields: [Int], _ claimRows: [ClaimRow]) -> [Int: EqualityIndex] {
        StageClock.shared.time("indexes") {
            let columns = fields.map { Schema.claims[$0] }
            var builders = fields.map { _ in EqualityIndex.Builder(capacity: claimRows.count) }
            claimRows.forEachInPlace { row in
                for k in columns.indices { builders[k].add(columns[k].reader(row).description) }
            }
            return Dictionary(uniqueKeysWithValues: zip(fields, builders.map(\.index)))
        }
    }

    private static func indexes(claims: [Int: EqualityIndex], _ articles: [ArticleRow], _ actors: [ActorRow], _ disputes: [DisputeRow])
        -> [Collection: [Int: EqualityIndex]]
    {
        [
            .claims: claims,
            .articles: indexes(Schema.articles, articles),
            .actors: indexes(Schema.actors, actors),
            .disputes: indexes(Schema.disputes, disputes),
        ]
    }

    private enum Part { case actors, disputes, indexes([Int]) }

    /// An equality index for each indexed field of a small collection (claims build theirs over the cores).
    private static func indexes<Row>(_ columns: [Column<Row>], _ rows: [Row]) -> [Int: EqualityIndex] {
        var out: [Int: EqualityIndex] = [:]
        for (field, column) in columns.enumerated() where column.field.indexed {
            out[field] = EqualityIndex(count: rows.count) { column.read(rows[$0]).description }
        }
        return out
    }
    private enum Built { case actors([ActorRow]), disputes([DisputeRow]), indexes([Int: EqualityIndex]) }

    /// The values an indexed field takes, most frequent first, as written: read from the
    /// index, not the rows (what Tab completion offers). Nil when the field has no index.
    public func indexedValues(_ collection: Collection, field: Int, limit: Int = 500) -> [String]? {
        guard let index = indexes[collection]?[field] else { return nil }
        return index.ids.filter { !$0.key.isEmpty }.map { (key: $0.key, rows: index.rows[Int($0.value)]) }
            .sorted { $0.rows.count != $1.rows.count ? $0.rows.count > $1.rows.count : $0.key < $1.key }
            .prefix(limit).map { value(collection, row: $0.rows[0], field: field).description }
    }

    public func rowCount(_ collection: Collection) -> Int {
        switch collection {
        case .articles: return articles.count
        case .claims: return claims.count
        case .actors: return actors.count
        case .disputes: return disputes.count
        }
    }

    /// One field of one row, read where the row lies (see `Column`).
    public func value(_ collection: Collection, row: Int, field: Int) -> Value {
        switch collection {
        case .articles: return articles.withUnsafeBufferPointer { Schema.articles[field].reader($0.baseAddress! + row) }
        case .claims: return claims.withUnsafeBufferPointer { Schema.claims[field].reader($0.baseAddress! + row) }
        case .actors: return actors.withUnsafeBufferPointer { Schema.actors[field].reader($0.baseAddress! + row) }
        case .disputes: return disputes.withUnsafeBufferPointer { Schema.disputes[field].reader($0.baseAddress! + row) }
        }
    }

    // MARK: - Building

    private static func actorRows(_ claims: [ClaimRow], aliases: AliasTable) -> [ActorRow] {
        struct Tally {
            var row: ActorRow
            var articles = Set<Int>()
            var written: [String: Int] = [:]
            var countries: [String: Int] = [:]
            var orgs: [String: Int] = [:]
        }
        var tallies: [Tally] = []
        var number: [String: Int] = [:]  // actor → its tally, in order of first claim
        claims.forEachInPlace { c in
            guard !c.pointee.actor.isEmpty else { return }
            let n: Int
            if let known = number[c.pointee.actor] {
                n = known
            } else {
                n = tallies.count
                number[c.pointee.actor] = n
                tallies.append(
                    Tally(
                        row: ActorRow(
                            name: c.pointee.actor, kind: c.pointee.actorKind, country: "", org: "", aliases: [],
                            claims: 0, articles: 0, first: c.pointee.date, last: c.pointee.date)))
            }
            tallies[n].row.claims += 1
            tallies[n].articles.insert(c.pointee.article)
            if !c.pointee.date.isEmpty {
                if tallies[n].row.first.isEmpty || c.pointee.date < tallies[n].row.first { tallies[n].row.first = c.pointee.date }
                if c.pointee.date > tallies[n].row.last { tallies[n].row.last = c.pointee.date }
            }
            // The name as written, before any comma of an apposition ("Jane Doe, a spokeswoman").
            let speaker = c.pointee.speaker.utf8
            let written = String(c.pointee.speaker[..<(speaker.firstIndex(of: 44) ?? speaker.endIndex)]).trimmingSpaces
            if written.count > 1, TextMatching.lowered(written) != TextMatching.lowered(c.pointee.actor),
                !SpeakerPhrase.pronouns.contains(TextMatching.lowered(written))
            {
                tallies[n].written[written, default: 0] += 1
            }
            if !c.pointee.country.isEmpty { tallies[n].countries[c.pointee.country, default: 0] += 1 }
            if !c.pointee.org.isEmpty { tallies[n].orgs[c.pointee.org, default: 0] += 1 }
        }
        let userAliases = Dictionary(aliases.entries.map { ($0.canonical.lowercased(), $0.aliases) }, uniquingKeysWith: +)
        return tallies.map { tally in
            var t = tally
            let name = t.row.name
            t.row.articles = t.articles.count
            t.row.country = t.countries.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? ""
            t.row.org = t.orgs.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? ""
            if t.row.kind == .country && t.row.country.isEmpty { t.row.country = name }
            let written = t.written.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(8).map(\.key)
            t.row.aliases = (userAliases[name.lowercased()] ?? []) + written
            return t.row
        }
    }
}

extension ClaimRow: ActorClaim {
    var actor: String {
        get { extracted.actor }
        set { extracted.actor = newValue }
    }
    var actorKind: ActorKind { extracted.actorKind }
    var speaker: String { extracted.speaker }
    var resolution: String {
        get { extracted.resolution }
        set { extracted.resolution = newValue }
    }
}
