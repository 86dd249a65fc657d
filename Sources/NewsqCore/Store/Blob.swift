import Foundation

/// Bytes that columns are read from in place: memory of their own, or a file mapped
/// read-only (a reopen touches only the pages a query reads).
final class Blob: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    private let release: @Sendable () -> Void

    private init(bytes: UnsafeRawBufferPointer, release: @escaping @Sendable () -> Void) {
        self.bytes = bytes
        self.release = release
    }

    deinit { release() }

    /// A blob of `count` bytes that `fill` writes (8-byte aligned, as the sections are).
    static func filled(count: Int, _ fill: (UnsafeMutableRawBufferPointer) -> Void) -> Blob {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 8), alignment: 8)
        fill(UnsafeMutableRawBufferPointer(rebasing: memory[0..<count]))
        let address = UInt(bitPattern: memory.baseAddress)
        return Blob(bytes: UnsafeRawBufferPointer(rebasing: memory[0..<count])) {
            UnsafeMutableRawPointer(bitPattern: address)?.deallocate()
        }
    }

    /// The file at `path` mapped read-only, or nil when it cannot be opened or is empty.
    static func mapped(_ path: String) -> Blob? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0, let base = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0),
            base != MAP_FAILED
        else { return nil }
        let count = Int(info.st_size)
        let address = UInt(bitPattern: base)
        return Blob(bytes: UnsafeRawBufferPointer(start: base, count: count)) {
            munmap(UnsafeMutableRawPointer(bitPattern: address), count)
        }
    }

    /// The bytes written to `path` through a file beside it renamed into place, so a reader
    /// never maps half a file. False when it cannot be written.
    func write(to path: String) -> Bool {
        let temporary = path + ".partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let file = FileHandle(forWritingAtPath: temporary) else {
            return false
        }
        let written: Bool = (try? file.write(contentsOf: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: bytes.baseAddress!), count: bytes.count, deallocator: .none))) != nil
        try? file.close()
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}

/// A run of fixed-width values inside a blob, read in place. Out-of-range reads give
/// zero: a damaged file gives wrong answers, never a crash.
struct Words<T: FixedWidthInteger>: @unchecked Sendable {
    let base: UnsafePointer<T>?
    let count: Int

    static var empty: Words { Words(base: nil, count: 0) }

    @inline(__always) subscript(i: Int) -> T {
        guard i >= 0, i < count, let base else { return 0 }
        return T(littleEndian: base[i])
    }

    var buffer: UnsafeBufferPointer<T> { UnsafeBufferPointer(start: base, count: count) }
}

/// Many texts in one blob: text `i` is bytes `offsets[i] ..< offsets[i + 1]`.
struct TextPool: Sendable {
    let offsets: Words<UInt64>
    let bytes: Words<UInt8>

    var count: Int { max(0, offsets.count - 1) }

    /// The bytes of text `i`, clamped to the pool (empty when `i` names none).
    @inline(__always) func bytes(_ i: Int) -> UnsafeRawBufferPointer {
        guard i >= 0, i < count, let base = bytes.base else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let start = min(Int(offsets[i]), bytes.count), end = min(max(Int(offsets[i + 1]), start), bytes.count)
        return UnsafeRawBufferPointer(start: base + start, count: end - start)
    }

    func string(_ i: Int) -> String { String(decoding: bytes(i), as: UTF8.self) }
}

/// Lays sections out in a blob, each 8-byte aligned, in the order `BlobReader` takes them
/// back: first measured (`size`), then written (`fill`), so the blob is allocated once.
struct BlobLayout {
    private var sections: [(count: Int, fill: (UnsafeMutableRawBufferPointer) -> Void)] = []

    mutating func add<T: FixedWidthInteger>(_ values: [T]) {
        sections.append(
            (values.count * MemoryLayout<T>.stride, { out in
                values.withUnsafeBytes { out.copyMemory(from: $0) }
            }))
    }

    /// Another layout's sections, after these.
    mutating func append(_ other: BlobLayout) { sections += other.sections }

    /// Texts as a pool: their offsets, then their bytes.
    mutating func add(texts: [String]) {
        var offsets: [UInt64] = [0]
        offsets.reserveCapacity(texts.count + 1)
        var total = 0
        for t in texts {
            total += t.utf8.count
            offsets.append(UInt64(total))
        }
        add(offsets)
        sections.append(
            (total, { out in
                var at = 0
                for var t in texts {
                    t.withUTF8 { bytes in
                        UnsafeMutableRawBufferPointer(rebasing: out[at..<(at + bytes.count)]).copyMemory(from: UnsafeRawBufferPointer(bytes))
                        at += bytes.count
                    }
                }
            }))
    }

    /// The blob: a header (`magic`, `key`, the section table) and the sections.
    func blob(magic: UInt64, key: UInt64) -> Blob {
        let header = 8 * (3 + 2 * sections.count)
        var places: [(offset: Int, count: Int)] = []
        var end = header
        for s in sections {
            places.append((end, s.count))
            end = (end + s.count + 7) & ~7
        }
        return Blob.filled(count: end) { out in
            out.initializeMemory(as: UInt8.self, repeating: 0)
            let words = [magic, key, UInt64(sections.count)] + places.flatMap { [UInt64($0.offset), UInt64($0.count)] }
            words.map(\.littleEndian).withUnsafeBytes { out.copyMemory(from: $0) }
            for (s, place) in zip(sections, places) { s.fill(UnsafeMutableRawBufferPointer(rebasing: out[place.offset..<(place.offset + place.count)])) }
        }
    }
}

/// Takes a blob's sections back in the order `BlobLayout` added them; nil once the blob is
/// another kind, another key, or shorter than its section table says.
struct BlobReader {
    let blob: Blob
    private var next = 0
    private let places: [(offset: Int, count: Int)]

    init?(_ blob: Blob, magic: UInt64, key: UInt64?) {
        self.blob = blob
        let bytes = blob.bytes
        func word(_ i: Int) -> UInt64? {
            guard bytes.count >= 8 * (i + 1) else { return nil }
            return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self))
        }
        guard word(0) == magic, let stored = word(1), key == nil || stored == key, let count = word(2), count < 1 << 20 else { return nil }
        var places: [(Int, Int)] = []
        for i in 0..<Int(count) {
            guard let offset = word(3 + 2 * i), let length = word(4 + 2 * i), offset % 8 == 0, offset <= UInt64(bytes.count),
                length <= UInt64(bytes.count) - offset
            else { return nil }
            places.append((Int(offset), Int(length)))
        }
        self.places = places
    }

    /// The key the blob was written with.
    var key: UInt64 { UInt64(littleEndian: blob.bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) }

    var isAtEnd: Bool { next == places.count }

    mutating func words<T: FixedWidthInteger>(_: T.Type = T.self) -> Words<T>? {
        guard next < places.count else { return nil }
        let place = places[next]
        next += 1
        let base = blob.bytes.baseAddress.map { ($0 + place.offset).assumingMemoryBound(to: T.self) }
        return Words(base: UnsafePointer(base), count: place.count / MemoryLayout<T>.stride)
    }

    mutating func pool() -> TextPool? {
        guard let offsets = words(UInt64.self), let bytes = words(UInt8.self) else { return nil }
        return TextPool(offsets: offsets, bytes: bytes)
    }
}
