import Foundation
import Testing

@testable import NewsqCore

/// The one learner every model is trained with, and the one format they are stored in.
@Suite struct LearningTests {
    @Test func thePerceptronLearnsADecisionAndTheAverageKeepsIt() {
        // Class 1 when feature 7 is present, else class 0; feature 9 is noise.
        var perceptron = Perceptron(classes: 2)
        var generator = SeededGenerator(seed: 1)
        for _ in 0..<200 {
            let yes = Bool.random(using: &generator)
            let features: [UInt64] = (yes ? [7] : []) + (Bool.random(using: &generator) ? [9] : []) + [1]
            var scores: [Float] = [0, 0]
            perceptron.scores(features, into: &scores)
            perceptron.learn(features, truth: yes ? 1 : 0, guess: scores[1] > scores[0] ? 1 : 0)
        }
        let model = perceptron.finish(minimumSeen: 1)
        var scores: [Float] = [0, 0]
        model.scores([7, 1], into: &scores)
        #expect(scores[1] > scores[0])
        model.scores([9, 1], into: &scores)
        #expect(scores[0] > scores[1])
    }

    @Test func aModelReadsBackFromItsFileAsItWasWritten() throws {
        let model = LinearModel(classes: 3, keys: [0, 42, 1 << 63], weights: [[1, -2, 0.5], [0, 3, -3], [0.25, 0, 0]])
        let read = try #require(LinearModel(data: model.data()))
        #expect(read.classes == 3 && read.featureCount == 3)
        for features: [UInt64] in [[42], [0, 42], [1 << 63], [5]] {
            var a: [Float] = [0, 0, 0], b: [Float] = [0, 0, 0]
            model.scores(features, into: &a)
            read.scores(features, into: &b)
            #expect(a == b)
        }
        #expect(LinearModel(data: Data("NQLM03".utf8)) == nil)
        #expect(LinearModel(data: model.data().dropLast()) == nil)
    }

    @Test func aModelFileIsUsedMappedAndADamagedOneIsRefusedOrHarmless() throws {
        let model = LinearModel(classes: 2, keys: [3, 42], weights: [[1, -1], [0, 2]])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-\(UUID().uuidString).model").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.data().write(to: URL(fileURLWithPath: path))
        let mapped = try #require(LinearModel(mapping: path))
        var a: [Float] = [0, 0], b: [Float] = [0, 0]
        model.scores([3, 42, 7], into: &a)
        mapped.scores([3, 42, 7], into: &b)
        #expect(a == b && mapped.featureCount == 2)
        // A file cut short, or not a model, is refused.
        try model.data().dropLast(32).write(to: URL(fileURLWithPath: path))
        #expect(LinearModel(mapping: path) == nil)
        try Data("not a model at all, but long enough to have a header".utf8).write(to: URL(fileURLWithPath: path))
        #expect(LinearModel(mapping: path) == nil)
        // Every slot taken (no empty slot ends a probe): a missing feature still reads as nothing.
        var full = model.data()
        let stride = WeightTable.stride(width: 2)
        for slot in 0..<((full.count - 32) / stride) {
            full.replaceSubrange((32 + slot * stride)..<(32 + slot * stride + 4), with: [UInt8](repeating: 0xEE, count: 4))
        }
        let damaged = try #require(LinearModel(data: full))
        damaged.scores([7], into: &b)
        #expect(b == [0, 0])
    }

    @Test func theShippedEntityModelIsReadInTheSharedFormat() {
        #expect(!EntityTagger.shared.isEmpty && EntityTagger.shared.classes == EntityTag.count)
    }
}
