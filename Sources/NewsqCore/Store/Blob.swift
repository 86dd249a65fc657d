import Foundation

/// Sections of bytes that columns are read from in place: sections of their own, built in
/// memory, or a file mapped read-only (a reopen touches only the pages a query reads).
final class Blob: @unchecked Sendable {
    /// Each section's bytes, in the order they were added.
    let sections: [UnsafeRawBufferPointer]
    private let owner: AnyObject?
    private let unmap: (address: UInt, count: Int)?

    /// The sections, owned by the blob (no copy).
    init(_ sections: [Section]) {
        self.sections = sections.map(\.bytes)
        owner = sections as AnyObject
        unmap = nil
    }

    private init(mapped sections: [UnsafeRawBufferPointer], address: UInt, count: Int) {
        self.sections = sections
        owner = nil
        unmap = (address, count)
    }

    deinit {
        if let unmap { munmap(UnsafeMutableRawPointer(bitPattern: unmap.address), unmap.count) }
    }

    /// The file `write` made at `path`, mapped; nil when it cannot be opened, is of another
    /// kind or key, or is shorter than its section table says.
    static func mapped(_ path: String, magic: UInt64, key: UInt64) -> Blob? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= 24, let base = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0),
            base != MAP_FAILED
        else { return nil }
        let bytes = UnsafeRawBufferPointer(start: base, count: Int(info.st_size))
        func word(_ i: Int) -> UInt64? {
            guard bytes.count >= 8 * (i + 1) else { return nil }
            return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self))
        }
        var sections: [UnsafeRawBufferPointer] = []
        if word(0) == magic, word(1) == key, let count = word(2), count < 1 << 20 {
            for i in 0..<Int(count) {
                guard let offset = word(3 + 2 * i), let length = word(4 + 2 * i), offset % 8 == 0, offset <= UInt64(bytes.count),
                    length <= UInt64(bytes.count) - offset
                else { break }
                sections.append(UnsafeRawBufferPointer(rebasing: bytes[Int(offset)..<Int(offset + length)]))
            }
            if sections.count == Int(count) { return Blob(mapped: sections, address: UInt(bitPattern: base), count: bytes.count) }
        }
        munmap(base, bytes.count)
        return nil
    }

    /// What `write` writes as one section: bytes where they lie, or texts of `byteCount` bytes
    /// in all that `each` hands over one after another, copied out as they are written (a
    /// pool's bytes need not be laid out in memory first).
    enum Part {
        case bytes(UnsafeRawBufferPointer)
        case texts(byteCount: Int, each: ((UnsafeRawBufferPointer) -> Void) -> Void)

        var count: Int {
            switch self {
            case .bytes(let bytes): return bytes.count
            case .texts(let byteCount, _): return byteCount
            }
        }
    }

    /// The sections written to `path` after a header (`magic`, `key`, where each section
    /// lies), each 8-byte aligned, through a file beside it renamed into place so a reader
    /// never maps half a file. False when it cannot be written.
    static func write(_ sections: [Part], to path: String, magic: UInt64, key: UInt64) -> Bool {
        let temporary = path + ".partial"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        let counts = sections.map(\.count)
        var header = [magic, key, UInt64(sections.count)]
        var end = 8 * (3 + 2 * sections.count)
        for count in counts {
            header += [UInt64(end), UInt64(count)]
            end = (end + count + 7) & ~7
        }
        // Small writes gathered in a buffer; large runs of bytes written where they lie.
        let staging = Section(capacity: 1 << 20)
        var failed = false
        func put(_ bytes: UnsafeRawBufferPointer) {
            guard !failed, bytes.count > 0 else { return }
            if staging.count + bytes.count > 1 << 20 { flush() }
            if bytes.count >= 1 << 20 { return writeAll(bytes) }
            staging.append(bytes)
        }
        func flush() {
            writeAll(staging.bytes)
            staging.removeAll()
        }
        func writeAll(_ bytes: UnsafeRawBufferPointer) {
            var done = 0
            while !failed, done < bytes.count {
                let n = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
                if n > 0 { done += n } else if n < 0 && errno == EINTR { continue } else { failed = true }
            }
        }
        header.map(\.littleEndian).withUnsafeBytes(put)
        let padding = [UInt8](repeating: 0, count: 8)
        for (part, count) in zip(sections, counts) {
            switch part {
            case .bytes(let bytes): put(bytes)
            case .texts(_, let each): each(put)
            }
            if count % 8 != 0 { padding.withUnsafeBytes { put(UnsafeRawBufferPointer(rebasing: $0.prefix(8 - count % 8))) } }
        }
        flush()
        close(fd)
        guard !failed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}

/// The bytes of one section, allocated by hand and grown in place, so a blob owns what was
/// built without a copy.
final class Section: @unchecked Sendable {
    private(set) var base: UnsafeMutableRawPointer
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = Swift.max(capacity, 16)
        base = malloc(self.capacity)!
    }

    deinit { free(base) }

    /// The values of an array, copied.
    convenience init<T: FixedWidthInteger>(_ values: [T]) {
        self.init(capacity: values.count * MemoryLayout<T>.stride)
        values.withUnsafeBytes { append($0) }
    }

    /// `count` values of `T` (native byte order: little-endian on the machines newsq runs on),
    /// zeroed and then filled in place by `fill`: a large column built without a copy.
    convenience init<T: FixedWidthInteger>(count: Int, of _: T.Type, fill: (UnsafeMutableBufferPointer<T>) -> Void) {
        self.init(capacity: count * MemoryLayout<T>.stride)
        memset(base, 0, count * MemoryLayout<T>.stride)
        fill(UnsafeMutableBufferPointer(start: base.bindMemory(to: T.self, capacity: count), count: count))
        self.count = count * MemoryLayout<T>.stride
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    func append(_ bytes: UnsafeRawBufferPointer) {
        reserve(bytes.count)
        if let from = bytes.baseAddress { (base + count).copyMemory(from: from, byteCount: bytes.count) }
        count += bytes.count
    }

    /// Empty again, keeping its memory.
    func removeAll() { count = 0 }

    @inline(__always) func append<T: FixedWidthInteger>(_ value: T) {
        reserve(MemoryLayout<T>.size)
        (base + count).storeBytes(of: value.littleEndian, as: T.self)
        count += MemoryLayout<T>.size
    }

    @inline(__always) private func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        capacity = Swift.max(capacity * 2, count + more)
        base = realloc(base, capacity)!
    }
}

/// A run of fixed-width values inside a blob, read in place. Out-of-range reads give
/// zero: a damaged file gives wrong answers, never a crash.
struct Words<T: FixedWidthInteger>: @unchecked Sendable {
    let base: UnsafePointer<T>?
    let count: Int

    init(_ bytes: UnsafeRawBufferPointer) {
        base = bytes.baseAddress.map { UnsafePointer($0.assumingMemoryBound(to: T.self)) }
        count = bytes.count / MemoryLayout<T>.stride
    }

    @inline(__always) subscript(i: Int) -> T {
        guard i >= 0, i < count, let base else { return 0 }
        return T(littleEndian: base[i])
    }

    var buffer: UnsafeBufferPointer<T> { UnsafeBufferPointer(start: base, count: count) }
}

/// Many texts in one blob: text `i` is bytes `offsets[i] ..< offsets[i + 1]`.
struct TextPool: @unchecked Sendable {
    let offsets: Words<UInt64>
    let bytes: UnsafeRawBufferPointer

    var count: Int { Swift.max(0, offsets.count - 1) }

    /// The bytes of text `i`, clamped to the pool (empty when `i` names none).
    @inline(__always) func bytes(_ i: Int) -> UnsafeRawBufferPointer {
        guard i >= 0, i < count, let base = bytes.baseAddress else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let start = Swift.min(Int(offsets[i]), bytes.count), end = Swift.min(Swift.max(Int(offsets[i + 1]), start), bytes.count)
        return UnsafeRawBufferPointer(start: base + start, count: end - start)
    }

    func string(_ i: Int) -> String { String(decoding: bytes(i), as: UTF8.self) }

    init(offsets: Words<UInt64>, bytes: UnsafeRawBufferPointer) {
        self.offsets = offsets
        self.bytes = bytes
    }

    /// The pool whose offsets and bytes these sections hold (as `sections` makes them).
    init(offsets: Section, bytes: Section) { self.init(offsets: Words(offsets.bytes), bytes: bytes.bytes) }

    /// Texts as a pool's two sections: their offsets, then their bytes.
    static func sections(_ texts: [String]) -> [Section] {
        let offsets = Section(capacity: 8 * (texts.count + 1)), bytes = Section()
        offsets.append(UInt64(0))
        for var t in texts {
            t.withUTF8 { bytes.append(UnsafeRawBufferPointer($0)) }
            offsets.append(UInt64(bytes.count))
        }
        return [offsets, bytes]
    }
}

/// Takes a blob's sections back in the order they were added.
struct BlobReader {
    let blob: Blob
    private var next = 0

    init(_ blob: Blob) { self.blob = blob }

    var isAtEnd: Bool { next == blob.sections.count }

    mutating func words<T: FixedWidthInteger>(_: T.Type = T.self) -> Words<T>? { section().map(Words.init) }

    mutating func section() -> UnsafeRawBufferPointer? {
        guard next < blob.sections.count else { return nil }
        defer { next += 1 }
        return blob.sections[next]
    }

    mutating func pool() -> TextPool? {
        guard let offsets = words(UInt64.self), let bytes = section() else { return nil }
        return TextPool(offsets: offsets, bytes: bytes)
    }
}
