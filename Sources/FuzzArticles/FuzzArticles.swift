// libFuzzer target for the article reader and the extractor: any bytes, as a
// .txt, a .json and a .jsonl file, through decoding, parsing and claim extraction.
// Fuzzing build and run: scripts/fuzz.
// Otherwise it replays inputs: fuzz-articles FILE...
import Foundation
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

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// Under the fuzzer: libFuzzer's driver calls back with each input.
@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { bytes, count in
            fuzzOne(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        })
    }
}
#else
/// Without the fuzzer: replay saved inputs (crashes the fuzzer found, kept as tests).
@main
enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            fuzzOne(data)
            print("ok \(path)")
        }
    }
}
#endif
