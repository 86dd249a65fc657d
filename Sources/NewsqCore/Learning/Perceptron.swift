/// The learner every model of newsq is trained with: an averaged perceptron over hashed
/// features. A decision among classes (a token's entity tag, whether a word is a cue) and
/// a choice among structures (a tag sequence, a candidate) are both learned by moving
/// weights toward the features of the truth and away from those of the wrong guess; the
/// model kept is the average of the weights over every step, which generalises better
/// than the last. Features seen fewer than `minimumSeen` times are left out of the model.
struct Perceptron {
    let classes: Int
    private var rows: [UInt64: Int] = [:]
    private var keys: [UInt64] = []
    private var weights: [Float] = []
    /// Running sums for the average, brought up to date lazily (`stamps`: the step each
    /// weight was last brought up to).
    private var totals: [Float] = []
    private var stamps: [Int] = []
    private var seen: [Int] = []
    private var step = 1

    init(classes: Int) { self.classes = classes }

    private mutating func row(_ feature: UInt64) -> Int {
        if let row = rows[feature] { return row }
        let row = keys.count
        rows[feature] = row
        keys.append(feature)
        weights += [Float](repeating: 0, count: classes)
        totals += [Float](repeating: 0, count: classes)
        stamps += [Int](repeating: 0, count: classes)
        seen.append(0)
        return row
    }

    /// The current (not averaged) scores, while training.
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        for c in 0..<classes { scores[c] = 0 }
        for f in features {
            guard let r = rows[f] else { continue }
            for c in 0..<classes { scores[c] += weights[r * classes + c] }
        }
    }

    /// Whether `observe` counts: on the first pass over the data only, so that `minimumSeen`
    /// counts examples, not examples times passes.
    var counting = true

    /// Counts the features of one example as seen (for `minimumSeen`).
    mutating func observe(_ features: [UInt64]) {
        guard counting else { return }
        for f in features { seen[row(f)] += 1 }
    }

    /// Adds `delta` to class `c`'s weight of each feature.
    mutating func update(_ features: [UInt64], class c: Int, by delta: Float) {
        for f in features {
            let i = row(f) * classes + c
            totals[i] += Float(step - stamps[i]) * weights[i]
            stamps[i] = step
            weights[i] += delta
        }
    }

    /// One example done: the step the average counts.
    mutating func tick() { step += 1 }

    /// A decision among classes on one set of features: where the guess was wrong, the
    /// truth's weights go up and the guess's down.
    mutating func learn(_ features: [UInt64], truth: Int, guess: Int) {
        observe(features)
        if guess != truth {
            update(features, class: truth, by: 1)
            update(features, class: guess, by: -1)
        }
        tick()
    }

    /// The averaged model, without features seen fewer than `minimumSeen` times or whose
    /// weights all but vanish.
    func finish(minimumSeen: Int) -> LinearModel {
        var kept: [UInt64] = [], averaged: [[Float]] = []
        for (r, key) in keys.enumerated() where seen[r] >= minimumSeen {
            let w = (0..<classes).map { c -> Float in
                let i = r * classes + c
                return (totals[i] + Float(step - stamps[i]) * weights[i]) / Float(step)
            }
            guard w.contains(where: { abs($0) > 1e-4 }) else { continue }
            kept.append(key)
            averaged.append(w)
        }
        return LinearModel(classes: classes, keys: kept, weights: averaged)
    }
}

/// A small deterministic generator (SplitMix64), so training runs repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
