import Foundation

/// A trained linear model over hashed features (`FeatureHash`): for each feature, one
/// weight per class; a class's score is the sum of its weights over the features present.
/// Every model newsq ships is one of these, trained by `Perceptron` and stored in one
/// format, read once on first use from `Resources/NAME.model`.
final class LinearModel: @unchecked Sendable {
    let classes: Int
    /// The weights as 16-bit integers of `scale`, each feature's beside its key.
    private let table: WeightTable
    private let scale: Float

    /// A model with no features: every score is 0.
    init(classes: Int) {
        self.classes = classes
        table = WeightTable(count: 0, width: classes, key: { _ in 0 }, weight: { _, _ in 0 })
        scale = 1
    }

    /// From averaged weights: `weights[n]` are feature `keys[n]`'s, one per class.
    init(classes: Int, keys: [UInt64], weights: [[Float]]) {
        self.classes = classes
        scale = max(weights.lazy.flatMap { $0 }.map(abs).max() ?? 1, 1e-6) / 32767
        let scale = self.scale
        table = WeightTable(
            count: keys.count, width: classes, key: { keys[$0] },
            weight: { n, c in Int16(max(-32767, min(32767, (weights[n][c] / scale).rounded()))) })
    }

    var isEmpty: Bool { table.count == 0 }
    var featureCount: Int { table.count }

    /// Every class's score for these features.
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: classes) { sums in
            sums.initialize(repeating: 0)
            table.add(features, to: sums.baseAddress!)
            for c in 0..<classes { scores[c] = Float(sums[c]) * scale }
        }
    }

    // MARK: - File format

    /// "NQLM01", the class count, the number of features, the scale, then each feature: its
    /// hash and its weights as 16-bit integers of that scale. Little-endian throughout.
    private static let magic = Array("NQLM01".utf8)
    private static let header = 15

    init?(data: Data) {
        guard data.count >= Self.header, Array(data.prefix(6)) == Self.magic else { return nil }
        let classes = Int(data[6])
        let loaded: (table: WeightTable, scale: Float)? = data.withUnsafeBytes { raw in
            let count = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 7, as: UInt32.self)))
            let scale = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 11, as: UInt32.self)))
            let rowBytes = 8 + 2 * classes
            guard classes > 0, raw.count == Self.header + count * rowBytes else { return nil }
            let header = Self.header
            let table = WeightTable(
                count: count, width: classes,
                key: { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: header + $0 * rowBytes, as: UInt64.self)) },
                weight: { Int16(littleEndian: raw.loadUnaligned(fromByteOffset: header + $0 * rowBytes + 8 + 2 * $1, as: Int16.self)) })
            return (table, scale)
        }
        guard let loaded else { return nil }
        self.classes = classes
        table = loaded.table
        scale = loaded.scale
    }

    func data() -> Data {
        var out = Self.magic + [UInt8(classes)]
        func append(_ value: UInt64, _ length: Int) {
            for i in 0..<length { out.append(UInt8((value >> (8 * UInt64(i))) & 0xFF)) }
        }
        let rows = table.rows()
        append(UInt64(rows.count), 4)
        append(UInt64(scale.bitPattern), 4)
        for (key, weights) in rows {
            append(key, 8)
            for w in weights { append(UInt64(UInt16(bitPattern: w)), 2) }
        }
        return Data(out)
    }
}
