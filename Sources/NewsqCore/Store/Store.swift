import Foundation

/// Everything a query can ask about, built once at load (or mapped, for the claims, from
/// a saved store): the four collections, canonical actors merged across articles, and
/// equality indexes so lookups by actor, article, cue, stance and the like do not scan.
public final class Store: Sendable {
    public let articles: [ArticleRow]
    public let claims: ClaimTable
    public let actors: [ActorRow]
    public let disputes: [DisputeRow]
    public let warnings: [LoadWarning]
    public let aliasTable: AliasTable
    /// Which actors a typed name stands for, and the names learned from the articles.
    public let actorDirectory: ActorDirectory
    /// Per collection and field number, the fields with an equality index.
    let indexes: [Collection: [Int: EqualityIndex]]

    public convenience init(loaded: [LoadedArticle], warnings: [LoadWarning] = [], aliases: AliasTable = AliasTable()) {
        self.init(loaded: loaded, warnings: warnings, aliases: aliases, kept: nil)
    }

    /// `kept`: for an article, the disputes an earlier load found in it, when it and its
    /// claims' merged actors are unchanged (a saved store's kept files): they are not looked for again.
    /// `previous`: the last load's columns, which hold the kept articles' claims (a saved store's).
    /// `columnsMade` is handed the claims' columns as soon as they are built (a saved store
    /// writes them while the rest is made).
    convenience init(
        loaded: [LoadedArticle], warnings: [LoadWarning], aliases: AliasTable,
        kept: ((_ article: Int, _ actors: ClaimTable.Actors) -> [DisputeRow]?)?, previous: ClaimTable.Previous? = nil,
        columnsMade: ((ClaimTable) -> Void)? = nil
    ) {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { StageClock.shared.add("after extraction", since: started) }  // the wall time of all the stages below
        // The columns the merge does not change are laid out from the claims as extracted
        // while the merge runs, and the merged ones interned after it (the claims as the
        // merge saw them let go there); then the disputes (the longest, over the cores) beside
        // the actors table and the indexes. The claims are read where they lie, never copied
        // whole: the merge takes only what it changes.
        let ((articleRows, mergedColumns, directory), unmerged) = alongside(
            {
                let articles = Self.articleRows(loaded)
                var merged = MergedClaim.of(loaded)
                let directory = StageClock.shared.time("actors") { ActorDirectory(merging: &merged, aliases: aliases) }
                return (articles, StageClock.shared.time("columns") { ClaimTable.Merged(merged) }, directory)
            }, { StageClock.shared.time("columns") { ClaimTable.unmerged(loaded, previous: previous) } })
        let actors = mergedColumns.actors
        let ((actorRows, table), disputeRows) = alongside(
            {
                let table = StageClock.shared.time("columns") { ClaimTable(unmerged, merged: mergedColumns, indexed: Self.indexed) }
                columnsMade?(table)
                return (StageClock.shared.time("actors") { Self.actorRows(loaded, actors: actors, aliases: aliases) }, table)
            }, { StageClock.shared.time("disputes") { DisputeFinder.disputes(loaded, actors: actors, kept: kept) } })
        self.init(
            articles: articleRows, claims: table, actors: actorRows, disputes: disputeRows, directory: directory, warnings: warnings,
            aliases: aliases)
    }

    /// The corpus as its parts were made or kept (a saved store's); a dispute's texts are read from its claims when asked.
    init(
        articles: [ArticleRow], claims: ClaimTable, actors: [ActorRow], disputes: [DisputeRow], directory: ActorDirectory,
        warnings: [LoadWarning], aliases: AliasTable
    ) {
        self.articles = articles
        self.claims = claims
        self.actors = actors
        self.disputes = disputes.map { d in
            var d = d
            d.texts = .claims(claims)
            return d
        }
        actorDirectory = directory
        self.warnings = warnings
        aliasTable = aliases
        indexes = [
            .claims: claims.indexes,
            .articles: Self.indexes(Schema.articles, articles),
            .actors: Self.indexes(Schema.actors, actors),
            .disputes: Self.indexes(Schema.disputes, self.disputes),
        ]
    }

    /// The claim fields with an equality index, and where they lie in the columns.
    static let indexed = Schema.claims.enumerated().filter(\.element.field.indexed).map { (field: $0.offset, source: $0.element.source) }

    /// The articles' rows, numbered from 1 in load order, their claims numbered in the same order.
    static func articleRows(_ loaded: [LoadedArticle]) -> [ArticleRow] {
        let first = runStarts(loaded.lazy.map(\.claims.count))
        return loaded.enumerated().map { n, item in ArticleRow(id: n + 1, item, claimIDs: (first[n] + 1)..<(first[n + 1] + 1)) }
    }

    /// The corpus as loaded, each claim as its article left it (before the merge across
    /// articles): what a new merge starts from, with other aliases or more files.
    func loadedArticles() -> [LoadedArticle] {
        let reader = ClaimTable.Reader(claims)
        return articles.map { a in
            LoadedArticle(
                path: a.path, date: a.date, title: a.title, source: a.source, url: a.url, words: a.words, textBytes: a.textBytes,
                claims: reader.pack((a.claimIDs.lowerBound - 1)..<(a.claimIDs.upperBound - 1)))
        }
    }

    /// An equality index for each indexed field of a small collection (claims keep theirs in their columns).
    private static func indexes<Row>(_ columns: [Column<Row>], _ rows: [Row]) -> [Int: EqualityIndex] {
        var out: [Int: EqualityIndex] = [:]
        for (field, column) in columns.enumerated() where column.field.indexed {
            out[field] = EqualityIndex(count: rows.count) { column.read(rows[$0]).description }
        }
        return out
    }

    /// The values an indexed field takes, most frequent first, as written: read from the
    /// index, not the rows (what Tab completion offers). Nil when the field has no index.
    public func indexedValues(_ collection: Collection, field: Int, limit: Int = 500) -> [String]? {
        guard let index = indexes[collection]?[field] else { return nil }
        // Groups are numbered in the order of their values: a tie in size keeps that order.
        return (0..<index.groupCount).filter { index.rowCount($0) > 0 }
            .sorted { index.rowCount($0) != index.rowCount($1) ? index.rowCount($0) > index.rowCount($1) : $0 < $1 }
            .lazy.map { self.value(collection, row: index.firstRow($0), field: field).description }.filter { !$0.isEmpty }
            .prefix(limit).map { $0 }
    }

    public func rowCount(_ collection: Collection) -> Int {
        switch collection {
        case .articles: return articles.count
        case .claims: return claims.count
        case .actors: return actors.count
        case .disputes: return disputes.count
        }
    }

    /// One field of one row, read where the row lies (see `Column`, `ClaimColumn`).
    public func value(_ collection: Collection, row: Int, field: Int) -> Value {
        switch collection {
        case .articles: return articles.withUnsafeBufferPointer { Schema.articles[field].reader($0.baseAddress! + row) }
        case .claims: return Schema.claims[field].read(claims, row)
        case .actors: return actors.withUnsafeBufferPointer { Schema.actors[field].reader($0.baseAddress! + row) }
        case .disputes: return disputes.withUnsafeBufferPointer { Schema.disputes[field].reader($0.baseAddress! + row) }
        }
    }

    // MARK: - Building

    private static func actorRows(_ loaded: [LoadedArticle], actors: ClaimTable.Actors, aliases: AliasTable) -> [ActorRow] {
        struct Tally {
            var row: ActorRow
            var lowered: String
            var lastArticle = 0
            var written: [String: Int] = [:]
            var countries: [String: Int] = [:]
            var orgs: [String: Int] = [:]
        }
        /// A speaker as written, before any comma of an apposition ("Jane Doe, a spokeswoman"),
        /// lowercased, and whether it can be an alias at all: worked out once a distinct speaker.
        struct Written {
            var text: String
            var lowered: String
        }
        var writtenOf: [String: Written?] = [:]
        var tallies: [Tally] = []
        var number: [String: Int] = [:]  // actor → its tally, in order of first claim
        var i = 0, article = 0
        loaded.forEachInPlace { item in
            article += 1
            let date = item.pointee.article.date
            let claims = item.pointee.claims
            for c in claims.indices {
                defer { i += 1 }
                let actor = actors[i]
                guard !actor.isEmpty else { continue }
                let n: Int
                if let known = number[actor] {
                    n = known
                } else {
                    n = tallies.count
                    number[actor] = n
                    tallies.append(
                        Tally(
                            row: ActorRow(
                                name: actor, kind: claims.actorKind(c), country: "", org: "", aliases: [], claims: 0, articles: 0, first: date,
                                last: date),
                            lowered: TextMatching.lowered(actor)))
                }
                tallies[n].row.claims += 1
                // Claims come in article order: an actor's next article is one it was not in yet.
                if article != tallies[n].lastArticle {
                    tallies[n].lastArticle = article
                    tallies[n].row.articles += 1
                }
                if !date.isEmpty {
                    if tallies[n].row.first.isEmpty || date < tallies[n].row.first { tallies[n].row.first = date }
                    if date > tallies[n].row.last { tallies[n].row.last = date }
                }
                let speaker = claims.string(c, .speaker)
                let written: Written?
                if let known = writtenOf[speaker] {
                    written = known
                } else {
                    let utf8 = speaker.utf8
                    let text = String(speaker[..<(utf8.firstIndex(of: 44) ?? utf8.endIndex)]).trimmingSpaces
                    let lowered = TextMatching.lowered(text)
                    written = text.count > 1 && !SpeakerPhrase.pronouns.contains(lowered) ? Written(text: text, lowered: lowered) : nil
                    writtenOf[speaker] = written
                }
                if let written, written.lowered != tallies[n].lowered { tallies[n].written[written.text, default: 0] += 1 }
                if claims.withBytes(c, .country, { !$0.isEmpty }) { tallies[n].countries[claims.string(c, .country), default: 0] += 1 }
                if claims.withBytes(c, .org, { !$0.isEmpty }) { tallies[n].orgs[claims.string(c, .org), default: 0] += 1 }
            }
        }
        let userAliases = Dictionary(aliases.entries.map { ($0.canonical.lowercased(), $0.aliases) }, uniquingKeysWith: +)
        return tallies.map { tally in
            var t = tally
            let name = t.row.name
            t.row.country = t.countries.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? ""
            t.row.org = t.orgs.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? ""
            if t.row.kind == .country && t.row.country.isEmpty { t.row.country = name }
            let written = t.written.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(8).map(\.key)
            t.row.aliases = (userAliases[name.lowercased()] ?? []) + written
            return t.row
        }
    }
}

/// A claim as the merge across articles sees it and leaves it: its actor and resolution
/// (changed by the merge), its actor's kind, and its speaker as written when that defines an
/// acronym ("the Atomic Energy Agency (IAEA)": the one use the merge has for it), else empty.
struct MergedClaim: ActorClaim, Sendable {
    var actor: String
    let actorKind: ActorKind
    let speaker: String
    var resolution: String

    /// Each claim of `loaded`, in load order, as its article left it. Claims repeat their
    /// actors, speakers and resolutions: each distinct one is made a string once and shared.
    static func of(_ loaded: [LoadedArticle]) -> [MergedClaim] {
        var merged: [MergedClaim] = []
        merged.reserveCapacity(loaded.reduce(0) { $0 + $1.claims.count })
        var actors = SharedStrings(), speakers = SharedStrings(), resolutions = SharedStrings()
        loaded.forEachInPlace { item in
            let claims = item.pointee.claims
            for c in claims.indices {
                merged.append(
                    MergedClaim(
                        actor: claims.withBytes(c, .actor) { actors.string($0) }, actorKind: claims.actorKind(c),
                        speaker: claims.withBytes(c, .speaker) { ActorName.mayDefineAcronym($0) ? speakers.string($0) : "" },
                        resolution: claims.withBytes(c, .resolution) { resolutions.string($0) }))
            }
        }
        return merged
    }
}

/// Strings made once per distinct text and handed out again.
struct SharedStrings {
    private var interner = TextInterner(capacity: 0)
    private var strings: [String] = []

    mutating func string(_ bytes: UnsafeRawBufferPointer) -> String {
        let n = Int(interner.number(bytes))
        if n == strings.count { strings.append(String(decoding: bytes, as: UTF8.self)) }
        return strings[n]
    }
}
