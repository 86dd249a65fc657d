import Foundation
import Testing

@testable import NewsqCore

/// The learned choice among the actors a pronoun or description may mean: trained on gold
/// actors, it overrules the rules only where it scores another candidate higher by the margin.
@Suite struct ActorRankingTests {
    /// The rules' "she" is the woman who spoke last; the gold says the one named since.
    static let article = """
        Council row over figures

        Maria Lopez said the budget was sound.

        The report was written by Anna Smith for the council.

        She said the figures were wrong.
        """

    @Test func theRulesAnswerStandsUnlessAnotherBeatsItByTheMargin() {
        #expect(ActorRanking.pick([1, 1 + ActorRanking.margin - 0.1, 0], rules: 0) == 0)
        #expect(ActorRanking.pick([1, 1 + ActorRanking.margin + 0.1, 0], rules: 0) == 1)
        #expect(ActorRanking.pick([1 + ActorRanking.margin + 1, 1, 2], rules: 1) == 0)
    }

    @Test func claimsPairWithGoldWhenTheirSharedWordsCoverHalfOfEach() {
        let pairs = ActorTraining.matches(
            ["the ship was not there", "prices will rise"], ["talks failed", "the ship was not actually there at all", "prices rise"])
        #expect(pairs.map { [$0.0, $0.1] } == [[0, 1], [1, 2]])
        #expect(ActorTraining.matches(["a b c d e"], ["a b c d e f g h i j k"]).isEmpty)
    }

    @Test func aRankerTrainedOnGoldActorsOverrulesTheRulesWhereTheGoldDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-ranker-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var gold: [ActorTraining.GoldClaim] = []
        for n in 0..<4 {
            try Self.article.write(to: folder.appendingPathComponent("a\(n).txt"), atomically: true, encoding: .utf8)
            gold.append(.init(article: "a\(n).txt", text: "the figures were wrong", actor: "Anna Smith", alternatives: []))
        }
        let article = try #require(ArticleReader.parse(path: "a0.txt", bytes: Array(Self.article.utf8)).articles.first)
        func actor(_ ranker: LinearModel) -> String? {
            Extractor.claims(in: article, ranker: ranker).first { $0.text == "the figures were wrong" }?.actor
        }
        #expect(actor(LinearModel(classes: 1)) == "Maria Lopez")

        let trained = ActorTraining.train(gold, corpus: folder.path, epochs: 8, minimumSeen: 1)
        #expect(trained.report.hasPrefix("4 choices with a right candidate: the rules get 0, the model 4"))
        #expect(trained.model == ActorTraining.train(gold, corpus: folder.path, epochs: 8, minimumSeen: 1).model)  // a fixed seed
        let model = try #require(LinearModel(data: trained.model))
        #expect(actor(model) == "Anna Smith")
        let claim = try #require(Extractor.claims(in: article, ranker: model).first { $0.text == "the figures were wrong" })
        #expect(claim.resolution.contains("the ranker prefers Anna Smith to the rules' Maria Lopez"))
        #expect(claim.resolution.contains("ranked: Anna Smith"))
    }
}
