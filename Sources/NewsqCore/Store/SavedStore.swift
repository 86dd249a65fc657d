import Foundation
import GRDB

/// A corpus saved in SQLite, so that opening it again reads rows instead of extracting:
/// for each source file its real path, size, modification time and the newsq that read
/// it; its articles; their claims as extracted (the per-article actor kept apart from the
/// canonical one, so the whole-corpus steps can run again); and the actors and disputes
/// of the last load. Opening re-reads only files that are new or changed, drops the rows
/// of files that are gone, and reads everything again when newsq's version changes. All
/// of it in one transaction: a load killed at any moment leaves the previous store.
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

    /// The articles of `paths` from the store, reading again what changed; on a store that
    /// cannot be used, a warning, the file set aside, and a fresh store.
    /// `store`: the corpus built already when the load changed the saved one (its whole-corpus
    /// results are saved from it), so the caller need not build it again.
    public func load(
        _ paths: [String], aliases: AliasTable = AliasTable()
    ) -> (
        articles: [LoadedArticle], warnings: [LoadWarning], report: Report, store: Store?
    ) {
        var report = Report()
        let found = StageClock.shared.time("walk") { FileWalker.files(paths) }
        let files = found.stamps
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
            let result = try queue.write { db in try sync(db, files: files, warnings: found.warnings, aliases: aliases, report: &report) }
            return (result.articles, found.warnings + result.warnings, report, result.store)
        } catch {
            // The store cannot be written (a read-only folder, a full disk): the corpus still loads.
            report.warning = "warning: \(path): cannot be used (\(error)); reading the corpus without it"
            let loaded = ArticleLoader.load(paths)
            return (loaded.articles, loaded.warnings, report, nil)
        }
    }

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
        for suffix in ["-journal", "-wal", "-shm"] { unlink(path + suffix) }
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
        _ db: Database, files: [FileStamp], warnings found: [LoadWarning], aliases: AliasTable, report: inout Report
    ) throws
        -> (articles: [LoadedArticle], warnings: [LoadWarning], store: Store?)
    {
        try db.execute(sql: "PRAGMA foreign_keys = ON")
        struct Stored { var id: Int64; var size: Int64; var modified: Double; var extractor: String }
        var stored: [String: Stored] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, path, size, modified, extractor FROM files") {
            stored[row["path"]] = Stored(id: row["id"], size: row["size"], modified: row["modified"], extractor: row["extractor"])
        }
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
        for id in stale { try db.execute(sql: "DELETE FROM files WHERE id = ?", arguments: [id]) }
        report.extracted = fresh.count
        var inserted: (articles: [LoadedArticle], warnings: [LoadWarning], claimIDs: [Int64])?
        if !fresh.isEmpty {
            let loaded = ArticleLoader.load(files: fresh.map(\.path))
            let ids = try StageClock.shared.time("store write") { try insert(db, fresh, loaded) }
            if report.kept == 0 {
                // Every file was read just now: the corpus is what was inserted, in the order a
                // read gives it (claims files' articles last), not read back.
                let order = loaded.indices.sorted { (loaded[$0].isClaimsFile ? 1 : 0, $0) < (loaded[$1].isClaimsFile ? 1 : 0, $1) }
                inserted = (order.flatMap { loaded[$0].articles }, order.flatMap { loaded[$0].warnings }, order.flatMap { ids[$0] })
            }
        }
        let (articles, warnings, claimIDs, merged) =
            try inserted.map { ($0.articles, $0.warnings, $0.claimIDs, []) }
            ?? StageClock.shared.time("store read") { try read(db, order: files.map(\.path)) }
        // Unchanged files, and the actors merged with these aliases: the whole-corpus results are read, not made again.
        if fresh.isEmpty && stale.isEmpty,
            let saved = try StageClock.shared.time("store read", { try readCorpusWide(db, aliases: aliases, claimIDs: claimIDs) })
        {
            let store = Store(
                saved: articles, merged: merged, actors: saved.actors, disputes: saved.disputes, directory: saved.directory,
                claimIndexes: saved.claimIndexes, warnings: found + warnings, aliases: aliases)
            return (articles, warnings, store)
        }
        let store = Store(loaded: articles, warnings: found + warnings, aliases: aliases)
        try StageClock.shared.time("store write") { try saveCorpusWide(db, store: store, articles: articles, claimIDs: claimIDs) }
        return (articles, warnings, store)
    }

    /// Each file's rows; returns each file's claim ids, in order.
    private func insert(_ db: Database, _ files: [FileStamp], _ loaded: [ArticleLoader.LoadedFile]) throws -> [[Int64]] {
        let fileRow = try db.makeStatement(
            sql: "INSERT INTO files (path, size, modified, extractor, claims_file, warnings) VALUES (?, ?, ?, ?, ?, ?)")
        let articleRow = try db.makeStatement(
            sql: "INSERT INTO articles (file, path, date, title, source, url, words, text_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        let claimRow = try db.makeStatement(
            sql: """
                INSERT INTO claims (article, date, actor, article_actor, actor_kind, speaker, role, org, country, cue, stance, kind,
                text, sentence, line, span_start, span_end, resolution, found) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        var ids: [[Int64]] = []
        for (file, content) in zip(files, loaded) {
            ids.append([])
            let warnings = content.warnings.map { "\($0.path)\u{1F}\($0.reason)" }.joined(separator: "\u{1E}")
            try fileRow.execute(arguments: [file.path, file.size, file.modified, Self.extractorVersion, content.isClaimsFile, warnings])
            let fileID = db.lastInsertedRowID
            for item in content.articles {
                let a = item.article
                try articleRow.execute(arguments: [fileID, a.path, a.date, a.title, a.source, a.url, item.words, item.textBytes])
                let articleID = db.lastInsertedRowID
                for c in item.claims {
                    try claimRow.execute(arguments: [
                        articleID, a.date, c.actor.isEmpty ? nil : c.actor, c.actor, c.actorKind.rawValue, c.speaker, c.role, c.org,
                        c.country, c.cue, c.stance.rawValue, c.kind.rawValue, c.text, c.sentence, c.line, c.span.lowerBound,
                        c.span.upperBound, c.resolution, c.found,
                    ])
                    ids[ids.count - 1].append(db.lastInsertedRowID)
                }
            }
        }
        return ids
    }

    /// The corpus as a load of the files gives it: files in the order found (claims files'
    /// articles after the rest), articles and claims in the order read; with the store's
    /// claim ids in the same order.
    private func read(_ db: Database, order: [String]) throws -> (
        articles: [LoadedArticle], warnings: [LoadWarning], claimIDs: [Int64], merged: [(actor: String, resolution: String)]
    ) {
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        struct FileRow { var id: Int64; var rank: Int; var claimsFile: Bool; var warnings: String }
        let fileRows = try Row.fetchAll(db, sql: "SELECT id, path, claims_file, warnings FROM files").map {
            FileRow(id: $0["id"], rank: rank[$0["path"] as String] ?? Int.max, claimsFile: $0["claims_file"], warnings: $0["warnings"])
        }.sorted { ($0.claimsFile ? 1 : 0, $0.rank) < ($1.claimsFile ? 1 : 0, $1.rank) }
        // The articles first, then each claim appended in place to its article (a claim is
        // never copied on the way: a corpus has hundreds of thousands).
        var articles: [LoadedArticle] = [], fileOf: [Int64] = [], position: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, file, path, date, title, source, url, words, text_bytes FROM articles ORDER BY id") {
            var article = Article(path: row[2], body: "")
            article.date = row[3]
            article.title = row[4]
            article.source = row[5]
            article.url = row[6]
            var loaded = LoadedArticle(article: article, claims: [], words: row[7])
            loaded.textBytes = row[8]
            position[row[0]] = articles.count
            articles.append(loaded)
            fileOf.append(row[1])
        }
        var ids = [[Int64]](repeating: [], count: articles.count)
        var merged = [[(actor: String, resolution: String)]](repeating: [], count: articles.count)
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
            merged[n].append((actor: (row[18] as String?) ?? "", resolution: (row[19] as String?) ?? resolution))
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
        return (order.map { articles[$0] }, warnings, order.flatMap { ids[$0] }, order.flatMap { merged[$0] })
    }

    /// The whole-corpus results as `saveCorpusWide` left them, when they were made with these
    /// aliases: the actors in their order, the disputes with their claims' row numbers, the
    /// directory. Nil when they must be made again.
    private func readCorpusWide(
        _ db: Database, aliases: AliasTable, claimIDs: [Int64]
    ) throws -> (actors: [ActorRow], disputes: [DisputeRow], directory: ActorDirectory, claimIndexes: [Int: EqualityIndex]?)? {
        guard try String.fetchOne(db, sql: "SELECT value FROM newsq WHERE key = 'aliases'") == Self.fingerprint(aliases),
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
        let rowOf = Dictionary(claimIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var disputes: [DisputeRow] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, a, b, actor_a, actor_b, date, topic, why FROM disputes ORDER BY id") {
            guard let a = rowOf[row[1]], let b = rowOf[row[2]] else { return nil }
            disputes.append(
                DisputeRow(
                    id: row[0], a: a + 1, b: b + 1, actorA: (row[3] as String?) ?? "", actorB: (row[4] as String?) ?? "", date: row[5],
                    topic: row[6], textA: "", textB: "", why: row[7]))
        }
        let claimIndexes = try Data.fetchOne(db, sql: "SELECT value FROM newsq WHERE key = 'claim indexes'").flatMap {
            SavedIndexes.decode($0, claimIDs: claimIDs)
        }
        return (actors, disputes, ActorDirectory(saved: saved, aliases: aliases), claimIndexes)
    }

    /// The analysts' aliases as one text, to tell whether saved results were made with them.
    private static func fingerprint(_ aliases: AliasTable) -> String {
        aliases.entries.map { ([$0.canonical] + $0.aliases).joined(separator: "\u{1F}") }.joined(separator: "\u{1E}")
    }

    /// The whole-corpus results written back, for sqlite3 and friends: each claim's canonical
    /// actor, the actors table and the disputes (by store claim ids); and for newsq, the
    /// directory and the claims' indexes.
    private func saveCorpusWide(_ db: Database, store: Store, articles: [LoadedArticle], claimIDs: [Int64]) throws {
        // Each claim's actor as its article resolved it, then the ones the merge changed.
        try db.execute(
            sql: """
                UPDATE claims SET actor = nullif(article_actor, ''), merged_resolution = NULL
                WHERE actor IS NOT nullif(article_actor, '') OR merged_resolution IS NOT NULL
                """)
        let update = try db.makeStatement(sql: "UPDATE claims SET actor = ?, merged_resolution = ? WHERE id = ?")
        for ((before, after), id) in zip(zip(articles.lazy.flatMap(\.claims), store.claims), claimIDs)
        where before.actor != after.actor || before.resolution != after.resolution {
            try update.execute(arguments: [
                after.actor.isEmpty ? nil : after.actor, before.resolution == after.resolution ? nil : after.resolution, id,
            ])
        }
        let directory = String(decoding: try JSONEncoder().encode(store.actorDirectory.saved), as: UTF8.self)
        try db.execute(
            sql: "INSERT OR REPLACE INTO newsq VALUES ('directory', ?), ('aliases', ?), ('claim indexes', ?)",
            arguments: [directory, Self.fingerprint(store.aliasTable), SavedIndexes.encode(store.indexes[.claims] ?? [:], claimIDs: claimIDs)])
        try db.execute(sql: "DELETE FROM actors; DELETE FROM disputes")
        let actor = try db.makeStatement(sql: "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for a in store.actors {
            try actor.execute(arguments: [
                a.name, a.kind.rawValue, a.country, a.org, a.aliases.joined(separator: ActorRow.aliasSeparator), a.claims, a.articles, a.first, a.last,
            ])
        }
        let dispute = try db.makeStatement(sql: "INSERT INTO disputes VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for d in store.disputes {
            try dispute.execute(arguments: [
                d.id, claimIDs[d.a - 1], claimIDs[d.b - 1], d.actorA.isEmpty ? nil : d.actorA, d.actorB.isEmpty ? nil : d.actorB, d.date,
                d.topic, d.why,
            ])
        }
    }
}
