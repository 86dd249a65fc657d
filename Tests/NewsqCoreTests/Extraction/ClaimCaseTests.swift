import Foundation
import Testing

@testable import NewsqCore

/// Runs the cases of `claims.test` (format in its header): each text through the
/// extractor, each expected claim's fields compared in order.
@Suite struct ClaimCaseTests {
    struct Case: CustomTestStringConvertible {
        var line: Int
        var text: String
        var claims: [[String: String]] = []
        var none = false
        var more = false
        var testDescription: String { "claims.test:\(line)" }
    }

    static let cases: [Case] = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("claims.test")
        let source = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        var cases: [Case] = []
        var current: Case?
        for (n, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("#") { continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if let done = current { cases.append(done) }
                current = nil
            } else if line.hasPrefix("- ") {
                let expectation = String(line.dropFirst(2))
                if expectation == "none" { current?.none = true; continue }
                if expectation == "..." { current?.more = true; continue }
                var fields: [String: String] = [:]
                for pair in expectation.components(separatedBy: " | ") {
                    let name = String(pair.prefix { $0 != ":" })
                    fields[name] = String(pair.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces)
                }
                current?.claims.append(fields)
            } else if current == nil {
                current = Case(line: n + 1, text: line)
            } else {
                current!.text += "\n\n" + line
            }
        }
        if let done = current { cases.append(done) }
        return cases
    }()

    static func field(_ claim: ExtractedClaim, _ name: String) -> String? {
        switch name {
        case "speaker": return claim.speaker
        case "actor": return claim.actor
        case "cue": return claim.cue
        case "stance": return claim.stance.rawValue
        case "kind": return claim.kind.rawValue
        case "text": return claim.text
        case "role": return claim.role
        case "org": return claim.org
        case "country": return claim.country
        default: return nil
        }
    }

    @Test func theFileHasCases() {
        #expect(Self.cases.count >= 15)
        #expect(Self.cases.allSatisfy { $0.none || !$0.claims.isEmpty }, "a case without expectations")
    }

    @Test(arguments: cases) func extractsWhatTheCaseSays(_ c: Case) {
        let found = Extractor.claims(in: Article(path: "t.txt", body: c.text))
        if c.none {
            #expect(found.isEmpty, "expected no claim, got \(found.map(\.text))")
            return
        }
        if c.more {
            #expect(found.count >= c.claims.count, "expected at least \(c.claims.count) claims, got \(found.map(\.text))")
        } else {
            #expect(found.count == c.claims.count, "expected \(c.claims.count) claims, got \(found.map(\.text))")
        }
        for (n, (expected, claim)) in zip(c.claims, found).enumerated() {
            for (name, value) in expected.sorted(by: { $0.key < $1.key }) {
                guard let actual = Self.field(claim, name) else {
                    Issue.record("claims.test:\(c.line): no field `\(name)`")
                    continue
                }
                #expect(actual == value, "claim \(n + 1) \(name)")
            }
        }
    }
}
