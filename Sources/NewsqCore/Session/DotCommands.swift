import Foundation

/// The dot-commands, in the order `.help commands` and Tab list them.
extension DotCommand {
    public static let all: [DotCommand] = [
        DotCommand(
            ".help", "[TOPIC]", "this help, or one topic of it (.help alone lists them)", aliases: ["\\?", "help"],
            completions: { Help.topics.map(\.name) }
        ) { session, call in
            session.write(Help.text(topic: call.argument))
            return .ok
        },
        DotCommand(".load", "PATH", "add the articles under PATH") { session, call in
            session.load(call)
        },
        DotCommand(".reload", "", "read the articles again from disk") { session, _ in
            session.reload()
        },
        DotCommand(
            ".schema", "[COLLECTION]", "fields and what they hold", aliases: ["\\d"],
            completions: { Collection.allCases.map(\.rawValue) }
        ) { session, call in
            session.schema(call)
        },
        DotCommand(".tables", "", "the collections and their rows", aliases: ["\\dt"]) { session, _ in
            session.listCollections()
        },
        DotCommand(
            ".mode", "[FORMAT]", "table, lines, json, jsonl, csv, tsv, markdown",
            completions: { OutputFormat.allCases.map(\.rawValue) }
        ) { session, call in
            session.setMode(call)
        },
        DotCommand(".headers", "on|off", "column names over tables, CSV and TSV", completions: { ["on", "off"] }) { session, call in
            session.setHeaders(call)
        },
        DotCommand(
            ".output", "[FILE]", "send results to FILE (written whole when switched back); no FILE: the screen", aliases: ["\\o"]
        ) { session, call in
            session.redirectOutput(call)
        },
        DotCommand(".read", "FILE", "run a script of queries and dot-commands", aliases: ["\\i"]) { session, call in
            session.read(call)
        },
        DotCommand(
            ".pager", "on|off|COMMAND", "results taller than the terminal through $PAGER (less -SRFX), off, or COMMAND",
            completions: { ["on", "off"] }
        ) { session, call in
            session.setPager(call)
        },
        DotCommand(
            ".edit", "", "the statement being typed, else the last one, in $VISUAL or $EDITOR (vi); runs what is saved (also \\e)",
            aliases: ["\\e"]
        ) {
            session, call in
            session.fail(call, ".edit works in the interactive shell")
        },
        DotCommand(".timer", "on|off", "time each query", completions: { ["on", "off"] }) { session, call in
            session.setTimer(call)
        },
        DotCommand(".explain", "QUERY", "how the query was read and run (index or scan, rows examined)") { session, call in
            session.explain(call)
        },
        DotCommand(".sql", "QUERY", "the query as SQL for DuckDB (or --dialect spark), over tables of the collections as JSON Lines") {
            session, call in
            guard !call.argument.isEmpty else { return session.fail(call, "usage: .sql QUERY") }
            return session.printSQL(call.argument, line: call.line, file: call.file)
        },
        DotCommand(
            ".show", "claim N | article N | dispute N",
            "where claim N came from, its span marked, how its speaker was resolved; article N and its claims; why dispute N was made",
            completions: { ["claim", "article", "dispute"] }
        ) { session, call in
            let what = call.argument.lowercased()
            return what.hasPrefix("article")
                ? session.showArticle(call) : what.hasPrefix("dispute") ? session.showDispute(call) : session.showClaim(call)
        },
        DotCommand(".alias", "[NAME = A | B]", "list aliases, or make A and B names of actor NAME") { session, call in
            session.alias(call)
        },
        DotCommand(".set", "[NAME VALUE]", "a parameter, used in queries as $NAME; alone, lists them") { session, call in
            session.setParameter(call)
        },
        DotCommand(".unset", "NAME", "forget a parameter") { session, call in
            session.unsetParameter(call)
        },
        DotCommand(".tour", "[STEP|stop]", "a guided tour of the language on the demo corpus") { session, call in
            session.tour(call)
        },
        DotCommand(".history", "", "the queries you typed") { session, _ in
            session.listHistory()
        },
        DotCommand(".quit", "", "leave (Ctrl-D too; also exit, quit, \\q)", aliases: [".exit", "\\q", "exit", "quit"]) { session, _ in
            session.quitRequested = true
            return .ok
        },
    ]
}
