/// One question a benchmark asks, worded for each tool: newsq's query language,
/// SQL for sqlite3, and a jq program over JSON Lines.
struct Question {
    var name: String
    var newsq: String
    var sql: String
    var jq: [String]

    /// The four questions of the benchmark: an actor's claims, a word in the claims'
    /// text, the claims per actor, and the newest claims.
    static func all(actor: String, word: String) -> [Question] {
        let sqlActor = actor.replacingOccurrences(of: "'", with: "''")
        let jqActor = actor.lowercased().replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return [
            Question(
                name: "equality: claims where actor = \"\(actor)\"",
                newsq: "claims where actor = \"\(actor.replacingOccurrences(of: "\"", with: "\\\""))\"",
                sql: "SELECT * FROM claims WHERE actor = '\(sqlActor)';",
                jq: ["-c", "select(.actor | ascii_downcase == \"\(jqActor)\")"]),
            Question(
                name: "contains: claims where text contains \"\(word)\"",
                newsq: "claims where text contains \"\(word)\"",
                sql: "SELECT * FROM claims WHERE text LIKE '%\(word)%';",
                jq: ["-c", "select(.text | ascii_downcase | contains(\"\(word)\"))"]),
            Question(
                name: "group: count claims by actor",
                newsq: "count claims by actor",
                sql: "SELECT actor, count(*) AS n FROM claims GROUP BY actor ORDER BY n DESC;",
                jq: ["-sc", "group_by(.actor | ascii_downcase) | map([.[0].actor, length]) | sort_by(-.[1]) | .[]"]),
            Question(
                name: "sort + limit: claims sort by date desc limit 10",
                newsq: "claims sort by date desc limit 10",
                sql: "SELECT * FROM claims ORDER BY date DESC LIMIT 10;",
                jq: ["-sc", "sort_by(.date) | reverse | .[:10] | .[]"]),
        ]
    }
}
