import ArgumentParser
import Foundation
import NewsqCore

/// Trains the attribution model (`Resources/cues.model` and `spans.model`) on annotated
/// attributions with character offsets, as `../shared/gold/polnear-train-spans.jsonl`
/// gives them; measures it on another such file (PolNeAR's dev split) that it never trains on.
struct TrainClaims: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims", abstract: "Train the cue and span models on attributions with offsets.")

    @Argument(help: "Attributions to train on, JSON Lines {article, source, cue, content} with [start, end) character ranges.")
    var training: [String]
    @Option(help: "The folder the articles' paths are relative to.") var corpus = "../shared/corpus"
    @Option(help: "Attributions to measure on (never trained on).") var measure: String?
    @Option(help: "Passes over the training articles.") var epochs = 10
    @Option(help: "Features seen fewer times are left out of the models.") var minimumSeen = 5
    @Option(help: "Where to write cues.model and spans.model.") var out = "Sources/NewsqCore/Resources"
    @Option(help: "Wrong cues to print, as examples.") var examples = 0
    @Option(help: "Articles whose path contains this are left out of training (repeatable): a fold's test articles.")
    var exclude: [String] = []

    func run() throws {
        let documents = try Self.documents(training, corpus: corpus).filter { d in !exclude.contains { d.path.contains($0) } }
        FileHandle.standardError.write(Data("training on \(documents.count) articles\n".utf8))
        let models = AttributionTraining.train(documents, epochs: epochs, minimumSeen: minimumSeen) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        // Written aside and renamed: a running newsq may have the old files mapped.
        try models.cues.write(to: URL(fileURLWithPath: out + "/cues.model"), options: .atomic)
        try models.spans.write(to: URL(fileURLWithPath: out + "/spans.model"), options: .atomic)
        print("wrote \(out)/cues.model (\(models.cues.count) bytes), \(out)/spans.model (\(models.spans.count) bytes)")
        if let measure {
            let held = try Self.documents([measure], corpus: corpus)
            for threshold: Float in [0, 4, 8] {
                print(
                    "on \(held.count) articles of \(measure), threshold \(threshold): "
                        + AttributionTraining.evaluate(models, on: held, threshold: threshold, examples: threshold == 0 ? examples : 0))
            }
        }
    }

    /// The articles of attribution files, each read once with its attributions.
    static func documents(_ files: [String], corpus: String) throws -> [AttributionTraining.Document] {
        var byArticle: [String: [AttributionTraining.Attribution]] = [:]
        var order: [String] = []
        for file in files {
            for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let article = object["article"] as? String
                else { continue }
                func ranges(_ key: String) -> [Range<Int>] {
                    ((object[key] as? [[Int]]) ?? []).compactMap { $0.count == 2 && $0[0] <= $0[1] ? $0[0]..<$0[1] : nil }
                }
                if byArticle[article] == nil { order.append(article) }
                byArticle[article, default: []].append(
                    AttributionTraining.Attribution(source: ranges("source"), cue: ranges("cue"), content: ranges("content")))
            }
        }
        return order.compactMap { article in
            let path = corpus + "/" + article
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            return AttributionTraining.Document(path: path, bytes: [UInt8](data), attributions: byArticle[article] ?? [])
        }
    }
}
