import Foundation

/// The claims' equality indexes as the saved store keeps them, so that an unchanged reopen
/// reads them instead of interning every claim's fields again: for each indexed field its
/// distinct values in number order and each row's number, little-endian, after a checksum
/// of the claim ids they were built over (another order of claims builds them again).
enum SavedIndexes {
    private static let magic = Array("NQIX1".utf8)

    /// FNV-1a (`FeatureHash`) over the store's claim ids in load order, as little-endian bytes.
    static func checksum(_ claimIDs: [Int64]) -> UInt64 {
        claimIDs.map(\.littleEndian).withUnsafeBytes { FeatureHash.hash($0) }
    }

    static func encode(_ indexes: [Int: EqualityIndex], claimIDs: [Int64]) -> Data {
        var out = Data(magic)
        append(checksum(claimIDs), to: &out)
        append(UInt32(indexes.count), to: &out)
        for (field, index) in indexes.sorted(by: { $0.key < $1.key }) {
            append(UInt32(field), to: &out)
            let keys = index.ids.sorted { $0.value < $1.value }
            append(UInt32(keys.count), to: &out)
            for (key, _) in keys {
                append(UInt32(key.utf8.count), to: &out)
                out.append(contentsOf: key.utf8)
            }
            append(UInt32(index.column.count), to: &out)
            for n in index.column { append(n, to: &out) }
        }
        return out
    }

    /// The indexes `encode` wrote over these claim ids, or nil when the bytes are another
    /// format, damaged or built over other claims.
    static func decode(_ data: Data, claimIDs: [Int64]) -> [Int: EqualityIndex]? {
        data.withUnsafeBytes { raw -> [Int: EqualityIndex]? in
            var reader = Reader(bytes: raw)
            guard reader.take(magic.count).map(Array.init) == magic, reader.uint64() == checksum(claimIDs),
                let fields = reader.uint32()
            else { return nil }
            var out: [Int: EqualityIndex] = [:]
            for _ in 0..<fields {
                guard let field = reader.uint32(), let keyCount = reader.uint32() else { return nil }
                var keys: [String] = []
                keys.reserveCapacity(Int(keyCount))
                for _ in 0..<keyCount {
                    guard let length = reader.uint32(), let bytes = reader.take(Int(length)) else { return nil }
                    keys.append(String(decoding: bytes, as: UTF8.self))
                }
                guard let rows = reader.uint32(), Int(rows) == claimIDs.count, let column = reader.take(Int(rows) * 4) else { return nil }
                let numbers = (0..<Int(rows)).map { Int32(littleEndian: column.loadUnaligned(fromByteOffset: 4 * $0, as: Int32.self)) }
                guard let index = EqualityIndex(keys: keys, column: numbers) else { return nil }
                out[Int(field)] = index
            }
            return reader.isAtEnd ? out : nil
        }
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func take(_ count: Int) -> UnsafeRawBufferPointer? {
            guard count >= 0, bytes.count - offset >= count else { return nil }
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
        }

        mutating func uint32() -> UInt32? {
            take(4).map { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
        }

        mutating func uint64() -> UInt64? {
            take(8).map { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        }
    }
}
