import Foundation

/// The claims held in columns inside one blob: each text field interned (a number per
/// claim into a pool of its distinct texts), each number field an array, and the indexed
/// fields' equality indexes. A row is made only when one is asked for. The same blob is
/// what a saved store maps on reopen, so a reopen reads the columns instead of building
/// them.
public final class ClaimTable: RandomAccessCollection, Sendable {
    public let startIndex = 0
    public let endIndex: Int
    private let codes: [Words<UInt32>]
    private let pools: [TextPool]
    private let numbers: [Words<Int32>]
    /// By field number in `Schema.claims`.
    let indexes: [Int: EqualityIndex]
    let blob: Blob

    /// The text fields a claim keeps. `articleActor` and `articleResolution` are the actor
    /// and resolution as its article left them, before the merge across articles, so the
    /// corpus can be merged again (`.alias`, `.load`) without extracting.
    enum Text: Int, CaseIterable {
        case path, date, actor, speaker, role, org, country, cue, stance, kind, text, sentence, actorKind, resolution, found
        case articleActor, articleResolution
    }

    enum Number: Int, CaseIterable {
        case article, line, spanStart, spanEnd
    }

    private static let magic: UInt64 = 0x3130_4C42_5443_514E  // "NQCTBL01"

    // MARK: - Reading

    public subscript(row: Int) -> ClaimRow {
        ClaimRow(id: row + 1, article: number(row, .article), path: text(row, .path), date: text(row, .date), extracted: extracted(row))
    }

    /// The claim as extracted; `merged`: with the actor and resolution of the merge across
    /// articles, else as its article left them.
    func extracted(_ row: Int, merged: Bool = true) -> ExtractedClaim {
        let start = number(row, .spanStart)
        return ExtractedClaim(
            speaker: text(row, .speaker), actor: text(row, merged ? .actor : .articleActor),
            actorKind: ActorKind(rawValue: text(row, .actorKind)) ?? .unknown, role: text(row, .role), org: text(row, .org),
            country: text(row, .country), cue: text(row, .cue), stance: Stance(rawValue: text(row, .stance)) ?? .assert,
            kind: ClaimKind(rawValue: text(row, .kind)) ?? .indirect, text: text(row, .text), sentence: text(row, .sentence),
            line: number(row, .line), span: start..<Swift.max(start, number(row, .spanEnd)),
            resolution: text(row, merged ? .resolution : .articleResolution), found: text(row, .found))
    }

    func text(_ row: Int, _ field: Text) -> String { pools[field.rawValue].string(code(row, field)) }

    /// The text's bytes where they lie in the blob.
    @inline(__always) func bytes(_ row: Int, _ field: Text) -> UnsafeRawBufferPointer { pools[field.rawValue].bytes(code(row, field)) }

    @inline(__always) func code(_ row: Int, _ field: Text) -> Int { Int(codes[field.rawValue][row]) }

    /// How many distinct texts the field holds (codes run from 0 below it).
    func distinct(_ field: Text) -> Int { pools[field.rawValue].count }

    /// The bytes of a field's distinct text `code`.
    func bytes(code: Int, _ field: Text) -> UnsafeRawBufferPointer { pools[field.rawValue].bytes(code) }

    func number(_ row: Int, _ field: Number) -> Int { Int(numbers[field.rawValue][row]) }

    // MARK: - Building

    /// The table of `rows` (merged across articles); `asExtracted`, each one's actor and
    /// resolution as its article left them; `indexed`, the fields to index.
    convenience init(
        _ rows: [ClaimRow], asExtracted: [(actor: String, resolution: String)], indexed: [(field: Int, source: ClaimColumn.Source)]
    ) {
        var layout = BlobLayout()
        // First the row count and the indexed fields' numbers, so a reader knows what follows.
        layout.add([UInt32(rows.count)] + indexed.map { UInt32($0.field) })
        // Each text field interned on its own, over the cores; then laid out in field order.
        let interned = parallelMap(Text.allCases, chunk: 1) { field -> Interned in
            switch field {
            case .articleActor: return Interned(count: rows.count) { asExtracted[$0].actor }
            case .articleResolution: return Interned(count: rows.count) { asExtracted[$0].resolution }
            default: return rows.withUnsafeBufferPointer { rows in Interned(count: rows.count) { field.of(rows.baseAddress! + $0) } }
            }
        }
        for field in interned {
            layout.add(field.codes)
            layout.add(texts: field.values)
        }
        for field in Number.allCases { layout.add(rows.map { Int32(truncatingIfNeeded: field.of($0)) }) }
        let articles = rows.last?.article ?? 0
        let laid = parallelMap(indexed, chunk: 1) { entry -> BlobLayout in
            var part = BlobLayout()
            switch entry.source {
            case .text(let field): EqualityIndex.lay(codes: interned[field.rawValue].codes, values: interned[field.rawValue].values, into: &part)
            case .number(let field):
                // An article number's value is its own text: codes are the numbers less one.
                precondition(field == .article, "only the article number is indexed")
                EqualityIndex.lay(codes: rows.map { UInt32($0.article - 1) }, values: (0..<articles).map { String($0 + 1) }, into: &part)
            case .id: preconditionFailure("the claim id is not indexed")
            }
            return part
        }
        for part in laid { layout.append(part) }
        self.init(reading: layout.blob(magic: Self.magic, key: 0), key: nil)!
    }

    /// The table a blob holds, or nil when it is another kind, has another key, or is damaged.
    init?(reading blob: Blob, key: UInt64?) {
        guard var reader = BlobReader(blob, magic: Self.magic, key: key), let head = reader.words(UInt32.self), head.count >= 1 else {
            return nil
        }
        let count = Int(head[0])
        var codes: [Words<UInt32>] = [], pools: [TextPool] = [], numbers: [Words<Int32>] = []
        for _ in Text.allCases {
            guard let c = reader.words(UInt32.self), let p = reader.pool() else { return nil }
            codes.append(c)
            pools.append(p)
        }
        for _ in Number.allCases {
            guard let n = reader.words(Int32.self) else { return nil }
            numbers.append(n)
        }
        var built: [Int: EqualityIndex] = [:]
        for n in 1..<head.count {
            guard let index = EqualityIndex(reading: &reader) else { return nil }
            built[Int(head[n])] = index
        }
        guard reader.isAtEnd, codes.allSatisfy({ $0.count == count }), numbers.allSatisfy({ $0.count == count }),
            built.values.allSatisfy({ $0.group.count == count })
        else { return nil }
        endIndex = count
        self.codes = codes
        self.pools = pools
        self.numbers = numbers
        indexes = built
        self.blob = blob
    }

    /// The blob with `key` (the saved store's generation) written in its header.
    func blob(key: UInt64) -> Blob {
        Blob.filled(count: blob.bytes.count) { out in
            out.copyMemory(from: blob.bytes)
            out.storeBytes(of: key.littleEndian, toByteOffset: 8, as: UInt64.self)
        }
    }
}

extension ClaimTable.Text {
    /// This field of a row (the merged actor and resolution for the article's own too).
    func of(_ row: UnsafePointer<ClaimRow>) -> String {
        switch self {
        case .path: return row.pointee.path
        case .date: return row.pointee.date
        case .actor, .articleActor: return row.pointee.extracted.actor
        case .speaker: return row.pointee.extracted.speaker
        case .role: return row.pointee.extracted.role
        case .org: return row.pointee.extracted.org
        case .country: return row.pointee.extracted.country
        case .cue: return row.pointee.extracted.cue
        case .stance: return row.pointee.extracted.stance.rawValue
        case .kind: return row.pointee.extracted.kind.rawValue
        case .text: return row.pointee.extracted.text
        case .sentence: return row.pointee.extracted.sentence
        case .actorKind: return row.pointee.extracted.actorKind.rawValue
        case .resolution, .articleResolution: return row.pointee.extracted.resolution
        case .found: return row.pointee.extracted.found
        }
    }
}

extension ClaimTable.Number {
    func of(_ row: ClaimRow) -> Int {
        switch self {
        case .article: return row.article
        case .line: return row.extracted.line
        case .spanStart: return row.extracted.span.lowerBound
        case .spanEnd: return row.extracted.span.upperBound
        }
    }
}
