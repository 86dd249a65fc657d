import Testing

@testable import NewsqCore

/// Disputes: a rebuttal points at what it rebuts, inside its article; precision first.
@Suite struct DisputeFinderTests {
    func disputes(_ body: String) -> [DisputeRow] {
        Store(loaded: ArticleLoader.extract([Article(path: "a.txt", body: body)])).disputes
    }

    @Test func aDenialAnswersTheAccusationBeforeIt() {
        let found = disputes(
            """
            Prosecutors accused Bernard Ebbers of directing the fraud at the firm. The weather in New York was mild, \
            forecasters said. Mr Ebbers has denied all the charges.
            """)
        #expect(found.count == 1)
        #expect(found.first?.textA == "Bernard Ebbers of directing the fraud at the firm")
        #expect(found.first?.why.contains("answers the accusation before it") == true)
    }

    @Test func aRebuttalThatNamesAClaimsOwnerPointsAtThatOwnersClaim() {
        let found = disputes(
            """
            Victor Conte said he gave the sprinter banned drugs before the Games. The weather stayed mild, forecasters said.             "Victor Conte's allegations are not true and the truth will come out," said Marion Jones.
            """)
        #expect(found.map(\.textA) == ["he gave the sprinter banned drugs before the Games"])
        #expect(found.first?.why == "Marion Jones rebuts (\"not true\"); it names that claim's owner")
    }

    @Test func aDenialThatRepeatsAClaimPointsAtIt() {
        let found = disputes(
            """
            Jewish leaders said the poster campaign was anti-Semitic and offensive. The weather stayed mild, forecasters said. \
            Labour denied the poster campaign was anti-Semitic.
            """)
        #expect(found.map(\.textA) == ["the poster campaign was anti-Semitic and offensive"])
        #expect(found.first?.why == "Labour rebuts (cue deny); it repeats what that claim says")
    }

    @Test func aCountryDeniesWhatOthersSayHappenedOnItsSoil() {
        let found = disputes(
            """
            A drone fell on Romanian soil overnight, Ukraine said. Romania denied the claim. Kyiv's port was hit by \
            eleven drones, the mayor said.
            """)
        #expect(found.map(\.textA) == ["A drone fell on Romanian soil overnight"])
        #expect(found.first?.actorB == "Romania")
        #expect(found.first?.topic == "drone fell on Romanian soil overnight")
    }

    @Test func declinedToCommentOrAProposalRejectedIsNoDispute() {
        #expect(
            disputes(
                """
                The Daily Mail reported that the bank had lost millions in the deal. The bank declined to comment. \
                The board rejected the offer from its rival.
                """
            ).isEmpty)
    }

    @Test func aReferenceThatNamesItsOwnerPairsWithThatOwnersClaimOnly() {
        let found = disputes(
            """
            Nancy Pelosi said Biden should skip the debates with Trump entirely. Donald Trump claimed Biden's plan was a \
            surrender to the virus. Biden rejected Pelosi's suggestion.
            """)
        // Trump's accusation names Biden and comes just before, but the rebuttal says whose claim it rejects.
        #expect(found.map(\.actorA) == ["Nancy Pelosi"])
    }

    @Test func theDemoPairsNoActorsWhoAgree() {
        let store = Store(loaded: ArticleLoader.extract(DemoCorpus.articles))
        #expect(!store.disputes.isEmpty)
        for d in store.disputes {
            #expect(Set([d.actorA, d.actorB]).isSubset(of: ["Norway", "Sweden", "Sweden MFA", "Norway MFA"]), "\(d.actorA) / \(d.actorB)")
        }
    }

    /// The byte-level readings every claim passes through agree with the word-level ones they stand for.
    @Test func theByteReadingsAgreeWithTheWordReadings() {
        let texts = [
            "", "...", "That is NOT true, he said", "the claims were baseless!", "Not-true", "nottrue", "is  wrong",
            "Erdoğan said it was fabricated", "at no time did the drones fall", "At no\ttime", "innocence", "he is wronged",
            "Ça ne va pas: it is false", "numbers 2 and 3", "cannot be substantiated.",
        ]
        for text in texts {
            #expect(DisputeFinder.words(text) == DisputeFinder.spaced(DisputeFinder.tokens(text)), "\(text)")
            for cue in ["say", "deny", "dismiss"] where DisputeFinder.rebuttal(cue: cue, tokens: DisputeFinder.tokens(text)) != nil {
                #expect(DisputeFinder.mayRebut(cue: cue, text: text), "\(cue): \(text)")
            }
        }
        #expect(DisputeFinder.mayRebut(cue: "say", text: "That is NOT true"))
        #expect(!DisputeFinder.mayRebut(cue: "say", text: "he is wronged and nottrue"))
    }
}
