import Foundation
import GRDB

/// A corpus saved in SQLite, so that opening it again reads rows instead of extracting:
/// for each source file its real path, size, modification time and the newsq that read
/// it; its articles; their claims as extracted (the per-article actor kept apart from the
/// canonical one, so the whole-corpus steps can run again); and the actors and disputes
/// of the last load. Beside it, the claims' columns (`ClaimTable`), which an unchanged
/// reopen maps instead of reading rows. Opening re-reads only files that are new or
/// changed, drops the rows of files that are gone, and reads everything again when newsq's
/// version changes. All of it in one transaction: a load killed at any moment leaves the
/// previous store (the columns file, written after, is made again when it is not of it).
public struct SavedStore {
    /// Bumped when the tables change; a store with a larger number is from a newer newsq,
    /// one with a smaller is rebuilt. 2: claims say how they were found.
    static let schemaVersion = 3
    /// Claims are re-extracted when the extractor that read a file is another: another
    /// version, another build of it, or other models.
    static let extractorVersion = Version.current + " " + Extractor.fingerprint

    public let path: String

    public init(path: String) { self.path = path }

    /// `$XDG_CACHE_HOME/newsq/` (else `~/.cache/newsq/`), one store per set of real paths given.
    public static func defaultPath(for paths: [String]) -> String {
        let real = paths.map { path -> String in
            guard let resolved = realpath(path, nil) else { return path }
            defer { free(resolved) }
            return String(cString: resolved)
        }.sorted()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a of the joined real paths
        for byte in real.joined(separator: "\u{0}").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let name = (real.first.map { ($0 as NSString).lastPathComponent } ?? "corpus").filter { $0.isLetter || $0.isNumber || $0 == "-" }
        let folder = Environment.value("XDG_CACHE_HOME").map { $0 + "/newsq" } ?? Environment.home + "/.cache/newsq"
        return folder + "/" + (name.isEmpty ? "corpus" : String(name.prefix(40))) + "-" + String(hash, radix: 16) + ".sqlite"
    }

    /// What a load did, for `--stats`: files read again, kept and dropped.
    public struct Report: Sendable {
        public var extracted = 0
        public var kept = 0
        public var dropped = 0
        public var warning: String?
    }

    /// The corpus of `paths` from the store, reading again what changed; on a store that
    /// cannot be used, a warning, the file set aside, and a fresh store.
    public func load(_ paths: [String], aliases: AliasTable = AliasTable()) -> (store: Store, report: Report) {
        var report = Report()
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let queue: DatabaseQueue
            do {
                let opened = try open()
                queue = opened.queue
                if let older = opened.rebuiltFrom {
                    report.warning = "note: \(path): made by an older newsq (store version \(older)); rebuilt from the files"
                }
            } catch let problem as StoreProblem {
                report.warning = "warning: \(path): \(problem.reason); set aside as \(setAside()), reading the corpus afresh"
                queue = try open().queue
            }
            let store = try queue.write { db in
                // The files are walked while the store's are read.
                let (found, stored) = alongside({ StageClock.shared.time("walk") { FileWalker.files(paths) } }, { Result { try storedFiles(db) } })
                return try sync(db, files: found.stamps, stored: stored.get(), warnings: found.warnings, aliases: aliases, report: &report)
            }
            return (store, report)
        } catch {
            // The store cannot be written (a read-only folder, a full disk): the corpus still loads.
            report.warning = "warning: \(path): cannot be used (\(error)); reading the corpus without it"
            let loaded = ArticleLoader.load(paths)
            return (Store(loaded: loaded.articles, warnings: loaded.warnings, aliases: aliases), report)
        }
    }

    /// The claims' columns, beside the store: what an unchanged reopen maps instead of reading rows.
    var columnsPath: String { path + "-columns" }

    // MARK: - Opening

    struct StoreProblem: Error { var reason: String }

    /// The store, made or checked: a file that is no SQLite database, no newsq store, or
    /// one from a newer newsq is a problem the caller sets aside.
    /// `rebuiltFrom`: the version of an older store whose tables were dropped to be made anew.
    private func open() throws -> (queue: DatabaseQueue, rebuiltFrom: Int?) {
        var configuration = Configuration()
        // Another newsq loading the same corpus: wait for it rather than fail at once.
        configuration.busyMode = .timeout(10)
        let queue: DatabaseQueue
        var rebuiltFrom: Int?
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let version = try queue.read { db -> Int? in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tables.isEmpty { return nil }
                guard tables.contains("newsq") else { throw StoreProblem(reason: "not a newsq store") }
                return try Int.fetchOne(db, sql: "SELECT value FROM newsq WHERE key = 'schema'")
            }
            if let version, version > Self.schemaVersion {
                throw StoreProblem(reason: "made by a newer newsq (store version \(version), this newsq reads \(Self.schemaVersion))")
            }
            if let version, version < Self.schemaVersion {
                // An older store's tables are not these: it is rebuilt once, from the files.
                try queue.write { db in
                    for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                        try db.execute(sql: "DROP TABLE \(table)")
                    }
                }
                rebuiltFrom = version
            }
            if version == nil || version! < Self.schemaVersion { try queue.write(Self.create) }
        } catch let problem as StoreProblem {
            throw problem
        } catch let error as DatabaseError {
            throw StoreProblem(reason: "not a readable SQLite database (\(error.resultCode))")
        }
        return (queue, rebuiltFrom)
    }

    /// Renames the store out of the way (`….bad`, `….bad-2`, …) and says where it went.
    private func setAside() -> String {
        var target = path + ".bad"
        var n = 1
        while FileManager.default.fileExists(atPath: target) {
            n += 1
            target = path + ".bad-\(n)"
        }
        rename(path, target)
        for suffix in ["-journal", "-wal", "-shm", "-columns"] { unlink(path + suffix) }
        return target
    }

    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE newsq (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE files (
                    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, modified REAL NOT NULL,
                    extractor TEXT NOT NULL, claims_file INTEGER NOT NULL, warnings TEXT NOT NULL);
                CREATE TABLE articles (
                    id INTEGER PRIMARY KEY, file INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE, path TEXT NOT NULL,
                    date TEXT NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL, words INTEGER NOT NULL,
                    text_bytes INTEGER NOT NULL);
                CREATE INDEX articles_file ON articles(file);
                CREATE TABLE claims (
                    id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    date TEXT NOT NULL, actor TEXT, article_actor TEXT NOT NULL, actor_kind TEXT NOT NULL, speaker TEXT NOT NULL,
                    role TEXT NOT NULL, org TEXT NOT NULL, country TEXT NOT NULL, cue TEXT NOT NULL, stance TEXT NOT NULL,
                    kind TEXT NOT NULL, text TEXT NOT NULL, sentence TEXT NOT NULL, line INTEGER NOT NULL,
                    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, resolution TEXT NOT NULL, found TEXT NOT NULL,
                    merged_resolution TEXT);
                CREATE INDEX claims_article ON claims(article);
                CREATE TABLE actors (
                    name TEXT PRIMARY KEY, kind TEXT NOT NULL, country TEXT NOT NULL, org TEXT NOT NULL, aliases TEXT NOT NULL,
                    claims INTEGER NOT NULL, articles INTEGER NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL);
                CREATE TABLE disputes (
                    id INTEGER PRIMARY KEY, a INTEGER NOT NULL, b INTEGER NOT NULL, actor_a TEXT, actor_b TEXT, date TEXT NOT NULL,
                    topic TEXT NOT NULL, why TEXT NOT NULL);
                """)
        try db.execute(sql: "INSERT INTO newsq VALUES ('format', 'newsq store'), ('schema', ?)", arguments: [Self.schemaVersion])
    }

    // MARK: - Loading

    /// Brings the store in line with `files` and reads the corpus from it, in the caller's transaction.
    private func sync(
        _ db: Database, files: [FileStamp], stored: [String: StoredFile], warnings found: [LoadWarning], aliases: AliasTable,
        report: inout Report
    ) throws -> Store {
        try db.execute(sql: "PRAGMA foreign_keys = ON")
        let wanted = Set(files.map(\.path))
        var stale: [Int64] = stored.filter { !wanted.contains($0.key) }.map(\.value.id)
        report.dropped = stale.count
        var fresh: [FileStamp] = []
        for file in files {
            if let known = stored[file.path], known.size == file.size, known.modified == file.modified, known.extractor == Self.extractorVersion {
                report.kept += 1
            } else {
                if let known = stored[file.path] { stale.append(known.id) }
                fresh.append(file)
            }
        }
        let order = files.map(\.path)
        // Nothing changed and the columns are those of these rows: nothing is read but the small tables.
        if fresh.isEmpty && stale.isEmpty,
            let store = try StageClock.shared.time("store read", { try readMapped(db, order: order, warnings: found, aliases: aliases) })
        {
            return store
        }
        // The claims of the files kept are read back from the last load's columns rather than
        // the rows, when those columns are of these rows: found before the rows change.
        let previous = report.kept > 0 ? StageClock.shared.time("store read") { try? previousColumns(db) } : nil
        if report.kept == 0 && !stored.isEmpty {
            // Nothing kept (another extractor read them all, say): the tables emptied at once, not a file at a time.
            try db.execute(sql: "DELETE FROM claims; DELETE FROM articles; DELETE FROM files")
        } else {
            for id in stale { try db.execute(sql: "DELETE FROM files WHERE id = ?", arguments: [id]) }
        }
        report.extracted = fresh.count
        var corpus: Corpus?
        var inserted: [Int64: (claims: ClaimPack, ids: [Int64])] = [:]
        if !fresh.isEmpty {
            let loaded = ArticleLoader.load(files: fresh.map(\.path))
            let ids = try StageClock.shared.time("store write") { try insert(db, fresh, loaded) }
            if report.kept == 0 {
                // Every file was read just now: the corpus is what was inserted, in the order a
                // read gives it (claims files' articles last), not read back.
                let order = loaded.indices.sorted { (loaded[$0].isClaimsFile ? 1 : 0, $0) < (loaded[$1].isClaimsFile ? 1 : 0, $1) }
                let articles = order.flatMap { loaded[$0].articles }
                corpus = Corpus(
                    articles: articles, warnings: order.flatMap { loaded[$0].warnings }, articleIDs: order.flatMap { ids[$0].map(\.article) },
                    claimIDs: order.flatMap { ids[$0].flatMap(\.claims) },
                    stored: articles.flatMap { $0.claims.map { (actor: $0.actor, resolution: $0.resolution) } })
            } else {
                for (file, fileIDs) in zip(loaded, ids) {
                    for (item, id) in zip(file.articles, fileIDs) { inserted[id.article] = (item.claims, id.claims) }
                }
            }
        }
        if corpus == nil, let previous {
            corpus = try StageClock.shared.time("store read") { try read(db, order: order, kept: previous, inserted: inserted) }
        }
        let saved = try corpus ?? StageClock.shared.time("store read") { try read(db, order: order) }
        let generation = UInt64.random(in: 1...UInt64.max)
        let key = Self.key(generation, order: order)
        // Unchanged files, and the actors merged with these aliases, but no columns for them:
        // the whole-corpus results are read, the columns made from the rows.
        if fresh.isEmpty && stale.isEmpty, let wide = try StageClock.shared.time("store read", { try readCorpusWide(db, aliases: aliases, order: order) }) {
            let rowOf = Dictionary(saved.claimIDs.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })
            if let disputes = Self.disputes(wide.disputes, row: { rowOf[$0] }) {
                var merged = MergedClaim.of(saved.articles)
                for (i, m) in saved.stored.enumerated() {
                    merged[i].actor = m.actor
                    merged[i].resolution = m.resolution
                }
                let columns = StageClock.shared.time("columns") { ClaimTable(ClaimTable.unmerged(saved.articles), merged: ClaimTable.Merged(merged), indexed: Store.indexed) }
                let writer = ColumnsWriter(path: columnsPath, key: key)
                writer.start(columns)
                let store = Store(
                    articles: Store.articleRows(saved.articles), claims: columns, actors: wide.actors, disputes: disputes, directory: wide.directory,
                    warnings: found + saved.warnings, aliases: aliases)
                try save(writer) { try saveGeneration(db, generation, key: key, store: store, corpus: saved) }
                return store
            }
        }
        let kept = saved.previous == nil ? nil : try StageClock.shared.time("store read") { try keptDisputes(db, saved) }
        let writer = ColumnsWriter(path: columnsPath, key: key)
        let store = Store(
            loaded: saved.articles, warnings: found + saved.warnings, aliases: aliases, kept: kept, previous: saved.previous, columnsMade: writer.start)
        try save(writer) {
            try saveCorpusWide(db, store: store, corpus: saved, order: order)
            try saveGeneration(db, generation, key: key, store: store, corpus: saved)
        }
        return store
    }

    /// Runs `save` (the whole-corpus results, in the transaction) while the claims' columns are
    /// written beside the store, and waits for the file before the transaction commits.
    private func save(_ writer: ColumnsWriter, _ save: () throws -> Void) throws {
        defer { writer.wait() }
        try StageClock.shared.time("store write", save)
    }

    /// For each article of `corpus` the last load kept (its claims read from the last columns)
    /// whose claims' actors the merge leaves as they were, the disputes that load found in it
    /// (their claims as rows of `corpus`): its disputes are found in it alone, from its claims
    /// and their actors.
    private func keptDisputes(_ db: Database, _ corpus: Corpus) throws -> (_ article: Int, _ actors: ClaimTable.Actors) -> [DisputeRow]? {
        let saved = try savedDisputes(db)
        // The rows of the claims they name (store ids), found in one pass over the corpus.
        let named = Set(saved.flatMap { [Int64($0.a), Int64($0.b)] })
        var rowOf: [Int64: Int] = [:]
        for (row, id) in corpus.claimIDs.enumerated() where named.contains(id) { rowOf[id] = row }
        let first = runStarts(corpus.articles.lazy.map(\.claims.count))  // each article's first row
        var byArticle: [Int: [DisputeRow]] = [:]
        for var d in saved {
            guard let a = rowOf[Int64(d.a)], let b = rowOf[Int64(d.b)] else { continue }
            (d.a, d.b) = (a + 1, b + 1)
            let article = first.partitioningIndex { $0 > b } - 1
            byArticle[article, default: []].append(d)
        }
        let keptRows = corpus.previous?.rows
        return { article, actors in
            guard keptRows?[article] != nil else { return nil }
            for row in first[article]..<first[article + 1] where actors[row] != corpus.stored[row].actor { return nil }
            return byArticle[article] ?? []
        }
    }

    /// The corpus as a load gives it, with the store ids of its articles and claims, and each
    /// claim's actor and resolution as the store holds them now (as the last merge left them,
    /// or the article's own for a claim just inserted): the merge writes only what it changes.
    private struct Corpus {
        var articles: [LoadedArticle]
        var warnings: [LoadWarning]
        var articleIDs: [Int64]
        var claimIDs: [Int64]
        var stored: [(actor: String, resolution: String)]
        /// The last load's columns and each article's rows there, when its claims were read from them.
        var previous: ClaimTable.Previous?
    }

    /// A file as the store last read it.
    struct StoredFile { var id: Int64; var size: Int64; var modified: Double; var extractor: String }

    /// The files the store holds, by path.
    private func storedFiles(_ db: Database) throws -> [String: StoredFile] {
        var stored: [String: StoredFile] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, path, size, modified, extractor FROM files") {
            stored[row["path"]] = StoredFile(id: row["id"], size: row["size"], modified: row["modified"], extractor: row["extractor"])
        }
        return stored
    }

    /// What ties the columns file to the rows and their order: the generation the rows were
    /// saved under and the files in the order given (another order numbers the claims otherwise).
    private static func key(_ generation: UInt64, order: [String]) -> UInt64 {
        FeatureHash.hash(String(generation) + "\u{0}" + order.joined(separator: "\u{0}"))
    }

    /// The generation of the whole-corpus results and the key of the columns made of them; the
    /// disputes' claims as row numbers of these columns (the disputes table names them by store
    /// id); and the store ids of the columns' articles and claims, so a later load can read the
    /// claims of files it keeps from these columns.
    private func saveGeneration(_ db: Database, _ generation: UInt64, key: UInt64, store: Store, corpus: Corpus) throws {
        let rows = store.disputes.flatMap { [UInt32($0.a), UInt32($0.b)] }.map(\.littleEndian)
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO newsq VALUES ('generation', ?), ('dispute rows', ?), ('columns key', ?), ('column article runs', ?), ('column claim runs', ?);
                DELETE FROM newsq WHERE key IN ('column articles', 'column claims')
                """,
            arguments: [
                String(generation), rows.withUnsafeBytes { Data($0) }, String(key), Self.runs(corpus.articleIDs), Self.runs(corpus.claimIDs),
            ])
    }

    /// Store ids as a BLOB of their runs of consecutive ids, each its first id and its length
    /// (little-endian 64-bit): ids are given in runs (a file's articles, an article's claims), so a
    /// corpus's million claims take a few thousand runs, written again at each load.
    static func runs(_ ids: [Int64]) -> Data {
        var runs: [Int64] = []
        var i = 0
        while i < ids.count {
            var j = i + 1
            while j < ids.count, ids[j] == ids[j - 1] &+ 1 { j += 1 }
            runs += [ids[i].littleEndian, Int64(j - i).littleEndian]
            i = j
        }
        return runs.withUnsafeBytes { Data($0) }
    }

    /// The ids `runs` wrote; nil for a BLOB that is no such list.
    static func ids(runs data: Data) -> [Int64]? {
        data.withUnsafeBytes { raw -> [Int64]? in
            guard raw.count % 16 == 0 else { return nil }
            var ids: [Int64] = []
            for n in 0..<(raw.count / 16) {
                let first = Int64(littleEndian: raw.loadUnaligned(fromByteOffset: 16 * n, as: Int64.self))
                let count = Int64(littleEndian: raw.loadUnaligned(fromByteOffset: 16 * n + 8, as: Int64.self))
                guard count > 0, count <= Int64(Int32.max), first <= Int64.max - (count - 1) else { return nil }
                ids += first...(first + (count - 1))
            }
            return ids
        }
    }

    /// The last load's columns, when the file is the one its rows were saved with: the table, its
    /// rows by article store id, and its claims' store ids. Nil when there is none to use.
    private func previousColumns(_ db: Database) throws -> (table: ClaimTable, rows: [Int64: Range<Int>], claimIDs: [Int64])? {
        guard let key = try String.fetchOne(db, sql: "SELECT value FROM newsq WHERE key = 'columns key'").flatMap({ UInt64($0) }),
            let articles = try Data.fetchOne(db, sql: "SELECT value FROM newsq WHERE key = 'column article runs'").flatMap(Self.ids),
            let claimIDs = try Data.fetchOne(db, sql: "SELECT value FROM newsq WHERE key = 'column claim runs'").flatMap(Self.ids),
            let table = ClaimTable.mapped(columnsPath, key: key), table.count == claimIDs.count
        else { return nil }
        // Each article's claims are a run of rows, in article order (none for an article without claims).
        var rows = Dictionary(articles.map { ($0, 0..<0) }, uniquingKeysWith: { first, _ in first })
        var start = 0
        for row in 0...table.count where row == table.count || (row > start && table.number(row, .article) != table.number(start, .article)) {
            guard start < row else { break }
            let n = table.number(start, .article) - 1
            guard articles.indices.contains(n), rows[articles[n]]?.isEmpty == true else { return nil }
            rows[articles[n]] = start..<row
            start = row
        }
        return (table, rows, claimIDs)
    }

    /// The corpus from the mapped columns and the small tables, when the columns file is of
    /// this generation and order and the results were merged with these aliases; else nil.
    private func readMapped(_ db: Database, order: [String], warnings found: [LoadWarning], aliases: AliasTable) throws -> Store? {
        guard let generation = try String.fetchOne(db, sql: "SELECT value FROM newsq WHERE key = 'generation'").flatMap({ UInt64($0) }),
            let table = ClaimTable.mapped(columnsPath, key: Self.key(generation, order: order)),
            let saved = try readCorpusWide(db, aliases: aliases, order: order),
            let pairs = try Data.fetchOne(db, sql: "SELECT value FROM newsq WHERE key = 'dispute rows'"), pairs.count == 8 * saved.disputes.count
        else { return nil }
        let (articles, _, warnings) = try readArticles(db, order: order)
        // Each article's claims are a run of rows: their lengths from the article column.
        var counts = [Int](repeating: 0, count: articles.count)
        for row in 0..<table.count {
            let n = table.number(row, .article) - 1
            guard counts.indices.contains(n) else { return nil }
            counts[n] += 1
        }
        let first = runStarts(counts)
        let articleRows = articles.enumerated().map { n, item in ArticleRow(id: n + 1, item, claimIDs: (first[n] + 1)..<(first[n + 1] + 1)) }
        let rows = pairs.withUnsafeBytes { raw in (0..<(pairs.count / 4)).map { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * $0, as: UInt32.self))) } }
        guard rows.allSatisfy({ $0 >= 1 && $0 <= table.count }) else { return nil }
        var disputes = saved.disputes
        for i in disputes.indices {
            disputes[i].a = rows[2 * i]
            disputes[i].b = rows[2 * i + 1]
        }
        return Store(
            articles: articleRows, claims: table, actors: saved.actors, disputes: disputes, directory: saved.directory,
            warnings: found + warnings, aliases: aliases)
    }

    /// `disputes` as the disputes table names their claims (store ids), by row number; nil when one is gone.
    private static func disputes(_ disputes: [DisputeRow], row: (Int64) -> Int?) -> [DisputeRow]? {
        var out = disputes
        for i in out.indices {
            guard let a = row(Int64(out[i].a)), let b = row(Int64(out[i].b)) else { return nil }
            out[i].a = a
            out[i].b = b
        }
        return out
    }

    /// Each file's rows; returns the store ids of each file's articles and their claims, in order.
    private func insert(
        _ db: Database, _ files: [FileStamp], _ loaded: [ArticleLoader.LoadedFile]
    ) throws -> [[(article: Int64, claims: [Int64])]] {
        let fileRow = try db.makeStatement(
            sql: "INSERT INTO files (path, size, modified, extractor, claims_file, warnings) VALUES (?, ?, ?, ?, ?, ?)")
        let articleRow = try db.makeStatement(
            sql: "INSERT INTO articles (file, path, date, title, source, url, words, text_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        let claimRow = try db.makeStatement(
            sql: """
                INSERT INTO claims (article, date, actor, article_actor, actor_kind, speaker, role, org, country, cue, stance, kind,
                text, sentence, line, span_start, span_end, resolution, found) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        var ids: [[(article: Int64, claims: [Int64])]] = []
        for (file, content) in zip(files, loaded) {
            ids.append([])
            let warnings = content.warnings.map { "\($0.path)\u{1F}\($0.reason)" }.joined(separator: "\u{1E}")
            try fileRow.execute(arguments: [file.path, file.size, file.modified, Self.extractorVersion, content.isClaimsFile, warnings])
            let fileID = db.lastInsertedRowID
            for item in content.articles {
                let a = item.article
                try articleRow.execute(arguments: [fileID, a.path, a.date, a.title, a.source, a.url, item.words, item.textBytes])
                let articleID = db.lastInsertedRowID
                ids[ids.count - 1].append((articleID, []))
                for c in item.claims {
                    try claimRow.execute(arguments: [
                        articleID, a.date, c.actor.isEmpty ? nil : c.actor, c.actor, c.actorKind.rawValue, c.speaker, c.role, c.org,
                        c.country, c.cue, c.stance.rawValue, c.kind.rawValue, c.text, c.sentence, c.line, c.span.lowerBound,
                        c.span.upperBound, c.resolution, c.found,
                    ])
                    ids[ids.count - 1][ids[ids.count - 1].count - 1].claims.append(db.lastInsertedRowID)
                }
            }
        }
        return ids
    }

    /// The corpus as a load of the files gives it (`readArticles`), with its claims read from the rows.
    private func read(_ db: Database, order: [String]) throws -> Corpus {
        let (read, articleIDs, warnings) = try readArticles(db, order: order)
        var articles = read
        let position = Dictionary(uniqueKeysWithValues: articleIDs.enumerated().map { ($1, $0) })
        var ids = [[Int64]](repeating: [], count: articles.count)
        var stored = [[(actor: String, resolution: String)]](repeating: [], count: articles.count)
        // Each claim appended in place to its article (a claim is never copied on the way: a corpus has hundreds of thousands).
        let claims = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, article, article_actor, actor_kind, speaker, role, org, country, cue, stance, kind, text, sentence,
                line, span_start, span_end, resolution, found, actor, merged_resolution FROM claims ORDER BY id
                """)
        while let row = try claims.next() {
            guard let n = position[row[1]] else { continue }
            let resolution: String = row[16]
            articles[n].claims.append(
                ExtractedClaim(
                    speaker: row[4], actor: row[2], actorKind: ActorKind(rawValue: row[3]) ?? .unknown, role: row[5], org: row[6],
                    country: row[7], cue: row[8], stance: Stance(rawValue: row[9]) ?? .assert, kind: ClaimKind(rawValue: row[10]) ?? .indirect,
                    text: row[11], sentence: row[12], line: row[13], span: (row[14] as Int)..<max(row[14] as Int, row[15] as Int),
                    resolution: resolution, found: row[17]))
            ids[n].append(row[0])
            // The claim as the whole corpus left it: its merged actor, and how the merge reached it.
            stored[n].append((actor: (row[18] as String?) ?? "", resolution: (row[19] as String?) ?? resolution))
        }
        for n in articles.indices { articles[n].claims.tighten() }
        return Corpus(articles: articles, warnings: warnings, articleIDs: articleIDs, claimIDs: ids.flatMap { $0 }, stored: stored.flatMap { $0 })
    }

    /// The corpus with the claims of kept articles read from the last load's columns and those of
    /// articles just inserted as extracted; nil when an article is in neither.
    private func read(
        _ db: Database, order: [String], kept previous: (table: ClaimTable, rows: [Int64: Range<Int>], claimIDs: [Int64]),
        inserted: [Int64: (claims: ClaimPack, ids: [Int64])]
    ) throws -> Corpus? {
        var (articles, articleIDs, warnings) = try readArticles(db, order: order)
        var claimIDs: [Int64] = [], stored: [(actor: String, resolution: String)] = []
        // Each article's rows in the last columns, for an article kept. An article inserted just
        // now may have the id of one deleted just before (SQLite gives the highest id again):
        // it is the new one.
        let rowsOf = articleIDs.map { inserted[$0] == nil ? previous.rows[$0] : nil }
        // The kept articles' claims made over the cores, in runs of articles a reader each.
        let runs = stride(from: 0, to: articleIDs.count, by: 2048).map { $0..<min($0 + 2048, articleIDs.count) }
        let kept = parallelMap(runs, chunk: 1) { run in
            var reader = ClaimTable.Reader(previous.table)
            return run.map { n in
                rowsOf[n].map { rows in
                    (claims: reader.pack(rows), stored: rows.map { (actor: reader.text($0, .actor), resolution: reader.text($0, .resolution)) })
                }
            }
        }.flatMap { $0 }
        for (n, id) in articleIDs.enumerated() {
            if let rows = rowsOf[n], let claims = kept[n] {
                articles[n].claims = claims.claims
                claimIDs += rows.map { previous.claimIDs[$0] }
                stored += claims.stored
            } else if let new = inserted[id] {
                articles[n].claims = new.claims
                claimIDs += new.ids
                stored += new.claims.map { (actor: $0.actor, resolution: $0.resolution) }
            } else {
                return nil
            }
        }
        return Corpus(
            articles: articles, warnings: warnings, articleIDs: articleIDs, claimIDs: claimIDs, stored: stored,
            previous: ClaimTable.Previous(table: previous.table, rows: rowsOf))
    }

    /// The articles as a load of the files gives them, without their claims: files in the order
    /// found (claims files' articles after the rest), articles in the order read; with their
    /// store ids, and the files' warnings.
    private func readArticles(_ db: Database, order: [String]) throws -> (articles: [LoadedArticle], ids: [Int64], warnings: [LoadWarning]) {
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        struct FileRow { var id: Int64; var rank: Int; var claimsFile: Bool; var warnings: String }
        let fileRows = try Row.fetchAll(db, sql: "SELECT id, path, claims_file, warnings FROM files").map {
            FileRow(id: $0["id"], rank: rank[$0["path"] as String] ?? Int.max, claimsFile: $0["claims_file"], warnings: $0["warnings"])
        }.sorted { ($0.claimsFile ? 1 : 0, $0.rank) < ($1.claimsFile ? 1 : 0, $1.rank) }
        var articles: [LoadedArticle] = [], ids: [Int64] = [], fileOf: [Int64] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, file, path, date, title, source, url, words, text_bytes FROM articles ORDER BY id")
        while let row = try rows.next() {
            articles.append(
                LoadedArticle(
                    path: row[2], date: row[3], title: row[4], source: row[5], url: row[6], words: row[7], textBytes: row[8], claims: ClaimPack()))
            ids.append(row[0])
            fileOf.append(row[1])
        }
        // Articles by file, in file order (articles in id order within a file).
        var articlesOfFile: [Int64: [Int]] = [:]
        for (n, file) in fileOf.enumerated() { articlesOfFile[file, default: []].append(n) }
        let order = fileRows.flatMap { articlesOfFile[$0.id] ?? [] }
        var warnings: [LoadWarning] = []
        for file in fileRows where !file.warnings.isEmpty {
            for entry in file.warnings.split(separator: "\u{1E}") {
                let parts = entry.split(separator: "\u{1F}", maxSplits: 1)
                warnings.append(LoadWarning(path: String(parts[0]), reason: parts.count > 1 ? String(parts[1]) : ""))
            }
        }
        return (order.map { articles[$0] }, order.map { ids[$0] }, warnings)
    }

    /// The whole-corpus results as `saveCorpusWide` left them, when they were made with these
    /// aliases: the actors in their order, the disputes (their claims by store id), the
    /// directory. Nil when they must be made again.
    private func readCorpusWide(
        _ db: Database, aliases: AliasTable, order: [String]
    ) throws -> (actors: [ActorRow], disputes: [DisputeRow], directory: ActorDirectory)? {
        guard try String.fetchOne(db, sql: "SELECT value FROM newsq WHERE key = 'aliases'") == Self.fingerprint(aliases),
            try String.fetchOne(db, sql: "SELECT value FROM newsq WHERE key = 'order'") == Self.fingerprint(order),
            let json = try String.fetchOne(db, sql: "SELECT value FROM newsq WHERE key = 'directory'"),
            let saved = try? JSONDecoder().decode(ActorDirectory.Saved.self, from: Data(json.utf8))
        else { return nil }
        let actors = try Row.fetchAll(db, sql: "SELECT name, kind, country, org, aliases, claims, articles, first, last FROM actors ORDER BY rowid").map {
            row in
            ActorRow(
                name: row[0], kind: ActorKind(rawValue: row[1]) ?? .unknown, country: row[2], org: row[3],
                aliases: (row[4] as String).isEmpty ? [] : (row[4] as String).components(separatedBy: ActorRow.aliasSeparator), claims: row[5], articles: row[6],
                first: row[7], last: row[8])
        }
        return (actors, try savedDisputes(db), ActorDirectory(saved: saved, aliases: aliases))
    }

    /// The disputes table as `saveCorpusWide` left it, their claims by store id.
    private func savedDisputes(_ db: Database) throws -> [DisputeRow] {
        try Row.fetchAll(db, sql: "SELECT id, a, b, actor_a, actor_b, date, topic, why FROM disputes ORDER BY id").map { row in
            DisputeRow(
                id: row[0], a: row[1], b: row[2], actorA: (row[3] as String?) ?? "", actorB: (row[4] as String?) ?? "", date: row[5],
                topic: row[6], texts: .given(a: "", b: ""), why: row[7])
        }
    }

    /// The files in the order given, as one text: the actors and disputes come in the order of
    /// their claims, and the claims in the order of the files.
    private static func fingerprint(_ order: [String]) -> String { String(FeatureHash.hash(order.joined(separator: "\u{0}"))) }

    /// The analysts' aliases as one text, to tell whether saved results were made with them.
    private static func fingerprint(_ aliases: AliasTable) -> String {
        aliases.entries.map { ([$0.canonical] + $0.aliases).joined(separator: "\u{1F}") }.joined(separator: "\u{1E}")
    }

    /// The whole-corpus results written back, for sqlite3 and friends: each claim's canonical
    /// actor, the actors table and the disputes (by store claim ids); and for newsq, the
    /// directory and the claims' indexes.
    private func saveCorpusWide(_ db: Database, store: Store, corpus: Corpus, order: [String]) throws {
        // Only the claims whose actor or resolution the merge changed from what the store holds.
        let update = try db.makeStatement(sql: "UPDATE claims SET actor = ?, merged_resolution = ? WHERE id = ?")
        var claims = ClaimTable.Reader(store.claims)
        for (row, id) in corpus.claimIDs.enumerated() {
            let actor = claims.text(row, .actor), resolution = claims.text(row, .resolution)
            guard actor != corpus.stored[row].actor || resolution != corpus.stored[row].resolution else { continue }
            let own = claims.text(row, .articleResolution)
            try update.execute(arguments: [actor.isEmpty ? nil : actor, own == resolution ? nil : resolution, id])
        }
        let directory = String(decoding: try JSONEncoder().encode(store.actorDirectory.saved), as: UTF8.self)
        try db.execute(
            sql: "INSERT OR REPLACE INTO newsq VALUES ('directory', ?), ('aliases', ?), ('order', ?)",
            arguments: [directory, Self.fingerprint(store.aliasTable), Self.fingerprint(order)])
        // The claims' indexes an earlier newsq kept here live in the columns file now.
        try db.execute(sql: "DELETE FROM actors; DELETE FROM disputes; DELETE FROM newsq WHERE key = 'claim indexes'")
        let actor = try db.makeStatement(sql: "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for a in store.actors {
            try actor.execute(arguments: [
                a.name, a.kind.rawValue, a.country, a.org, a.aliases.joined(separator: ActorRow.aliasSeparator), a.claims, a.articles, a.first, a.last,
            ])
        }
        let dispute = try db.makeStatement(sql: "INSERT INTO disputes VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for d in store.disputes {
            try dispute.execute(arguments: [
                d.id, corpus.claimIDs[d.a - 1], corpus.claimIDs[d.b - 1], d.actorA.isEmpty ? nil : d.actorA, d.actorB.isEmpty ? nil : d.actorB, d.date,
                d.topic, d.why,
            ])
        }
    }
}
