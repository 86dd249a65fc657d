/// What `.schema`, `.explain` and `.show claim` print.
extension Session {
    func schema(_ call: DotCommandCall) -> Outcome {
        let argument = call.argument
        if argument.isEmpty {
            write(Collection.allCases.map(schema).joined(separator: "\n"))
        } else if let c = Collection(rawValue: argument.lowercased()) {
            write(schema(c))
        } else {
            let hint = Suggest.nearest(argument, among: Collection.allCases.map(\.rawValue)).map { "; did you mean `\($0)`?" } ?? ""
            return fail(call, "no collection `\(Terminal.printable(argument))`\(hint)")
        }
        return .ok
    }

    /// `.tables`: the collections a query can name, as sqlite3 lists its tables.
    func listCollections() -> Outcome {
        for c in Collection.allCases { write(c.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + "\(store.rowCount(c)) rows\n") }
        return .ok
    }

    private func schema(_ c: Collection) -> String {
        let pad = c.fields.map(\.name.count).max() ?? 0
        var out = "\(c.rawValue) (\(store.rowCount(c)) rows)\n"
        for f in c.fields {
            let type = f.type.name
            out +=
                "  " + f.name.padding(toLength: pad, withPad: " ", startingAt: 0) + "  "
                + type.padding(toLength: max(8, type.count), withPad: " ", startingAt: 0) + "  " + f.about + "\n"
        }
        return out
    }

    func explain(_ call: DotCommandCall) -> Outcome {
        guard !call.argument.isEmpty else { return fail(call, "usage: .explain QUERY") }
        guard let (parsed, result) = run(call.argument, line: call.line, file: call.file) else { return .failed }
        let total = store.rowCount(parsed.collection)
        write("read as:  \(parsed.describe())\n")
        write("in words: \(parsed.inWords())\n")
        write("ran as:   \(result.plan.access); \(result.plan.rowsExamined) of \(total) rows examined, \(result.plan.rowsMatched) matched")
        if !parsed.sort.isEmpty { write("; sorted") }
        write("; \(counted(result.rowCount, "row")) returned\n")
        return .ok
    }

    /// N of `.show NOUN N`, checked against the rows there are; nil after saying what is wrong.
    private func shownNumber(_ call: DotCommandCall, _ noun: String, count: Int, none: String) -> Int? {
        let parts = call.argument.split(separator: " ")
        guard parts.count == 2, parts[0].lowercased().hasPrefix(noun), let id = Int(parts[1]) else {
            _ = fail(call, "usage: .show \(noun) N")
            return nil
        }
        guard id >= 1, id <= count else {
            _ = fail(call, count == 0 ? none : "no \(noun) \(id) (\(noun)s are 1 to \(count))")
            return nil
        }
        return id
    }

    func showArticle(_ call: DotCommandCall) -> Outcome {
        guard let id = shownNumber(call, "article", count: store.articles.count, none: "no articles loaded") else { return .failed }
        let a = store.articles[id - 1]
        write("article \(id): \(Terminal.printable(a.path))\n")
        for (name, value) in [("title", a.title), ("date", a.date), ("source", a.source), ("url", a.url)] where !value.isEmpty {
            write("  \(name): \(Terminal.printable(value))\n")
        }
        write("  \(a.words) words, \(counted(a.claims, "claim"))\(a.claims == 0 ? "" : ":")\n")
        for claimID in a.claimIDs {
            let c = store.claims[claimID - 1]
            let actor = c.actor.isEmpty ? "(none)" : Terminal.printable(c.actor)
            write("  \(claimID). \(actor) (\(c.cue), \(c.stance.rawValue)): \(Terminal.printable(String(c.text.prefix(120))))\n")
        }
        return .ok
    }

    /// `.show dispute N`: its two claims and why they were paired.
    func showDispute(_ call: DotCommandCall) -> Outcome {
        guard let id = shownNumber(call, "dispute", count: store.disputes.count, none: "no disputes found in this corpus") else { return .failed }
        let d = store.disputes[id - 1]
        write("dispute \(id)\(d.date.isEmpty ? "" : ", " + d.date): \(Terminal.printable(d.topic))\n")
        for (mark, claimID) in [("a", d.a), ("b", d.b)] {
            let c = store.claims[claimID - 1]
            let actor = c.actor.isEmpty ? "(none)" : Terminal.printable(c.actor)
            write("  \(mark). claim \(claimID), \(actor) (\(c.cue), \(c.stance.rawValue)): \(Terminal.printable(c.text))\n")
        }
        write("  why: \(Terminal.printable(d.why))\n")
        return .ok
    }

    func showClaim(_ call: DotCommandCall) -> Outcome {
        guard let id = shownNumber(call, "claim", count: store.claims.count, none: "no claims loaded") else { return .failed }
        let c = store.claims[id - 1]
        let utf8 = Array(c.sentence.utf8)
        let lo = min(c.span.lowerBound, utf8.count), hi = min(max(c.span.upperBound, lo), utf8.count)
        let before = Terminal.printable(String(decoding: utf8[..<lo], as: UTF8.self))
        let span = Terminal.printable(String(decoding: utf8[lo..<hi], as: UTF8.self))
        let after = Terminal.printable(String(decoding: utf8[hi...], as: UTF8.self))
        let marked = options.style ? "\u{1B}[1m" + span + "\u{1B}[0m" : "[" + span + "]"
        write("claim \(id): \(Terminal.printable(c.path)):\(c.line)\n")
        write("  " + before + marked + after + "\n")
        let speaker = c.speaker.isEmpty ? "(no source named)" : "\"\(Terminal.printable(c.speaker))\""
        write("  speaker \(speaker) → actor \(c.actor.isEmpty ? "(none)" : Terminal.printable(c.actor))\n")
        write("  found: " + Terminal.printable(c.found) + "\n")
        // How the actor was reached, a step a line: entity, reference, merge, alias.
        for (n, step) in c.resolution.components(separatedBy: "; ").enumerated() {
            write((n == 0 ? "  how: " : "       ") + Terminal.printable(step) + "\n")
        }
        var details = ["cue \(c.cue)", "stance \(c.stance.rawValue)", "kind \(c.kind.rawValue)"]
        if !c.role.isEmpty { details.append("role \(c.role)") }
        if !c.org.isEmpty { details.append("org \(c.org)") }
        if !c.country.isEmpty { details.append("country \(c.country)") }
        if !c.date.isEmpty { details.append("date \(c.date)") }
        write("  " + Terminal.printable(details.joined(separator: ", ")) + "\n")
        return .ok
    }
}
