// libFuzzer target for the article reader and the extractor: any bytes, as a
// .txt, a .json and a .jsonl file, through decoding, parsing and claim extraction.
// Fuzzing build and run: scripts/fuzz.
// Otherwise it replays inputs: fuzz-articles FILE...
import Foundation
import FuzzSupport
import NewsqCore

func fuzzOne(_ data: Data) {
    let bytes = [UInt8](data)
    for name in ["f.txt", "f.json", "f.jsonl"] {
        let parsed = ArticleReader.parse(path: name, bytes: bytes)
        for article in parsed.articles {
            let claims = Extractor.claims(in: article)
            for claim in claims {
                // Every span must fall inside its sentence.
                precondition(claim.span.upperBound <= claim.sentence.utf8.count, "span outside its sentence")
            }
        }
    }
}

@main
enum Main {
    static func main() { FuzzDriver.run(fuzzOne) }
}
