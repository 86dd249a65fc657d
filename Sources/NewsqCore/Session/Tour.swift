/// `.tour`: the query language taught one idea at a time on the demo corpus.
/// In the shell each step's query waits on the input line, to run or edit;
/// elsewhere the whole tour prints with its results, as a handout.
enum Tour {
    struct Step {
        var title: String
        var text: String
        var query: String
    }

    static let steps: [Step] = [
        Step(
            title: "collections",
            text: """
                newsq holds four collections: articles, claims, actors and disputes.
                A query starts with one of them. `show` picks the columns.
                """, query: "articles show id, date, title"),
        Step(
            title: "claims",
            text: """
                A claim is one attributed statement: who said, denied, urged or warned what.
                `limit` keeps the first rows.
                """, query: "claims limit 5"),
        Step(
            title: "where",
            text: """
                `where` keeps the rows that meet a condition. Stance is one of assert, deny,
                urge, warn, question, written as a bare word.
                """, query: "claims where stance = deny"),
        Step(
            title: "actors",
            text: """
                `speaker` is the source as the article wrote it ("the ministry", "it");
                `actor` is who that resolves to. Equality ignores case.
                """, query: "claims where actor = \"sweden mfa\" show speaker, actor, text"),
        Step(
            title: "contains and matches",
            text: """
                `contains` finds text anywhere in a field; `matches /regex/i` takes a pattern.
                Combine conditions with and, or, not and parentheses.
                """, query: "claims where text contains \"anchor\" and not stance = deny show actor, text"),
        Step(
            title: "sort",
            text: """
                `sort by` orders the rows, `desc` from the largest; several fields break ties.
                """, query: "claims sort by date desc, actor limit 6 show date, actor, text"),
        Step(
            title: "count",
            text: """
                `count` answers how many; `by` groups, the biggest group first.
                """, query: "count claims by actor limit 8"),
        Step(
            title: "the actors table",
            text: """
                Each canonical actor has a row: its kind, country, claims, articles, first and last date.
                """, query: "actors sort by claims desc limit 5"),
        Step(
            title: "disputes",
            text: """
                A dispute pairs a rebuttal with the claim of another actor it rebuts; its why
                says how they were paired (`.show dispute 1` tells the whole story).
                """, query: "disputes show actor_a, actor_b, topic, why"),
        Step(
            title: "provenance",
            text: """
                Every claim keeps where it came from. `.show claim N` prints the file and line,
                the sentence with the claim marked, and how its speaker became its actor.
                """, query: ".show claim 4"),
        Step(
            title: "explain",
            text: """
                `.explain` shows how newsq read a query and ran it: through an index or a scan,
                and how many rows it looked at.
                """, query: ".explain claims where actor = \"Norway MFA\""),
    ]

    static func introduce(_ index: Int) -> String {
        let step = steps[index]
        var out = "\nTour \(index + 1) of \(steps.count): \(step.title)\n"
        for line in step.text.split(separator: "\n") { out += "  " + line + "\n" }
        return out
    }

    static let ending = """

        That is the tour. Saved analyses live in queries/ (run one with -f); .help lists
        every topic. Try your own question now.

        """
}

/// `.tour` in a session: a step at a time at a terminal, the whole tour elsewhere.
extension Session {
    func tour(_ call: DotCommandCall) -> Outcome {
        if call.argument.lowercased() == "stop" {
            tourStep = nil
            offeredInput = nil
            write("tour stopped; .tour starts it again\n")
            return .ok
        }
        guard isDemo else {
            return fail(call, "the tour runs on the built-in demo corpus: start newsq without a path, then .tour")
        }
        let start = call.argument.isEmpty ? 1 : Int(call.argument) ?? 0
        guard (1...Tour.steps.count).contains(start) else { return fail(call, "usage: .tour [STEP 1-\(Tour.steps.count)] | .tour stop") }
        if options.interactive {
            offerTourStep(start - 1)
            return .ok
        }
        // Not at a terminal: the whole tour with its results, as a handout.
        for index in (start - 1)..<Tour.steps.count {
            write(Tour.introduce(index) + "\n" + Tour.steps[index].query + "\n")
            _ = execute(Statement(text: Tour.steps[index].query, line: 1))
        }
        write(Tour.ending)
        return .ok
    }

    func offerTourStep(_ index: Int) {
        guard index < Tour.steps.count else {
            tourStep = nil
            write(Tour.ending)
            return
        }
        tourStep = index
        write(Tour.introduce(index) + "  The query waits on the line: Enter runs it, or edit it first. .tour stop leaves.\n")
        offeredInput = Tour.steps[index].query
    }
}
