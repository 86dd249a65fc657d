import Foundation

/// How long each stage of a load took (walk, read and extract — or read, extract when
/// `newsq-bench` times them apart — actors, columns, disputes, store read, store write), for
/// `--stats` and `newsq-bench`. Stages add their time as they end;
/// the ones built side by side (actors, columns, disputes) each count their own time, so
/// the stages may add up to more than the load.
public final class StageClock: @unchecked Sendable {
    public static let shared = StageClock()
    private let lock = NSLock()
    private var order: [String] = []
    private var seconds: [String: Double] = [:]

    public func reset() {
        lock.lock(); defer { lock.unlock() }
        order = []
        seconds = [:]
    }

    /// Runs `work` as (part of) `stage`.
    public func time<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { add(stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        return try work()
    }

    /// Adds the time since `start` (`DispatchTime` nanoseconds) to `stage`: for a stage that is
    /// no one closure, such as all a store's building after extraction.
    func add(_ stage: String, since start: UInt64) {
        add(stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    private func add(_ stage: String, _ time: Double) {
        lock.lock(); defer { lock.unlock() }
        if seconds[stage] == nil { order.append(stage) }
        seconds[stage, default: 0] += time
    }

    /// Each stage and its seconds, in the order they first ended.
    public var stages: [(stage: String, seconds: Double)] {
        lock.lock(); defer { lock.unlock() }
        return order.map { ($0, seconds[$0]!) }
    }

    /// "stages: walk 0.004 s, read 0.210 s, extract 3.112 s, …".
    public var summary: String {
        "stages: " + stages.map { String(format: "%@ %.3f s", $0.stage, $0.seconds) }.joined(separator: ", ")
    }
}
