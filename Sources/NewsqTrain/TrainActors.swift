import ArgumentParser
import Foundation
import NewsqCore

/// Trains the actor ranker (`Resources/actors.model`) on canonical-actor gold, as
/// `../shared/gold/actors-dev.jsonl` and `actors-train.jsonl` give it.
struct TrainActors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "Train the ranker that chooses who a pronoun or a description means.")

    @Argument(help: "Canonical-actor gold, JSON Lines {article, actor, actor_alt, text}.") var gold: [String]
    @Option(help: "The folder the articles' paths are relative to.") var corpus = "../shared/corpus"
    @Option(help: "Passes over the training choices (chosen by --folds 5).") var epochs = 8
    @Option(help: "Features seen fewer times are left out of the model.") var minimumSeen = 3
    @Option(help: "Where to write actors.model.") var out = "Sources/NewsqCore/Resources"
    @Option(help: "Articles whose path contains this are left out of training (repeatable): a fold's test articles.")
    var exclude: [String] = []
    @Option(help: "Measure instead: choices right when each of this many folds of articles is chosen by a model fitted on the others.")
    var folds: Int?

    func run() throws {
        var claims: [ActorTraining.GoldClaim] = []
        for file in gold {
            for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let article = object["article"] as? String, !exclude.contains(where: { article.contains($0) })
                else { continue }
                claims.append(
                    ActorTraining.GoldClaim(
                        article: article, text: object["text"] as? String ?? "", actor: object["actor"] as? String ?? "",
                        alternatives: object["actor_alt"] as? [String] ?? []))
            }
        }
        if let folds {
            let cv = ActorTraining.crossValidate(claims, corpus: corpus, folds: folds, epochs: epochs, minimumSeen: minimumSeen)
            print("\(cv.choices) choices with a right candidate, \(folds) folds by article: the rules get \(cv.rules) right, the model \(cv.model)")
            return
        }
        let (model, report) = ActorTraining.train(claims, corpus: corpus, epochs: epochs, minimumSeen: minimumSeen)
        try model.write(to: URL(fileURLWithPath: out + "/actors.model"), options: .atomic)  // a running newsq may have the old file mapped
        print("wrote \(out)/actors.model (\(model.count) bytes)")
        print(report)
    }
}
