import Synchronization

/// One text field of the loaded articles' packs, read as a column: row `r` is a claim of the
/// article whose rows hold it. What a store just loaded keeps of what claims say and their
/// sentences, rather than a copy (they are most of a corpus's bytes). A class: a column read
/// takes one reference, not one for each of its arrays.
final class PackedTexts: Sendable {
    let packs: [ClaimPack]
    let field: ClaimPack.Field
    /// Each article's first row; the row count last.
    private let first: [Int]
    /// Each row's bytes in its article's pack, start and end: a row is read without working
    /// out again where the pack keeps it.
    private let spans: NarrowInts
    /// The texts as one pool, made the first time one is wanted (a scan) and kept.
    private let made = Mutex<(pool: TextPool, sections: [Section])?>(nil)

    init(_ packs: [ClaimPack], _ field: ClaimPack.Field) {
        self.packs = packs
        self.field = field
        first = runStarts(packs.lazy.map(\.count))
        var spans = NarrowInts()
        spans.reserveCapacity(2 * first[first.count - 1])
        for pack in packs {
            for i in pack.indices {
                let range = pack.range(i, field)
                spans.append(range.lowerBound)
                spans.append(range.upperBound)
            }
        }
        spans.tighten()
        self.spans = spans
    }

    var count: Int { first[first.count - 1] }

    /// Row `row`'s bytes, where they lie (none for a row out of range); `article`, the row's
    /// article when the caller knows it (else it is looked for).
    func withBytes<R>(_ row: Int, article: Int? = nil, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        guard row >= 0, row < count else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        var low: Int
        if let article, article >= 0, article < packs.count, first[article] <= row, row < first[article + 1] {
            low = article
        } else {
            // The last article starting at or before the row (articles without claims start where the next does).
            low = 0
            var high = packs.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if first[middle] <= row { low = middle } else { high = middle - 1 }
            }
        }
        // The pack read where it lies (a copy takes and lets go of each of its arrays).
        return packs.withUnsafeBufferPointer { $0[low].withBytes(in: spans[2 * row]..<spans[2 * row + 1], body) }
    }

    /// Every row's bytes, in order.
    func forEach(_ body: (UnsafeRawBufferPointer) -> Void) {
        for pack in packs {
            for i in pack.indices { pack.withBytes(i, field, body) }
        }
    }

    /// The texts as one pool (made the first time, then kept).
    var pool: TextPool {
        made.withLock { made in
            if let made { return made.pool }
            let offsets = offsets(), bytes = Section(capacity: offsets.byteCount)
            forEach { bytes.append($0) }
            let pool = TextPool(offsets: offsets.section, bytes: bytes)
            made = (pool, [offsets.section, bytes])
            return pool
        }
    }

    /// The offsets section of a pool of these texts (`TextPool`), and the bytes they come to.
    func offsets() -> (section: Section, byteCount: Int) {
        let offsets = Section(capacity: 8 * (count + 1))
        var end: UInt64 = 0
        offsets.append(end)
        forEach {
            end += UInt64($0.count)
            offsets.append(end)
        }
        return (offsets, Int(end))
    }
}
