/// One text field of the loaded articles' packs, read as a column: row `r` is a claim of the
/// article whose rows hold it. What a store just loaded keeps of what claims say and their
/// sentences, rather than a copy (they are most of a corpus's bytes).
struct PackedTexts: Sendable {
    let packs: [ClaimPack]
    let field: ClaimPack.Field
    /// Each article's first row; the row count last.
    private let first: [Int]

    init(_ packs: [ClaimPack], _ field: ClaimPack.Field) {
        self.packs = packs
        self.field = field
        var first = [0]
        first.reserveCapacity(packs.count + 1)
        for pack in packs { first.append(first[first.count - 1] + pack.count) }
        self.first = first
    }

    var count: Int { first[first.count - 1] }

    /// Row `row`'s bytes, where they lie (none for a row out of range).
    func withBytes<R>(_ row: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        guard row >= 0, row < count else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        // The last article starting at or before the row (articles without claims start where the next does).
        var low = 0, high = packs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if first[middle] <= row { low = middle } else { high = middle - 1 }
        }
        return packs[low].withBytes(row - first[low], field, body)
    }

    /// Every row's bytes, in order.
    func forEach(_ body: (UnsafeRawBufferPointer) -> Void) {
        for pack in packs {
            for i in pack.indices { pack.withBytes(i, field, body) }
        }
    }

    /// The offsets section of a pool of these texts (`TextPool`).
    func offsets() -> Section {
        let offsets = Section(capacity: 8 * (count + 1))
        var end: UInt64 = 0
        offsets.append(end)
        forEach {
            end += UInt64($0.count)
            offsets.append(end)
        }
        return offsets
    }
}
