import Foundation

/// An averaged perceptron over `EntityFeatures`: one weight per feature and tag. Trained
/// by `newsq-train-ner` on a teacher's labels (see `scripts/train-ner`), shipped as
/// `Resources/entities.model`, read once on first use.
final class EntityModel: @unchecked Sendable {
    /// Feature hash → the row of its weights in `weights` (`EntityTag.count` a row).
    fileprivate(set) var rows: [UInt64: Int32] = [:]
    fileprivate(set) var weights: [Float] = []
    /// The weights for tagging, where a `Dictionary` lookup (which hashes the hash again)
    /// was most of the cost: each feature's weights as 16-bit integers of `scale`, beside
    /// its key. Set on a model read from its file.
    private var table: WeightTable?
    private var scale: Float = 1

    static let shared: EntityModel = {
        guard let url = Bundle.module.url(forResource: "entities", withExtension: "model"),
            let data = try? Data(contentsOf: url), let model = EntityModel(data: data)
        else { return EntityModel() }
        return model
    }()

    init() {}

    var isEmpty: Bool { rows.isEmpty && (table?.count ?? 0) == 0 }

    /// Scores of every tag for a token with these features.
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        if let table {
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: EntityTag.count) { sums in
                sums.initialize(repeating: 0)
                table.add(features, to: sums.baseAddress!)
                for t in 0..<EntityTag.count { scores[t] = Float(sums[t]) * scale }
            }
            return
        }
        for t in 0..<EntityTag.count { scores[t] = 0 }
        weights.withUnsafeBufferPointer { weights in
            for f in features {
                guard let row = rows[f] else { continue }
                let base = Int(row) * EntityTag.count
                for t in 0..<EntityTag.count { scores[t] += weights[base + t] }
            }
        }
    }

    /// The best tag that may follow `previous`: inside an entity only after its own type.
    static func best(_ scores: [Float], after previous: EntityTag) -> EntityTag {
        var best = EntityTag.outside
        var top = -Float.infinity
        for raw in 0..<EntityTag.count {
            let tag = EntityTag(raw: UInt8(raw))
            if raw != 0, !tag.begins, previous.type != tag.type { continue }
            if scores[raw] > top {
                top = scores[raw]
                best = tag
            }
        }
        return best
    }

    // MARK: - File format

    /// "NQENT1", the tag count, the number of rows, the scale, then each row: its feature
    /// hash and its weights as 16-bit integers of that scale. Little-endian throughout.
    private static let magic = Array("NQENT1".utf8)

    init?(data: Data) {
        let header = 15
        guard data.count >= header, Array(data.prefix(6)) == Self.magic, Int(data[6]) == EntityTag.count else { return nil }
        let loaded: (table: WeightTable, scale: Float)? = data.withUnsafeBytes { raw in
            let count = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 7, as: UInt32.self)))
            let scale = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 11, as: UInt32.self)))
            let rowBytes = 8 + 2 * EntityTag.count
            guard raw.count == header + count * rowBytes else { return nil }
            let table = WeightTable(
                count: count, width: EntityTag.count,
                key: { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: header + $0 * rowBytes, as: UInt64.self)) },
                weight: { Int16(littleEndian: raw.loadUnaligned(fromByteOffset: header + $0 * rowBytes + 8 + 2 * $1, as: Int16.self)) })
            return (table, scale)
        }
        guard let loaded else { return nil }
        table = loaded.table
        scale = loaded.scale
    }

    func data() -> Data {
        let scale = max(weights.map(abs).max() ?? 1, 1e-6) / 32767
        var out = Self.magic + [UInt8(EntityTag.count)]
        func append(_ value: UInt64, _ length: Int) {
            for i in 0..<length { out.append(UInt8((value >> (8 * UInt64(i))) & 0xFF)) }
        }
        append(UInt64(rows.count), 4)
        append(UInt64(scale.bitPattern), 4)
        for (feature, row) in rows.sorted(by: { $0.value < $1.value }) {
            append(feature, 8)
            for t in 0..<EntityTag.count {
                let q = Int16(max(-32767, min(32767, (weights[Int(row) * EntityTag.count + t] / scale).rounded())))
                append(UInt64(UInt16(bitPattern: q)), 2)
            }
        }
        return Data(out)
    }

    // MARK: - Training

    /// An averaged perceptron being trained: weights, their running sums for the average,
    /// and how often each feature was seen (rare ones are left out of the saved model).
    struct Trainer {
        private(set) var model = EntityModel()
        private var totals: [Float] = []
        private var stamps: [Int] = []
        private var seen: [Int] = []
        private var step = 1

        init() {}

        private mutating func row(_ feature: UInt64) -> Int {
            if let row = model.rows[feature] { return Int(row) }
            let row = model.rows.count
            model.rows[feature] = Int32(row)
            model.weights += [Float](repeating: 0, count: EntityTag.count)
            totals += [Float](repeating: 0, count: EntityTag.count)
            stamps += [Int](repeating: 0, count: EntityTag.count)
            seen.append(0)
            return row
        }

        /// One token: where the guess was wrong, move the weights toward the truth.
        mutating func learn(_ features: [UInt64], truth: EntityTag, guess: EntityTag) {
            defer { step += 1 }
            let rows = features.map { row($0) }
            for r in rows { seen[r] += 1 }
            guard guess != truth else { return }
            for r in rows {
                for (tag, delta) in [(Int(truth.raw), Float(1)), (Int(guess.raw), Float(-1))] {
                    let i = r * EntityTag.count + tag
                    totals[i] += Float(step - stamps[i]) * model.weights[i]
                    stamps[i] = step
                    model.weights[i] += delta
                }
            }
        }

        /// The averaged weights, without features seen fewer than `minimumSeen` times.
        func finish(minimumSeen: Int) -> EntityModel {
            let averaged = EntityModel()
            for (feature, row) in model.rows.sorted(by: { $0.value < $1.value }) where seen[Int(row)] >= minimumSeen {
                let base = Int(row) * EntityTag.count
                var w = [Float](repeating: 0, count: EntityTag.count)
                for t in 0..<EntityTag.count {
                    let total = totals[base + t] + Float(step - stamps[base + t]) * model.weights[base + t]
                    w[t] = total / Float(step)
                }
                guard w.contains(where: { abs($0) > 1e-4 }) else { continue }
                averaged.rows[feature] = Int32(averaged.rows.count)
                averaged.weights += w
            }
            return averaged
        }
    }
}
