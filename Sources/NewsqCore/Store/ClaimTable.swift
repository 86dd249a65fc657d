import Foundation
import Synchronization

/// The claims held in columns: each text field interned (a number per claim into a pool
/// of its distinct texts; what a claim says and its sentence kept one a claim), each number
/// field an array, and the indexed fields' equality indexes, all in the sections of a blob.
/// A row is made only when one is asked for. The same sections are what a saved store
/// writes beside it and maps on reopen, so a reopen reads the columns instead of building them.
public final class ClaimTable: RandomAccessCollection, Sendable {
    public let startIndex = 0
    public let endIndex: Int
    /// Per text field, each row's number among its texts; nil where the texts are one a row.
    private let codes: [Words<UInt32>?]
    private let texts: [Texts]
    private let numbers: [Words<Int32>]
    /// By field number in `Schema.claims`.
    let indexes: [Int: EqualityIndex]
    /// Holds the bytes the columns point into: the sections built, or the mapped file. Its
    /// first section is the row count and the indexed fields' numbers.
    private let blob: Blob

    /// The text fields a claim keeps. `articleActor` and `articleResolution` are the actor
    /// and resolution as its article left them, before the merge across articles, so the
    /// corpus can be merged again (`.alias`, `.load`) without extracting.
    enum Text: Int, CaseIterable {
        case path, date, actor, speaker, role, org, country, cue, stance, kind, text, sentence, actorKind, resolution, found
        case articleActor, articleResolution

        /// Changed by the merge across articles.
        var merged: Bool { self == .actor || self == .resolution }

        /// Kept once per distinct text. What a claim says and its sentence are nearly all
        /// distinct: a load keeps the extractor's own strings of them (no copy), a file a pool.
        var interned: Bool { self != .text && self != .sentence }
    }

    enum Number: Int, CaseIterable {
        case article, line, spanStart, spanEnd
    }

    /// A text field's texts: a pool in the blob, or strings held as they are (with the pool
    /// made of them the first time one is wanted: a scan, or the file).
    private enum Texts: @unchecked Sendable {
        case pool(TextPool)
        case strings([String], LaterPool)
    }

    /// A pool made once, when first asked for, and kept.
    private final class LaterPool: Sendable {
        private let made = Mutex<(pool: TextPool, sections: [Section])?>(nil)

        func pool(_ strings: [String]) -> TextPool {
            made.withLock { made in
                if let made { return made.pool }
                let sections = TextPool.sections(strings)
                let pool = TextPool(offsets: sections[0], bytes: sections[1])
                made = (pool, sections)
                return pool
            }
        }
    }

    /// A field's texts as one pool, where each row's text is `pool.bytes(code(row, field))`:
    /// what a scan of every row reads.
    func pool(_ field: Text) -> TextPool {
        switch texts[field.rawValue] {
        case .pool(let pool): return pool
        case .strings(let strings, let later): return later.pool(strings)
        }
    }

    /// "NQCTBL01", little-endian: the format of the file; another layout takes another number.
    private static let magic: UInt64 = 0x3130_4C42_5443_514E

    // MARK: - Reading

    public subscript(row: Int) -> ClaimRow {
        ClaimRow(id: row + 1, article: number(row, .article), path: text(row, .path), date: text(row, .date), extracted: extracted(row))
    }

    /// The claim as extracted; `merged`: with the actor and resolution of the merge across
    /// articles, else as its article left them.
    func extracted(_ row: Int, merged: Bool = true) -> ExtractedClaim { extracted(row, merged: merged) { text($1, $0) } }

    /// The claim as extracted, each field's text given by `text(field, row)`.
    private func extracted(_ row: Int, merged: Bool, text: (Text, Int) -> String) -> ExtractedClaim {
        let start = number(row, .spanStart)
        return ExtractedClaim(
            speaker: text(.speaker, row), actor: text(merged ? .actor : .articleActor, row),
            actorKind: ActorKind(rawValue: text(.actorKind, row)) ?? .unknown, role: text(.role, row), org: text(.org, row),
            country: text(.country, row), cue: text(.cue, row), stance: Stance(rawValue: text(.stance, row)) ?? .assert,
            kind: ClaimKind(rawValue: text(.kind, row)) ?? .indirect, text: text(.text, row), sentence: text(.sentence, row),
            line: number(row, .line), span: start..<Swift.max(start, number(row, .spanEnd)),
            resolution: text(merged ? .resolution : .articleResolution, row), found: text(.found, row))
    }

    /// Reads many rows' claims back (a saved store's kept files), each distinct text of an
    /// interned field made a string once rather than once a row.
    struct Reader {
        let table: ClaimTable
        private var made: [[String?]]

        init(_ table: ClaimTable) {
            self.table = table
            made = Text.allCases.map { field in table.codes[field.rawValue] == nil ? [] : Array(repeating: nil, count: table.pool(field).count) }
        }

        mutating func text(_ row: Int, _ field: Text) -> String {
            guard table.codes[field.rawValue] != nil else { return table.text(row, field) }
            let code = table.code(row, field)
            guard made[field.rawValue].indices.contains(code) else { return "" }
            if let known = made[field.rawValue][code] { return known }
            let text = table.text(code: code, field)
            made[field.rawValue][code] = text
            return text
        }

        /// The claim as its article left it (before the merge across articles).
        mutating func extracted(_ row: Int) -> ExtractedClaim { table.extracted(row, merged: false) { text($1, $0) } }
    }

    func text(_ row: Int, _ field: Text) -> String { text(code: code(row, field), field) }

    /// A field's distinct text `code`.
    func text(code: Int, _ field: Text) -> String {
        switch texts[field.rawValue] {
        case .pool(let pool): return pool.string(code)
        case .strings(let strings, _): return strings.indices.contains(code) ? strings[code] : ""
        }
    }

    @inline(__always) func code(_ row: Int, _ field: Text) -> Int { codes[field.rawValue].map { Int($0[row]) } ?? row }

    /// The bytes of a row's text, where they lie.
    func withBytes<R>(_ row: Int, _ field: Text, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        switch texts[field.rawValue] {
        case .pool(let pool): return body(pool.bytes(code(row, field)))
        case .strings(let strings, _):
            guard strings.indices.contains(row) else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
            var text = strings[row]
            return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
    }

    func number(_ row: Int, _ field: Number) -> Int { Int(numbers[field.rawValue][row]) }

    // MARK: - Building

    /// The columns the merge across articles leaves as they are, laid out from the claims as
    /// their articles left them: made while the merge runs (`Store`).
    struct Unmerged: @unchecked Sendable {
        fileprivate var interned: [Text: TextInterner] = [:]
        fileprivate var strings: [Text: [String]] = [:]
        fileprivate var numbers: [Section] = []
    }

    static func unmerged(_ loaded: [LoadedArticle]) -> Unmerged {
        let count = loaded.reduce(0) { $0 + $1.claims.count }
        enum Part { case text(Text), numbers }
        enum Made { case interned(Text, TextInterner), strings(Text, [String]), numbers([Section]) }
        /// Each claim with its article, where they lie.
        func forEachClaim(_ body: (_ article: Int, _ item: UnsafePointer<LoadedArticle>, _ claim: UnsafePointer<ExtractedClaim>) -> Void) {
            loaded.withUnsafeBufferPointer { items in
                for n in items.indices {
                    items[n].claims.withUnsafeBufferPointer { claims in
                        for c in claims.indices { body(n + 1, items.baseAddress! + n, claims.baseAddress! + c) }
                    }
                }
            }
        }
        let parts = [Part.numbers] + Text.allCases.filter { !$0.merged }.map(Part.text)
        let made = parallelMap(parts, chunk: 1) { part -> Made in
            switch part {
            case .numbers:
                let columns = Number.allCases.map { _ in Section(capacity: 4 * count) }
                forEachClaim { article, _, claim in
                    for (field, column) in zip(Number.allCases, columns) { column.append(Int32(truncatingIfNeeded: field.of(article, claim))) }
                }
                return .numbers(columns)
            case .text(let field) where !field.interned:
                var strings: [String] = []
                strings.reserveCapacity(count)
                forEachClaim { _, _, claim in strings.append(field.of(claim)) }
                return .strings(field, strings)
            case .text(let field):
                var column = TextInterner(capacity: count)
                var last = 0
                forEachClaim { article, item, claim in
                    switch field {
                    // An article's claims share its path and date: each is looked up once an article.
                    case .path, .date:
                        if article == last { return column.repeatLast() }
                        last = article
                        column.add(field == .path ? item.pointee.article.path : item.pointee.article.date)
                    default: column.add(field.of(claim))
                    }
                }
                return .interned(field, column)
            }
        }
        var unmerged = Unmerged()
        for part in made {
            switch part {
            case .interned(let field, let column): unmerged.interned[field] = column
            case .strings(let field, let strings): unmerged.strings[field] = strings
            case .numbers(let columns): unmerged.numbers = columns
            }
        }
        return unmerged
    }

    /// The table of the claims whose other columns `unmerged` laid out, with their actor and
    /// resolution as the merge across articles left them; `indexed`, the fields to index.
    init(_ unmerged: Unmerged, merged rows: [MergedClaim], indexed: [(field: Int, source: ClaimColumn.Source)]) {
        let head = [UInt32(rows.count)] + indexed.map { UInt32($0.field) }
        var interned = unmerged.interned
        for (field, column) in parallelMap(Text.allCases.filter(\.merged), chunk: 1, { field -> (Text, TextInterner) in
            var column = TextInterner(capacity: rows.count)
            rows.forEachInPlace { column.add(field == .actor ? $0.pointee.actor : $0.pointee.resolution) }
            return (field, column)
        }) {
            interned[field] = column
        }
        var sections = [Section(head)]
        var codes: [Words<UInt32>?] = [], texts: [Texts] = []
        for field in Text.allCases {
            if let column = interned[field] {
                sections += column.sections
                codes.append(column.numbers)
                texts.append(.pool(column.pool))
            } else {
                codes.append(nil)
                texts.append(.strings(unmerged.strings[field] ?? [], LaterPool()))
            }
        }
        sections += unmerged.numbers
        let numbers = unmerged.numbers.map { Words<Int32>($0.bytes) }
        let articleOfRow = numbers[Number.article.rawValue]
        let articles = rows.isEmpty ? 0 : Int(articleOfRow[rows.count - 1])
        let indexSections = parallelMap(indexed, chunk: 1) { entry -> [Section] in
            switch entry.source {
            case .text(let field):
                let column = interned[field]!
                return EqualityIndex.sections(codes: column.numbers.buffer, values: column.values)
            case .number(let field):
                // An article number's value is its own text: codes are the numbers less one.
                precondition(field == .article, "only the article number is indexed")
                return EqualityIndex.sections(
                    codes: articleOfRow.buffer.lazy.map { UInt32(Int32(littleEndian: $0) - 1) }, values: (0..<articles).map { String($0 + 1) })
            case .id: preconditionFailure("the claim id is not indexed")
            }
        }
        blob = Blob(sections + indexSections.flatMap { $0 })
        var reader = BlobReader(blob)
        for _ in 0..<(sections.count) { _ = reader.section() }
        var built: [Int: EqualityIndex] = [:]
        for entry in indexed { built[entry.field] = EqualityIndex(reading: &reader) }
        endIndex = rows.count
        self.codes = codes
        self.texts = texts
        self.numbers = numbers
        indexes = built
    }

    /// The table in a file `write` made, mapped: nil when it cannot be read, is of another
    /// key, or is damaged.
    static func mapped(_ path: String, key: UInt64) -> ClaimTable? { Blob.mapped(path, magic: magic, key: key).flatMap(ClaimTable.init) }

    private init?(reading blob: Blob) {
        var reader = BlobReader(blob)
        guard let head = reader.words(UInt32.self), head.count >= 1 else { return nil }
        let count = Int(head[0])
        var codes: [Words<UInt32>?] = [], texts: [Texts] = [], numbers: [Words<Int32>] = []
        for field in Text.allCases {
            let c = field.interned ? reader.words(UInt32.self) : nil
            guard !field.interned || c?.count == count, let pool = reader.pool(), c != nil || pool.count == count else { return nil }
            codes.append(c)
            texts.append(.pool(pool))
        }
        for _ in Number.allCases {
            guard let n = reader.words(Int32.self), n.count == count else { return nil }
            numbers.append(n)
        }
        var built: [Int: EqualityIndex] = [:]
        for n in 1..<head.count {
            guard let index = EqualityIndex(reading: &reader), index.group.count == count else { return nil }
            built[Int(head[n])] = index
        }
        guard reader.isAtEnd else { return nil }
        endIndex = count
        self.codes = codes
        self.texts = texts
        self.numbers = numbers
        indexes = built
        self.blob = blob
    }

    /// Writes the table where `mapped` finds it, under `key`: the head, each text field's
    /// numbers and texts (strings held as they are written as a pool, copied out as they are
    /// written), the numbers, the indexes.
    func write(to path: String, key: UInt64) -> Bool {
        var reader = BlobReader(blob)
        var parts = [Blob.Part.bytes(reader.section()!)]
        var offsets: [Section] = []  // kept until written
        for (field, kept) in zip(Text.allCases, texts) {
            switch kept {
            case .pool:
                for _ in 0..<(field.interned ? 3 : 2) { parts.append(.bytes(reader.section() ?? UnsafeRawBufferPointer(start: nil, count: 0))) }
            case .strings(let strings, _):
                offsets.append(TextPool.offsets(strings))
                parts += [.bytes(offsets[offsets.count - 1].bytes), .texts(strings)]
            }
        }
        while let section = reader.section() { parts.append(.bytes(section)) }
        return withExtendedLifetime(offsets) { Blob.write(parts, to: path, magic: Self.magic, key: key) }
    }
}

extension ClaimTable.Text {
    /// This field of a row (the merged actor and resolution for the article's own too).
    func of(_ row: UnsafePointer<ClaimRow>) -> String {
        switch self {
        case .path: return row.pointee.path
        case .date: return row.pointee.date
        default: return of(row.extracted)
        }
    }
}

extension UnsafePointer<ClaimRow> {
    /// The row's claim as extracted, where it lies in the row.
    var extracted: UnsafePointer<ExtractedClaim> {
        (UnsafeRawPointer(self) + MemoryLayout<ClaimRow>.offset(of: \.extracted)!).assumingMemoryBound(to: ExtractedClaim.self)
    }
}

extension ClaimTable.Text {
    /// This field of a claim as its article left it (the article's own fields not here).
    func of(_ claim: UnsafePointer<ExtractedClaim>) -> String {
        switch self {
        case .path, .date: preconditionFailure("\(self) is the article's")
        case .actor, .articleActor: return claim.pointee.actor
        case .speaker: return claim.pointee.speaker
        case .role: return claim.pointee.role
        case .org: return claim.pointee.org
        case .country: return claim.pointee.country
        case .cue: return claim.pointee.cue
        case .stance: return claim.pointee.stance.rawValue
        case .kind: return claim.pointee.kind.rawValue
        case .text: return claim.pointee.text
        case .sentence: return claim.pointee.sentence
        case .actorKind: return claim.pointee.actorKind.rawValue
        case .resolution, .articleResolution: return claim.pointee.resolution
        case .found: return claim.pointee.found
        }
    }
}

extension ClaimTable.Number {
    func of(_ article: Int, _ claim: UnsafePointer<ExtractedClaim>) -> Int {
        switch self {
        case .article: return article
        case .line: return claim.pointee.line
        case .spanStart: return claim.pointee.span.lowerBound
        case .spanEnd: return claim.pointee.span.upperBound
        }
    }

    func of(_ row: UnsafePointer<ClaimRow>) -> Int { of(row.pointee.article, row.extracted) }
}
