import Foundation
import Synchronization

/// The claims held in columns: each text field interned (a number per claim into a pool
/// of its distinct texts; what a claim says and its sentence one a claim), each number
/// field an array, and the indexed fields' equality indexes, all in the sections of a blob.
/// A row is made only when one is asked for. The same sections are what a saved store
/// writes beside it and maps on reopen, so a reopen reads the columns instead of building them.
public final class ClaimTable: RandomAccessCollection, Sendable {
    public let startIndex = 0
    public let endIndex: Int
    /// Per text field, each row's number among its texts; nil where the texts are one a row.
    private let codes: [Words<UInt32>?]
    /// Per text field, its texts: a pool in the blob, or (what claims say and their sentences
    /// in a store just loaded) read where the loaded articles' packs hold them.
    private let pools: [TextPool?]
    private let packed: [PackedTexts?]
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
        /// distinct: a load reads them where the claims' packs hold them, a file keeps a pool.
        var interned: Bool { self != .text && self != .sentence }
    }

    enum Number: Int, CaseIterable {
        case article, line, spanStart, spanEnd
    }

    /// A field's texts as one pool, where each row's text is `pool.bytes(code(row, field))`:
    /// what a scan of every row reads (packed texts make theirs the first time).
    func pool(_ field: Text) -> TextPool { pools[field.rawValue] ?? packed[field.rawValue]!.pool }  // each field has one or the other

    /// "NQCTBL01", little-endian: the format of the file; another layout takes another number.
    private static let magic: UInt64 = 0x3130_4C42_5443_514E

    // MARK: - Reading

    public subscript(row: Int) -> ClaimRow {
        ClaimRow(id: row + 1, article: number(row, .article), path: text(row, .path), date: text(row, .date), extracted: extracted(row))
    }

    /// The claim as extracted, with the actor and resolution of the merge across articles.
    func extracted(_ row: Int) -> ExtractedClaim {
        let start = number(row, .spanStart)
        return ExtractedClaim(
            speaker: text(row, .speaker), actor: text(row, .actor), actorKind: ActorKind(rawValue: text(row, .actorKind)) ?? .unknown,
            role: text(row, .role), org: text(row, .org), country: text(row, .country), cue: text(row, .cue),
            stance: Stance(rawValue: text(row, .stance)) ?? .assert, kind: ClaimKind(rawValue: text(row, .kind)) ?? .indirect,
            text: text(row, .text), sentence: text(row, .sentence), line: number(row, .line),
            span: start..<Swift.max(start, number(row, .spanEnd)), resolution: text(row, .resolution), found: text(row, .found))
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

        /// The claims of `rows` as their articles left them, packed from the columns' bytes:
        /// each field's numbers and pool taken once, not looked up again for every claim.
        func pack(_ rows: Range<Int>) -> ClaimPack {
            let sources = ClaimPack.Field.allCases.map { Text(unmerged: $0) }.map { (codes: table.codes[$0.rawValue], pool: table.pools[$0.rawValue]) }
            let kinds = enumeration(.actorKind, or: ActorKind.unknown), stances = enumeration(.stance, or: Stance.assert)
            let claimKinds = enumeration(.kind, or: ClaimKind.indirect)
            let numbers = (line: table.numbers[Number.line.rawValue], start: table.numbers[Number.spanStart.rawValue], end: table.numbers[Number.spanEnd.rawValue])
            var pack = ClaimPack()
            pack.reserveCapacity(rows.count)
            sources.withUnsafeBufferPointer { sources in
                for row in rows {
                    let start = Int(numbers.start[row])
                    pack.append(
                        actorKind: kinds(row), stance: stances(row), kind: claimKinds(row), line: Int(numbers.line[row]),
                        span: start..<Swift.max(start, Int(numbers.end[row]))
                    ) { field, body in
                        let source = sources[field.rawValue]
                        guard let pool = source.pool else { return table.withBytes(row, Text(unmerged: field), body) }
                        body(pool.bytes(source.codes.map { Int($0[row]) } ?? row))
                    }
                }
            }
            pack.tighten()
            return pack
        }

        /// An enumeration's field by row, each distinct text read once.
        private func enumeration<E: RawRepresentable>(_ field: Text, or fallback: E) -> (Int) -> E where E.RawValue == String {
            let values = (0..<table.pool(field).count).map { E(rawValue: table.text(code: $0, field)) ?? fallback }
            let codes = table.codes[field.rawValue]
            return { row in
                let code = codes.map { Int($0[row]) } ?? row
                return values.indices.contains(code) ? values[code] : fallback
            }
        }
    }

    func text(_ row: Int, _ field: Text) -> String { text(code: code(row, field), field) }

    /// A field's distinct text `code`.
    func text(code: Int, _ field: Text) -> String {
        if let pool = pools[field.rawValue] { return pool.string(code) }
        return withBytes(code, field) { String(decoding: $0, as: UTF8.self) }  // one a row: the code is the row
    }

    @inline(__always) func code(_ row: Int, _ field: Text) -> Int { codes[field.rawValue].map { Int($0[row]) } ?? row }

    /// The bytes of a row's text, where they lie.
    func withBytes<R>(_ row: Int, _ field: Text, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let pool = pools[field.rawValue] { return body(pool.bytes(code(row, field))) }
        guard let texts = packed[field.rawValue] else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return texts.withBytes(row, article: number(row, .article) - 1, body)
    }

    func number(_ row: Int, _ field: Number) -> Int { Int(numbers[field.rawValue][row]) }

    // MARK: - Building

    /// The columns the merge across articles leaves as they are, laid out from the claims as
    /// their articles left them: made while the merge runs (`Store`).
    struct Unmerged: @unchecked Sendable {
        fileprivate var interned: [Text: TextInterner] = [:]
        fileprivate var packed: [Text: PackedTexts] = [:]
        fileprivate var numbers: [Section] = []
    }

    /// The last load's columns, and for each article of a load the rows they held its claims in
    /// (nil for an article read just now): a field's distinct texts are looked up once each,
    /// rather than once a claim (a saved store's reopen after a change keeps most articles).
    struct Previous: @unchecked Sendable {
        let table: ClaimTable
        let rows: [Range<Int>?]
    }

    static func unmerged(_ loaded: [LoadedArticle], previous: Previous? = nil) -> Unmerged {
        let count = loaded.reduce(0) { $0 + $1.claims.count }
        enum Part { case text(Text), numbers }
        enum Made { case interned(Text, TextInterner), packed(Text, PackedTexts), numbers([Section]) }
        /// Each claim: its article's number and the article, and its place in the article's pack.
        func forEachClaim(_ body: (_ article: Int, _ item: UnsafePointer<LoadedArticle>, _ claims: ClaimPack, _ i: Int) -> Void) {
            loaded.withUnsafeBufferPointer { items in
                for n in items.indices {
                    let claims = items[n].claims
                    for i in claims.indices { body(n + 1, items.baseAddress! + n, claims, i) }
                }
            }
        }
        let parts = [Part.numbers] + Text.allCases.filter { !$0.merged }.map(Part.text)
        let made = parallelMap(parts, chunk: 1) { part -> Made in
            switch part {
            case .numbers:
                let columns = Number.allCases.map { _ in Section(capacity: 4 * count) }
                forEachClaim { article, _, claims, i in
                    for (field, column) in zip(Number.allCases, columns) { column.append(Int32(truncatingIfNeeded: field.of(article, claims, i))) }
                }
                return .numbers(columns)
            case .text(let field) where !field.interned:
                return .packed(field, PackedTexts(loaded.map(\.claims), field.inPack))
            case .text(let field):
                var column = TextInterner(capacity: count)
                var last = 0
                let packField = ClaimPack.Field.allCases.first { Text(unmerged: $0) == field }  // where a pack holds it
                if let packField, let previous, let codes = previous.table.codes[field.rawValue], let pool = previous.table.pools[field.rawValue] {
                    // Each distinct text of the last columns numbered once, when first met: the
                    // numbers come out as adding every claim's bytes would give them. A claim
                    // read just now, or not where its rows say, adds its bytes.
                    var number = [UInt32](repeating: .max, count: pool.count)
                    for (n, item) in loaded.enumerated() {
                        let rows = n < previous.rows.count ? previous.rows[n] : nil
                        guard let rows, rows.count == item.claims.count, rows.upperBound <= previous.table.count else {
                            for i in item.claims.indices { item.claims.withBytes(i, packField) { column.add($0) } }
                            continue
                        }
                        for (i, row) in rows.enumerated() {
                            let code = Int(codes[row])
                            guard code < number.count else {
                                item.claims.withBytes(i, packField) { column.add($0) }
                                continue
                            }
                            if number[code] == .max { number[code] = column.number(pool.bytes(code)) }
                            column.add(code: number[code])
                        }
                    }
                    return .interned(field, column)
                }
                forEachClaim { article, item, claims, i in
                    switch field {
                    // An article's claims share its path and date: each is looked up once an article.
                    case .path, .date:
                        if article == last { return column.repeatLast() }
                        last = article
                        column.add(field == .path ? item.pointee.article.path : item.pointee.article.date)
                    case .stance: column.add(claims.stance(i).rawValue)
                    case .kind: column.add(claims.kind(i).rawValue)
                    case .actorKind: column.add(claims.actorKind(i).rawValue)
                    default: claims.withBytes(i, packField!) { column.add($0) }
                    }
                }
                return .interned(field, column)
            }
        }
        var unmerged = Unmerged()
        for part in made {
            switch part {
            case .interned(let field, let column): unmerged.interned[field] = column
            case .packed(let field, let texts): unmerged.packed[field] = texts
            case .numbers(let columns): unmerged.numbers = columns
            }
        }
        return unmerged
    }

    /// The columns the merge across articles changes: each claim's actor and resolution as
    /// it left them, interned.
    struct Merged: @unchecked Sendable {
        fileprivate var interned: [Text: TextInterner] = [:]

        init(_ rows: [MergedClaim]) {
            for (field, column) in parallelMap(Text.allCases.filter(\.merged), chunk: 1, { field -> (Text, TextInterner) in
                var column = TextInterner(capacity: rows.count)
                rows.forEachInPlace { column.add(field == .actor ? $0.pointee.actor : $0.pointee.resolution) }
                return (field, column)
            }) {
                interned[field] = column
            }
        }

        /// Each row's merged actor.
        var actors: Actors { Actors(codes: interned[.actor]!.numbers, names: interned[.actor]!.values) }
    }

    /// Each row's actor, by its number among the distinct ones.
    struct Actors: @unchecked Sendable {
        let codes: Words<UInt32>
        let names: [String]

        subscript(row: Int) -> String {
            let code = Int(codes[row])
            return names.indices.contains(code) ? names[code] : ""
        }
    }

    /// The table of the claims whose columns `unmerged` and `merged` laid out; `indexed`, the fields to index.
    convenience init(_ unmerged: Unmerged, merged: Merged, indexed: [(field: Int, source: ClaimColumn.Source)]) {
        let rowCount = unmerged.numbers.first.map { $0.count / 4 } ?? 0
        let head = [UInt32(rowCount)] + indexed.map { UInt32($0.field) }
        let interned = unmerged.interned.merging(merged.interned) { first, _ in first }
        var sections = [Section(head)]
        var codes: [Words<UInt32>?] = [], pools: [TextPool?] = [], packed: [PackedTexts?] = []
        for field in Text.allCases {
            let column = interned[field]
            if let column { sections += column.sections }
            codes.append(column?.numbers)
            pools.append(column?.pool)
            packed.append(column == nil ? unmerged.packed[field] ?? PackedTexts([], field.inPack) : nil)
        }
        sections += unmerged.numbers
        let numbers = unmerged.numbers.map { Words<Int32>($0.bytes) }
        let articleOfRow = numbers[Number.article.rawValue]
        let articles = rowCount == 0 ? 0 : Int(articleOfRow[rowCount - 1])
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
        let blob = Blob(sections + indexSections.flatMap { $0 })
        var reader = BlobReader(blob)
        for _ in 0..<(sections.count) { _ = reader.section() }
        var built: [Int: EqualityIndex] = [:]
        for entry in indexed { built[entry.field] = EqualityIndex(reading: &reader) }
        self.init(count: rowCount, codes: codes, pools: pools, packed: packed, numbers: numbers, indexes: built, blob: blob)
    }

    private init(
        count: Int, codes: [Words<UInt32>?], pools: [TextPool?], packed: [PackedTexts?], numbers: [Words<Int32>], indexes: [Int: EqualityIndex],
        blob: Blob
    ) {
        endIndex = count
        self.codes = codes
        self.pools = pools
        self.packed = packed
        self.numbers = numbers
        self.indexes = indexes
        self.blob = blob
    }

    /// The table in a file `write` made, mapped: nil when it cannot be read, is of another
    /// key, or is damaged.
    static func mapped(_ path: String, key: UInt64) -> ClaimTable? { Blob.mapped(path, magic: magic, key: key).flatMap(ClaimTable.init) }

    private convenience init?(reading blob: Blob) {
        var reader = BlobReader(blob)
        guard let head = reader.words(UInt32.self), head.count >= 1 else { return nil }
        let count = Int(head[0])
        var codes: [Words<UInt32>?] = [], pools: [TextPool?] = [], numbers: [Words<Int32>] = []
        for field in Text.allCases {
            let c = field.interned ? reader.words(UInt32.self) : nil
            guard !field.interned || c?.count == count, let pool = reader.pool(), c != nil || pool.count == count else { return nil }
            codes.append(c)
            pools.append(pool)
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
        self.init(
            count: count, codes: codes, pools: pools, packed: Array(repeating: nil, count: pools.count), numbers: numbers, indexes: built,
            blob: blob)
    }

    /// Writes the table where `mapped` finds it, under `key`: the head, each text field's
    /// numbers and texts (strings held as they are written as a pool, copied out as they are
    /// written), the numbers, the indexes.
    func write(to path: String, key: UInt64) -> Bool {
        var reader = BlobReader(blob)
        var parts = [Blob.Part.bytes(reader.section()!)]
        var offsets: [Section] = []  // kept until written
        for field in Text.allCases {
            if let texts = packed[field.rawValue] {
                let made = texts.offsets()
                offsets.append(made.section)
                parts += [.bytes(made.section.bytes), .texts(byteCount: made.byteCount, each: texts.forEach)]
            } else {
                for _ in 0..<(field.interned ? 3 : 2) { parts.append(.bytes(reader.section() ?? UnsafeRawBufferPointer(start: nil, count: 0))) }
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

extension ClaimTable.Text {
    /// The column of a pack's field as the claim's article left it.
    init(unmerged field: ClaimPack.Field) {
        switch field {
        case .speaker: self = .speaker
        case .actor: self = .articleActor
        case .role: self = .role
        case .org: self = .org
        case .country: self = .country
        case .cue: self = .cue
        case .text: self = .text
        case .sentence: self = .sentence
        case .resolution: self = .articleResolution
        case .found: self = .found
        }
    }

    /// Where a claim's pack holds this text field: what a claim says, or its sentence.
    var inPack: ClaimPack.Field { self == .text ? .text : .sentence }
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

    /// This field of claim `i` of a pack, in article `article`.
    func of(_ article: Int, _ claims: ClaimPack, _ i: Int) -> Int {
        switch self {
        case .article: return article
        case .line: return claims.line(i)
        case .spanStart: return claims.span(i).lowerBound
        case .spanEnd: return claims.span(i).upperBound
        }
    }
}
