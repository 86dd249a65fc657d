import Foundation

/// What a benchmark run found, printed as Markdown for the README.
struct Report {
    struct Row {
        var name: String
        var rows: Int
        var newsq: Measurement
        var sqlite: Measurement?
        var jq: Measurement?
    }

    var articles: Int
    var claims: Int
    var textBytes: Int
    var folder: String
    var load: [(String, String)] = []
    var questions: [Row] = []

    var markdown: String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var out =
            "newsq-bench: \(articles) articles (\(String(format: "%.1f", Double(textBytes) / 1e6)) MB of text), "
            + "\(claims) claims, \(cores) cores, corpus in \(folder)\n\n"
        out += "| load | figure |\n|---|---|\n"
        for (name, figure) in load { out += "| \(name) | \(figure) |\n" }
        out += "\n| question (median, 10th–90th percentile) | rows | newsq | sqlite3 | jq | sqlite3 ÷ newsq | jq ÷ newsq |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|\n"
        for q in questions {
            out += "| \(q.name) | \(q.rows) | \(q.newsq.summary) | \(q.sqlite?.summary ?? "–") | \(q.jq?.summary ?? "–") "
            out += "| \(Self.ratio(q.sqlite, q.newsq)) | \(Self.ratio(q.jq, q.newsq)) |\n"
        }
        return out
    }

    /// How many times longer the other tool took (above 1: newsq is faster).
    static func ratio(_ other: Measurement?, _ newsq: Measurement) -> String {
        guard let other, newsq.median > 0 else { return "–" }
        let r = other.median / newsq.median
        return String(format: r >= 10 ? "%.0f×" : "%.1f×", r)
    }

    static func rate(_ bytes: Int, _ seconds: Double) -> String {
        String(format: "%.1f MB/s", Double(bytes) / 1e6 / seconds)
    }

    static func perSecond(_ count: Int, _ seconds: Double) -> String {
        String(format: "%.0f", Double(count) / seconds)
    }
}
