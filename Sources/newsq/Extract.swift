import ArgumentParser
import Foundation
import NewsqCore

/// `newsq extract`: the extractor as a streaming filter, for Spark's `RDD.pipe`, Hadoop
/// Streaming or GNU parallel to run on each shard. No shell, no store.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq extract",
        abstract: "Write the claims of articles as JSON Lines, a batch at a time over the cores, in input order.",
        discussion: "Reads article files and folders as `newsq PATH` does, or, with -, news-please JSON Lines on standard input "
            + "(title, maintext or text, date_publish or date, url, source_domain), or {\"path\": …, \"file\": …} records holding an article "
            + "file's content, read as that file would be. Each line out is one claim with every field of "
            + "`claims`, then actor_kind, resolution, found and its article's title, source, url and words; actors are resolved within their "
            + "article only. `newsq FILE` loads the lines back and merges actors across articles, as a load of the articles would. A line that is not an article is skipped with a warning naming it; the run goes on and exits 0."
    )

    @Argument(help: "Article files or folders, or - for JSON Lines on standard input.")
    var paths: [String] = []

    func run() throws {
        var stream = ClaimStream()
        let out = FileHandle.standardOutput
        func warn(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
        guard !paths.isEmpty else { throw ValidationError("give article files or folders, or - for JSON Lines on standard input") }
        for path in paths {
            if path == "-" {
                stream.extract(jsonLines: AnyIterator { readLine(strippingNewline: true) }, write: { out.write(Data($0.utf8)) }, warn: warn)
                continue
            }
            stream.extract(files: [path], write: { out.write(Data($0.utf8)) }, warn: warn)
        }
    }
}
