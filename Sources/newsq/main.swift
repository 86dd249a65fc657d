import NewsqCore
import Foundation
let loaded = ArticleLoader.load(Array(CommandLine.arguments.dropFirst()))
for w in loaded.warnings { FileHandle.standardError.write((w.description + "\n").data(using: .utf8)!) }
for a in loaded.articles {
    for c in a.claims {
        let obj: [String: Any] = ["path": a.article.path, "actor": c.actor, "speaker": c.speaker, "cue": c.cue, "stance": c.stance.rawValue, "kind": c.kind.rawValue, "text": c.text, "line": c.line, "how": c.resolution]
        let d = try! JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])
        print(String(decoding: d, as: UTF8.self))
    }
}
