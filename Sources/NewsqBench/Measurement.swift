import Foundation

/// Repeated timings of one thing, summarised as median and spread (10th–90th percentile).
struct Measurement {
    var seconds: [Double]

    var median: Double { percentile(0.5) }
    var low: Double { percentile(0.1) }
    var high: Double { percentile(0.9) }

    func percentile(_ p: Double) -> Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    /// "0.42 ms (0.40–0.47)"
    var summary: String {
        "\(Measurement.duration(median)) (\(Measurement.duration(low, unit: false))–\(Measurement.duration(high, unit: false)))"
    }

    /// Times `body` until `reps` runs or `budget` seconds, whichever first (at least 3 runs).
    static func repeating(reps: Int, budget: Double = 3, _ body: () throws -> Void) rethrows -> Measurement {
        var times: [Double] = []
        let start = now()
        while times.count < reps && (times.count < 3 || now() - start < budget) {
            let t = now()
            try body()
            times.append(now() - t)
        }
        return Measurement(seconds: times)
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let t = now()
        let result = try body()
        return (result, now() - t)
    }

    /// Milliseconds below a second, seconds above; the unit only on the first of a pair.
    static func duration(_ s: Double, unit: Bool = true) -> String {
        if s.isNaN { return "–" }
        if s < 1 { return String(format: s < 0.01 ? "%.3f" : "%.1f", s * 1000) + (unit ? " ms" : "") }
        return String(format: "%.2f", s) + (unit ? " s" : "")
    }
}
