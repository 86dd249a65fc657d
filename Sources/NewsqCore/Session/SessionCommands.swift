import Foundation

/// What the dot-commands do to a session: load, mode, output, scripts, aliases,
/// parameters. `DotCommands.swift` lists them; the views they print are in
/// `SessionViews.swift`.
extension Session {
    func load(_ call: DotCommandCall) -> Outcome {
        guard !call.argument.isEmpty else { return fail(call, "usage: .load PATH") }
        let result = ArticleLoader.load([call.path])
        for w in result.warnings { printError(w.description) }
        if result.articles.isEmpty && result.warnings.isEmpty {
            return fail(call, "no article files under `\(Terminal.printable(call.argument))`")
        }
        let warnings = (isDemo ? [] : store.warnings) + result.warnings
        rebuild((isDemo ? [] : store.loadedArticles()) + result.articles, warnings: warnings)
        paths = (isDemo ? [] : paths) + [call.path]
        write("loaded \(result.articles.count) articles; now \(store.articles.count) articles, \(store.claims.count) claims\n")
        return .ok
    }

    func reload() -> Outcome {
        guard !isDemo else { write("the demo corpus is built in; nothing to reload\n"); return .ok }
        let result = Session.load(paths, aliases: aliases, options: options)
        if let warning = result.report?.warning { printError(warning) }
        for w in result.store.warnings { printError(w.description) }
        store = result.store
        write("reloaded \(store.articles.count) articles, \(store.claims.count) claims\n")
        return .ok
    }

    func setMode(_ call: DotCommandCall) -> Outcome {
        let argument = call.argument
        if argument.isEmpty { write("mode: \(format.rawValue)\n"); return .ok }
        guard let mode = OutputFormat(named: argument) else {
            let names = OutputFormat.allCases.map(\.rawValue)
            let hint = Suggest.nearest(argument, among: names).map { "; did you mean `\($0)`?" } ?? ""
            return fail(call, "unknown mode `\(Terminal.printable(argument))` (\(names.joined(separator: ", ")))\(hint)")
        }
        format = mode
        return .ok
    }

    func setTimer(_ call: DotCommandCall) -> Outcome {
        switchSetting(call, "timer", &timer)
    }

    func setHeaders(_ call: DotCommandCall) -> Outcome {
        switchSetting(call, "headers", &headers)
    }

    /// `.timer on|off`, `.headers on|off`: set, or alone, say how it is.
    private func switchSetting(_ call: DotCommandCall, _ name: String, _ setting: inout Bool) -> Outcome {
        switch call.argument.lowercased() {
        case "on": setting = true
        case "off": setting = false
        case "": write("\(name): \(setting ? "on" : "off")\n")
        default: return fail(call, "usage: .\(name) on|off")
        }
        return .ok
    }

    func setPager(_ call: DotCommandCall) -> Outcome {
        switch call.argument.lowercased() {
        case "on": pager = Pager.fromEnvironment()
        case "off": pager.command = nil
        case "": write("pager: \(pager.command.map { "on (\($0))" } ?? "off")\n")
        default: pager.command = call.argument
        }
        return .ok
    }

    func redirectOutput(_ call: DotCommandCall) -> Outcome {
        if let problem = output.redirect(to: call.argument.isEmpty ? nil : call.path) { return fail(call, problem) }
        return .ok
    }

    /// `.read FILE`: the script runs through a loop of its own, so it stops where a
    /// script given with `-f` would.
    func read(_ call: DotCommandCall) -> Outcome {
        guard !call.argument.isEmpty else { return fail(call, "usage: .read FILE") }
        guard readDepth < 16 else { return fail(call, ".read nested more than 16 deep") }
        readDepth += 1
        defer { readDepth -= 1 }
        var loop = StatementLoop(session: self)
        loop.run(scriptFile: call.path, place: call.place)
        return loop.failed ? .failed : .ok
    }

    func alias(_ call: DotCommandCall) -> Outcome {
        if call.argument.isEmpty {
            if aliases.entries.isEmpty {
                write("no aliases of yours; add one with .alias CANONICAL = ALIAS | ALIAS\n")
            } else {
                write("yours:\n")
                for (canonical, names) in aliases.entries { write("  \(canonical) = \(names.joined(separator: " | "))\n") }
            }
            let learned = store.actorDirectory.learned
            write("learned from the articles (\(learned.count)):\n")
            for entry in learned {
                write("  \(Terminal.printable(entry.alias)) → \(Terminal.printable(entry.actors.joined(separator: " | ")))\n")
            }
            return .ok
        }
        if let problem = aliases.add(call.argument) { return fail(call, problem) }
        rebuild(store.loadedArticles(), warnings: store.warnings)
        return .ok
    }

    func setParameter(_ call: DotCommandCall) -> Outcome {
        let argument = call.argument
        if argument.isEmpty {
            if parameters.isEmpty { write("no parameters; set one with .set NAME VALUE, use it as $NAME\n") }
            for (name, value) in parameters.sorted(by: { $0.key < $1.key }) { write("$\(name) = \(Terminal.printable(value))\n") }
            return .ok
        }
        let name = String(argument.prefix { !$0.isWhitespace })
        let value = String(argument.dropFirst(name.count)).trimmingSpaces
        guard Self.isParameterName(name) else { return fail(call, "`\(Terminal.printable(name))` is not a parameter name (letters, digits, _)") }
        guard !value.isEmpty else { return fail(call, "usage: .set NAME VALUE") }
        parameters[name] = Self.unquoted(value)
        return .ok
    }

    func unsetParameter(_ call: DotCommandCall) -> Outcome {
        guard parameters.removeValue(forKey: call.argument) != nil else {
            return fail(call, "no parameter `\(Terminal.printable(call.argument))`")
        }
        return .ok
    }

    func listHistory() -> Outcome {
        guard let history = options.history else { write("no history outside the interactive shell\n"); return .ok }
        for (n, entry) in history().enumerated() { write(String(format: "%5d  ", n + 1) + Terminal.printable(entry) + "\n") }
        return .ok
    }

    public static func isParameterName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !name.first!.isNumber
    }

    /// `"Sweden MFA"` → `Sweden MFA`: a value may be quoted to keep its spaces visible.
    static func unquoted(_ value: String) -> String {
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}
