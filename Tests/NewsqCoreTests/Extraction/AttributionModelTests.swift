import Foundation
import Testing

@testable import NewsqCore

/// The attribution model: learned from annotated attributions with the shared learner,
/// shipped in the resources, adding claims the rules miss and saying so.
@Suite struct AttributionModelTests {
    /// An article of `sentences` with each one's attribution as character ranges.
    static func document(_ sentences: [(text: String, source: String, cue: String, content: String)]) -> AttributionTraining.Document {
        var body = ""
        var attributions: [AttributionTraining.Attribution] = []
        for s in sentences {
            func range(_ part: String) -> [Range<Int>] {
                guard !part.isEmpty, let r = s.text.range(of: part) else { return [] }
                let start = body.unicodeScalars.count + s.text.unicodeScalars.distance(from: s.text.startIndex, to: r.lowerBound)
                return [start..<(start + part.unicodeScalars.count)]
            }
            attributions.append(.init(source: range(s.source), cue: range(s.cue), content: range(s.content)))
            body += s.text + "\n\n"
        }
        return AttributionTraining.Document(path: "t.txt", bytes: Array(body.utf8), attributions: attributions)
    }

    @Test func theCueAndSpanModelsLearnFromAnnotatedAttributions() throws {
        let names = ["Ann Lee", "Bo Chan", "Cy Park", "Di Ross", "Ed Moss", "Flo Kerr"]
        let verbs = ["mused", "quipped", "opined", "remarked"]
        var training: [AttributionTraining.Document] = []
        for (n, name) in names.enumerated() {
            let verb = verbs[n % verbs.count]
            training.append(
                Self.document([
                    ("\(name) \(verb) that the bridge was unsafe.", name, verb, "the bridge was unsafe"),
                    ("The river rose in the night and the town was flooded.", "", "", ""),
                ]))
        }
        let models = AttributionTraining.train(training, epochs: 5, minimumSeen: 1)
        let cues = try #require(LinearModel(data: models.cues)), spans = try #require(LinearModel(data: models.spans))
        // On an article it did not see: the cue is found, the source and content tagged.
        let analysis = ArticleAnalysis(bytes: Array("Gus Hale opined that the dam was weak.\n".utf8))
        var context = AttributionContext(analysis, everything: true)
        context.prepare(0..<analysis.text.tokens.count)
        var buffer: [UInt64] = []
        let words = analysis.text.tokens.map(\.lower)
        let cue = try #require(words.firstIndex(of: "opined"))
        #expect(CueModel(model: cues).score(cue, in: context, buffer: &buffer) > 0)
        #expect(CueModel(model: cues).score(words.firstIndex(of: "dam")!, in: context, buffer: &buffer) < 0)
        let (window, labels) = SpanTagger(model: spans).tag(cue: cue, in: context, buffer: &buffer)
        let content = AttributionModel.runs(window, labels) { $0.isContent }.map { analysis.text.text($0) }
        let source = AttributionModel.runs(window, labels) { $0.isSource }.map { analysis.text.text($0) }
        #expect(content == ["the dam was weak"] && source == ["Gus Hale"], "\(content) \(source)")
    }

    @Test func theShippedModelAddsAClaimTheRulesMissAndSaysHowItWasFound() throws {
        let article = Article(path: "t.txt", body: "President Trump claims he would be okay if the impasse over the shutdown went on for years.")
        let claims = Extractor.claims(in: article)
        let claim = try #require(claims.first)
        #expect(claim.text == "he would be okay if the impasse over the shutdown went on for years" && claim.cue == "claim")
        #expect(claim.found.hasPrefix("by the attribution model: cue "), "\(claim.found)")
        // What the rules find says so too.
        let said = try #require(Extractor.claims(in: Article(path: "t.txt", body: "The minister said the bridge was safe.")).first)
        #expect(said.found == "by the rules")
    }

    @Test func aNegatedDenialDeniesNothing() {
        let tokens = Tokenizer(Array("Nor have they denied it".utf8)).tokens
        #expect(AttributionModel.stance(3, .deny, tokens) == .assert)
        #expect(AttributionModel.stance(3, .assert, tokens) == .assert)
        let plain = Tokenizer(Array("They denied it".utf8)).tokens
        #expect(AttributionModel.stance(1, .deny, plain) == .deny)
    }
}
