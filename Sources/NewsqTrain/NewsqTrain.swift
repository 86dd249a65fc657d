import ArgumentParser

/// Trains the models that ship in NewsqCore's resources, each with the one learner they
/// share (`Perceptron`): the entity model (`ner`, run by `scripts/train-ner`) and the attribution model
/// (`claims`, run by `scripts/train-claims`) and the actor ranker (`actors`, run by `scripts/train-actors`).
@main
struct NewsqTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq-train",
        abstract: "Train newsq's models.",
        subcommands: [TrainNER.self, TrainClaims.self, TrainActors.self])
}
