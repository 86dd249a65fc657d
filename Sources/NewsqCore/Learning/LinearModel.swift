import Foundation

/// A trained linear model over hashed features (`FeatureHash`): for each feature, one
/// weight per class; a class's score is the sum of its weights over the features present.
/// Every model newsq ships is one of these, trained by `Perceptron` and stored in one
/// format, mapped on first use from `Resources/NAME.model`.
final class LinearModel: @unchecked Sendable {
    let classes: Int
    /// The weights as 16-bit integers of `scale`, each feature's beside its key.
    private let table: WeightTable
    private let scale: Float

    /// A model with no features: every score is 0.
    convenience init(classes: Int) {
        self.init(classes: classes, scale: 1, table: WeightTable(count: 0, width: classes, key: { _ in 0 }, weight: { _, _ in 0 }))
    }

    private init(classes: Int, scale: Float, table: WeightTable) {
        self.classes = classes
        self.scale = scale
        self.table = table
    }

    /// From averaged weights: `weights[n]` are feature `keys[n]`'s, one per class.
    convenience init(classes: Int, keys: [UInt64], weights: [[Float]]) {
        let scale = max(weights.lazy.flatMap { $0 }.map(abs).max() ?? 1, 1e-6) / 32767
        let table = WeightTable(
            count: keys.count, width: classes, key: { keys[$0] },
            weight: { n, c in Int16(max(-32767, min(32767, (weights[n][c] / scale).rounded()))) })
        self.init(classes: classes, scale: scale, table: table)
    }

    var isEmpty: Bool { table.count == 0 }
    var featureCount: Int { table.count }

    /// Asks for the weights of these features ahead of scoring them (`WeightTable.prefetch`).
    func prefetch(_ features: [UInt64]) { table.prefetch(features) }

    /// Every class's score for these features.
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: classes) { sums in
            sums.initialize(repeating: 0)
            table.add(features, to: sums.baseAddress!)
            for c in 0..<classes { scores[c] = Float(sums[c]) * scale }
        }
    }

    // MARK: - File format

    /// "NQLM03", the class count, a zero byte, then as 32-bit integers the number of features
    /// and of slots, the scale as a 32-bit float, zeros to byte 32; then the weight table's
    /// slots exactly as it holds them in memory (`WeightTable`: a 32-bit check of the
    /// feature's hash, then its weights as 16-bit integers of that scale). Little-endian throughout, so a model file
    /// is used where it lies, mapped, not parsed.
    private static let magic = Array("NQLM03".utf8)
    private static let header = 32

    /// The model a file holds, mapped read-only; nil when it is not a model of this format.
    convenience init?(mapping path: String) {
        guard let memory = SlotMemory(mapping: path, offset: Self.header) else { return nil }
        let head = UnsafeRawBufferPointer(start: memory.base - Self.header, count: Self.header)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard let size, let layout = Self.layout(head, fileBytes: size) else { return nil }
        self.init(classes: layout.classes, scale: layout.scale, table: WeightTable(memory: memory, slots: layout.slots, width: layout.classes, count: layout.count))
    }

    /// The model in a file's bytes, copied.
    convenience init?(data: Data) {
        guard data.count >= Self.header else { return nil }
        let loaded: (Layout, SlotMemory)? = data.withUnsafeBytes { raw in
            guard let layout = Self.layout(UnsafeRawBufferPointer(rebasing: raw[0..<Self.header]), fileBytes: raw.count) else { return nil }
            let bytes = layout.slots * WeightTable.stride(width: layout.classes)
            let memory = SlotMemory(allocating: bytes)
            memory.mutableBase.copyMemory(from: raw.baseAddress! + Self.header, byteCount: bytes)
            return (layout, memory)
        }
        guard let (layout, memory) = loaded else { return nil }
        self.init(classes: layout.classes, scale: layout.scale, table: WeightTable(memory: memory, slots: layout.slots, width: layout.classes, count: layout.count))
    }

    private struct Layout {
        let classes: Int, count: Int, slots: Int, scale: Float
    }

    /// What a header says, when it is one and agrees with the file's length.
    private static func layout(_ head: UnsafeRawBufferPointer, fileBytes: Int) -> Layout? {
        guard head.count >= header, Array(head.prefix(6)) == magic else { return nil }
        let classes = Int(head[6])
        let count = Int(UInt32(littleEndian: head.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        let slots = Int(UInt32(littleEndian: head.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
        let scale = Float(bitPattern: UInt32(littleEndian: head.loadUnaligned(fromByteOffset: 16, as: UInt32.self)))
        guard (1...WeightTable.maximumWidth).contains(classes), slots > 0, slots & (slots - 1) == 0, count <= slots,
            fileBytes == header + slots * WeightTable.stride(width: classes), scale.isFinite
        else { return nil }
        return Layout(classes: classes, count: count, slots: slots, scale: scale)
    }

    func data() -> Data {
        var out = Self.magic + [UInt8(classes), 0]
        func append(_ value: UInt64, _ length: Int) {
            for i in 0..<length { out.append(UInt8((value >> (8 * UInt64(i))) & 0xFF)) }
        }
        append(UInt64(table.count), 4)
        append(UInt64(table.mask + 1), 4)
        append(UInt64(scale.bitPattern), 4)
        out += [UInt8](repeating: 0, count: Self.header - out.count)
        return Data(out) + Data(table.bytes)
    }
}
