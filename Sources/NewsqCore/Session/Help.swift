/// `.help` and its topics; every example runs on the built-in demo corpus.
enum Help {
    /// Computed when asked: the commands topic is read from the command table.
    static var topics: [(name: String, summary: String, text: String)] {
        [
            (
                "queries", "the query language",
                QueryGrammar.synopsis.joined(separator: "\n") + "\n\n" + """
                A GROUP is a field, or month(DATE) / year(DATE). Counts come biggest first.

                The clauses come in any order, each once.
                Collections: articles, claims, actors, disputes (.schema lists their fields).
                ; ends a statement; so does a line end, unless a quote or parenthesis is open
                or the statement cannot end there: after a comma, an operator or one of
                  \(QueryGrammar.continuingWords.sorted().joined(separator: " "))
                Then it goes on at a ...> prompt. In a script (-f, .read, piped input) a line
                that begins with one of those words (or asc, desc) goes on with the statement
                above it, so a clause can take a line of its own. Ctrl-C drops a half-typed
                statement. -- starts a comment; keywords ignore case. exit, quit and \\q leave.

                  claims where actor = "Norway MFA"
                  claims where stance = deny sort by date show date, actor, text
                  count claims by actor
                  count claims by actor, stance sort by count asc limit 5
                  count claims by month(date)
                  actors sort by claims desc limit 5
                """
            ),
            (
                "conditions", "where: comparisons, contains, matches, in",
                """
                =  !=  <  <=  >  >=      string equality ignores case; dates as 2025-03-12
                contains "text"          substring, ignoring case
                matches /regex/i         regular expression (i: ignore case)
                in ("a", "b")            one of a list;  not in (...)
                between A and B          a number or date from A to B, both included
                actor = none             no value (a claim with no source named)
                and  or  not  ( )        combine
                actor = "any alias"      finds the canonical actor (see .alias)

                  claims where text contains "anchor" and date >= 2025-03-12
                  claims where actor in ("Sweden MFA", "Sweden MoD") or stance = warn
                  claims where not kind = indirect and text matches /cable|anchor/i
                  claims where date between 2025-03-10 and 2025-03-12
                """
            ),
            (
                "commands", "the dot-commands",
                DotCommand.helpLines + "\n\n  .show claim 1\n  .explain claims where actor = \"Sweden MFA\""
            ),
            (
                "modes", "output formats",
                """
                table     columns fitted to the terminal (default); to a pipe or a
                          file, whole values (COLUMNS=N fits N columns)
                lines     one field per line, sqlite3 style
                json      an array of objects keyed by field name
                jsonl     one JSON object per line
                csv       RFC 4180
                tsv       tab-separated, tabs and line breaks escaped
                markdown  a Markdown table

                  .mode jsonl
                  claims where actor = "Ingrid Solberg-Vik" limit 2
                  .mode table
                """
            ),
            (
                "examples", "questions an analyst asks",
                """
                  -- who denied what
                  claims where stance = deny show date, actor, text
                  -- the most quoted actors
                  count claims by actor
                  -- everything one actor said, in date order
                  claims where actor = "Sweden MFA" sort by date
                  -- statements that contradict each other
                  disputes
                  -- claims without a named source
                  claims where actor = none
                """
            ),
        ]
    }

    static func text(topic: String) -> String {
        let wanted = topic.lowercased()
        if wanted.isEmpty {
            var out = "newsq answers questions about who claimed what in news articles.\n\nHelp topics (.help TOPIC):\n"
            for t in topics { out += "  " + t.name.padding(toLength: 12, withPad: " ", startingAt: 0) + t.summary + "\n" }
            out += "\nNew here? .tour walks through the language step by step on the demo corpus.\n"
            out += "Saved analyses are in queries/ (run one with: newsq CORPUS -f queries/who-denied.nq).\n"
            return out
        }
        if let t = topics.first(where: { $0.name == wanted }) { return t.text + "\n" }
        let hint = Suggest.nearest(wanted, among: topics.map(\.name)).map { " Did you mean `\($0)`?" } ?? ""
        return "No help topic `\(Terminal.printable(topic))`.\(hint) Topics: \(topics.map(\.name).joined(separator: ", "))\n"
    }
}
