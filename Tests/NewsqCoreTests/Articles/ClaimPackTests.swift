import Testing

@testable import NewsqCore

/// A pack gives back every claim as it was put in, whatever it shares with the claim
/// before it or its own sentence, however large its numbers and texts.
@Suite struct ClaimPackTests {
    static func claim(_ text: String, in sentence: String, at span: Range<Int>, line: Int = 3, speaker: String = "the ministry") -> ExtractedClaim {
        ExtractedClaim(
            speaker: speaker, actor: "Romania MoD", actorKind: .organization, role: "spokesman", org: "MoD", country: "Romania",
            cue: "deny", stance: .deny, kind: .direct, text: text, sentence: sentence, line: line, span: span,
            resolution: "the entity model reads an organization in the phrase", found: "by the rules")
    }

    /// Every field, as one text to compare.
    static func fields(_ c: ExtractedClaim) -> String {
        [
            c.speaker, c.actor, c.actorKind.rawValue, c.role, c.org, c.country, c.cue, c.stance.rawValue, c.kind.rawValue, c.text, c.sentence,
            String(c.line), String(c.span.lowerBound), String(c.span.upperBound), c.resolution, c.found,
        ].joined(separator: "|")
    }

    @Test func claimsComeBackAsTheyWentIn() {
        let sentence = "The ministry denied that drones fell on Romanian soil, a spokesman said."
        let utf8 = Array(sentence.utf8)
        let inside = String(decoding: utf8[21..<53], as: UTF8.self)
        let long = String(repeating: "ă long sentence ", count: 6000)  // past 16-bit offsets
        let claims = [
            Self.claim(inside, in: sentence, at: 21..<53),  // its text is the sentence's bytes at its span
            Self.claim("drones fell", in: sentence, at: 21..<32, speaker: "he"),  // the same sentence again
            Self.claim("not what the sentence says", in: sentence, at: 0..<5),  // its own text
            Self.claim("a span past the end", in: "short", at: 2..<40),
            Self.claim("", in: "", at: 0..<0, line: Int(Int32.max) + 7),  // past 32-bit numbers
            Self.claim("Žižek — ünïcödé", in: long, at: 0..<4),
            Self.claim(inside, in: sentence, at: 21..<53),  // the sentence again, after another
        ]
        var pack = ClaimPack(claims)
        #expect(pack.count == claims.count)
        #expect(zip(pack, claims).allSatisfy { Self.fields($0) == Self.fields($1) })
        // Appended to after it was made: still every claim as it went in.
        let more = Self.claim("later", in: "A later sentence said later things.", at: 15..<20, line: 9)
        pack.append(more)
        pack.tighten()
        #expect(zip(pack, claims + [more]).allSatisfy { Self.fields($0) == Self.fields($1) })
        #expect(pack.string(2, .text) == "not what the sentence says" && pack.string(1, .sentence) == sentence)
    }
}
