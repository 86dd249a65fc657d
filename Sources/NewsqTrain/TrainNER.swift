import ArgumentParser
import Foundation
import NewsqCore

/// Trains the entity model that ships in NewsqCore's resources. `scripts/train-ner`
/// runs the whole chain: `bodies` → the teacher (spaCy, Python) → `train`.
struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train newsq's entity model on a teacher's labels.",
        subcommands: [Bodies.self, Train.self])

    /// Article bodies as newsq reads them, as JSON Lines {"path", "body"}: what the teacher labels.
    struct Bodies: ParsableCommand {
        @Argument(help: "Article files or folders.") var paths: [String]

        func run() throws {
            let read = ArticleLoader.read(paths)
            let out = FileHandle.standardOutput
            for article in read.articles {
                let line = try JSONSerialization.data(withJSONObject: ["path": article.path, "body": article.body], options: [.sortedKeys])
                out.write(line + Data("\n".utf8))
            }
        }
    }

    /// Trains on {"path", "body", "ents": [[start, end, label], ...]} lines (UTF-8 byte offsets).
    struct Train: ParsableCommand {
        @Argument(help: "The teacher's labels, JSON Lines.") var silver: String
        @Option(help: "Where to write the model.") var out = "Sources/NewsqCore/Resources/entities.model"
        @Option(help: "Passes over the training articles (8 agreed best with the teacher on held-out articles; 5 and 12 less).") var epochs = 8
        @Option(help: "Every Nth article is held out to measure agreement with the teacher.") var holdOutEvery = 10
        @Option(help: "Paths containing this are held out too (repeatable).") var holdOut: [String] = []
        @Option(help: "Paths containing this are left out altogether (repeatable), such as gold articles.") var exclude: [String] = []

        func run() throws {
            let text = try String(contentsOfFile: silver, encoding: .utf8)
            var training: [EntityTraining.Document] = [], heldOut: [EntityTraining.Document] = []
            var n = 0
            for line in text.split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let path = object["path"] as? String, let body = object["body"] as? String,
                    let ents = object["ents"] as? [[Any]]
                else { continue }
                if exclude.contains(where: { path.contains($0) }) { continue }
                let entities = ents.compactMap { e -> (start: Int, end: Int, label: String)? in
                    guard e.count == 3, let s = e[0] as? Int, let t = e[1] as? Int, let l = e[2] as? String else { return nil }
                    return (s, t, l)
                }
                let document = EntityTraining.Document(body: body, entities: entities)
                n += 1
                if n % holdOutEvery == 0 || holdOut.contains(where: { path.contains($0) }) {
                    heldOut.append(document)
                } else {
                    training.append(document)
                }
            }
            FileHandle.standardError.write(Data("training on \(training.count) articles, holding out \(heldOut.count)\n".utf8))
            let (model, agreement) = EntityTraining.train(training, heldOut: heldOut, epochs: epochs) {
                FileHandle.standardError.write(Data(($0 + "\n").utf8))
            }
            try model.write(to: URL(fileURLWithPath: out), options: .atomic)  // a running newsq may have the old file mapped
            print("wrote \(out) (\(model.count) bytes)")
            print("agreement with the teacher on \(heldOut.count) held-out articles:")
            print(agreement)
        }
    }
}
