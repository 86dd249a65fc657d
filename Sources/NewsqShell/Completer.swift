import NewsqCore

/// Tab completion from the cursor's context, as a pure function of the text
/// before the cursor: collections at the start, fields after `where`/`and`/`or`/
/// `sort by`/`show`/`by`, values after `stance =`, actor names inside a quote.
public struct Completer: Sendable {
    public struct Completion: Equatable {
        /// Characters before the cursor the candidates replace (the word being typed).
        public var replacing: Int
        public var candidates: [String]
        /// What to add after a single candidate: a space, or a closing quote.
        public var suffix: String
    }

    let store: Store

    public init(store: Store) { self.store = store }


    public func complete(_ before: String) -> Completion {
        let scan = Scan(before)
        // Inside an open quotation: values of the field it is compared with.
        if let quote = scan.openQuote {
            let typed = String(scan.quoted)
            guard let field = scan.fieldBeforeValue, let collection = scan.collection else {
                return Completion(replacing: 0, candidates: [], suffix: "")
            }
            let values = distinctValues(collection, field)
            let lowered = typed.lowercased()
            var matches = values.filter { $0.lowercased().hasPrefix(lowered) }
            // An actor by any word of its name: `"Com` offers James Comey, as `"Jam` does.
            if collection.fields.first(where: { $0.name == field })?.namesActor == true, !lowered.isEmpty {
                matches += values.filter { name in
                    !name.lowercased().hasPrefix(lowered)
                        && name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).dropFirst().contains { $0.hasPrefix(lowered) }
                }
            }
            return Completion(replacing: typed.count, candidates: matches, suffix: String(quote))
        }
        let partial = scan.partial
        let previous = scan.words.last?.lowercased() ?? ""
        var options: [String]
        if scan.isDotCommand {
            options = dotCommandOptions(scan)
        } else if scan.words.isEmpty || (scan.words.count == 1 && previous == "count") {
            options = Collection.allCases.map(\.rawValue) + (scan.words.isEmpty ? ["count"] : [])
        } else if let collection = scan.collection {
            let fields = collection.fields.map(\.name)
            let enumField = scan.words.count >= 2 ? collection.fields.first { $0.name == scan.words[scan.words.count - 2].lowercased() } : nil
            if previous == "(", scan.words.count >= 3, scan.words[scan.words.count - 2].lowercased() == "in",
                let field = collection.fields.first(where: { $0.name == scan.words[scan.words.count - 3].lowercased() }),
                case .enumeration(let values) = field.type
            {
                options = values
            } else if scan.isCount, previous == "by" || previous == "," {
                // Groups of a count: fields, a date's month or year; in its sort, the count too.
                options = fields + ["month(", "year("] + (scan.inSort ? ["count"] : [])
            } else if ["where", "and", "or", "by", "show", "not", "(", ","].contains(previous) {
                options = fields
            } else if previous == "sort" {
                options = ["by"]
            } else if ["=", "!="].contains(previous), let field = enumField, case .enumeration(let values) = field.type {
                options = values
            } else if ["=", "!="].contains(previous), let field = enumField, field.type == .text {
                // `cue = ` Tab: the values the field takes, quoted.
                options = distinctValues(collection, field.name).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            } else if fields.contains(previous) && scan.previousIsField {
                options = QueryGrammar.comparisons.filter { $0.first!.isLetter }
                if let field = collection.fields.first(where: { $0.name == previous }), field.type == .date || field.type == .int {
                    options = ["in", "not", "between"]
                }
            } else if previous == collection.rawValue || scan.endsCondition {
                options = (scan.endsCondition && scan.inWhere ? ["and", "or"] : []) + scan.clausesLeft
            } else if QueryGrammar.directions.contains(previous) || (scan.inSort && fields.contains(previous)) {
                options = (QueryGrammar.directions.contains(previous) ? [] : QueryGrammar.directions) + scan.clausesLeft
            } else if ["by", "show"].contains(scan.currentClause) && (fields.contains(previous) || previous == ")")
                || ["limit", "offset"].contains(scan.currentClause) && Int(previous) != nil
            {
                // A clause ended (a group, a shown field, a number): another field after a comma, or the next clause.
                options = scan.clausesLeft
            } else {
                options = []
            }
        } else {
            options = []
        }
        let matches = options.filter { $0.lowercased().hasPrefix(partial.lowercased()) }
        return Completion(replacing: partial.count, candidates: matches, suffix: "")
    }

    /// The longest prefix all candidates share, ignoring case, spelled as the first.
    public static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for c in candidates.dropFirst() {
            let chars = Array(c)
            var n = 0
            while n < prefix.count, n < chars.count, prefix[n].lowercased() == chars[n].lowercased() { n += 1 }
            prefix = Array(prefix[..<n])
        }
        return String(prefix)
    }

    private func dotCommandOptions(_ scan: Scan) -> [String] {
        if scan.words.isEmpty { return DotCommand.all.map(\.name) }
        guard scan.words.count == 1, let command = DotCommand.all.first(where: { $0.name == scan.words[0].lowercased() }) else {
            return []
        }
        return command.completions()
    }

    /// Values a text field takes, most frequent first; for actor fields, the actors.
    private func distinctValues(_ collection: Collection, _ field: String) -> [String] {
        if collection.fields.first(where: { $0.name == field })?.namesActor == true {
            return store.actors.sorted { $0.claims > $1.claims }.map(\.name)
        }
        guard let index = collection.fieldIndex(field) else { return [] }
        return store.indexedValues(collection, field: index) ?? []
    }

    /// The words before the cursor, read the way the query lexer would.
    struct Scan {
        var words: [String] = []
        var partial = ""
        var openQuote: Character?
        var quoted = Substring()
        var isDotCommand = false

        init(_ text: String) {
            let trimmed = text.drop { $0 == " " }
            isDotCommand = trimmed.first == "."
            var word = ""
            var quote: Character?
            var quoteStart = text.startIndex
            var index = text.startIndex
            while index < text.endIndex {
                let c = text[index]
                if let q = quote {
                    if c == q { quote = nil; words.append("\"…\"") }
                } else if c == "\"" || c == "'" {
                    if !word.isEmpty { words.append(word); word = "" }
                    quote = c
                    quoteStart = text.index(after: index)
                } else if c == " " || c == "\t" || c == "\n" {
                    if !word.isEmpty { words.append(word); word = "" }
                } else if "(),".contains(c) || ((c == "=" || c == "<" || c == ">" || c == "!") && !isDotCommand) {
                    if !word.isEmpty { words.append(word); word = "" }
                    let next = text.index(after: index)
                    if (c == "<" || c == ">" || c == "!"), next < text.endIndex, text[next] == "=" {
                        words.append(String(c) + "="); index = text.index(after: next); continue
                    }
                    words.append(String(c))
                } else {
                    word.append(c)
                }
                index = text.index(after: index)
            }
            if let q = quote {
                openQuote = q
                quoted = text[quoteStart...]
            } else {
                partial = word
            }
        }

        var isCount: Bool { words.first?.lowercased() == "count" }
        var collection: Collection? {
            let name = isCount ? (words.count > 1 ? words[1] : "") : (words.first ?? "")
            return Collection(rawValue: name.lowercased())
        }
        /// The clause the cursor is in: the last clause keyword typed.
        var currentClause: String? {
            let clauseWords = QueryGrammar.clauseWords(count: isCount)
            guard let at = words.lastIndex(where: { clauseWords.contains($0.lowercased()) }) else { return nil }
            let word = words[at].lowercased()
            return word == "by" && at > 0 && words[at - 1].lowercased() == "sort" ? "sort" : word
        }
        var inWhere: Bool { currentClause == "where" }
        var inSort: Bool { currentClause == "sort" }
        /// The clauses not yet given, as the grammar lists them; a count's `sort by` and
        /// `limit` order its groups, so they come once `by` is there.
        var clausesLeft: [String] {
            let given = Set(words.map { $0.lowercased() })
            return QueryGrammar.clauses.filter { clause in
                (isCount ? clause.inCount : clause.inRows) && !given.contains(clause.word)
                    && (!isCount || clause.word == "where" || clause.word == "by" || given.contains("by"))
            }.map(\.keyword)
        }
        /// The last word is a field just named in a condition (not a value).
        var previousIsField: Bool {
            guard words.count >= 2 else { return false }
            let before = words[words.count - 2].lowercased()
            return ["where", "and", "or", "not", "("].contains(before)
        }
        /// The words end with a complete comparison: `… = "x"`, `… > 3`.
        var endsCondition: Bool {
            guard words.count >= 3 else { return false }
            let op = words[words.count - 2]
            return ["=", "!=", "<", "<=", ">", ">=", "contains", ")"].contains(op.lowercased()) || words.last == ")"
        }
        /// `actor = "` or `actor in ("x", "`: the field the open quotation is a value of.
        var fieldBeforeValue: String? {
            var i = words.count - 1
            while i >= 0, ["=", "!=", "(", ",", "in", "\"…\"", "contains", "<", "<=", ">", ">="].contains(words[i].lowercased()) { i -= 1 }
            return i >= 0 ? words[i].lowercased() : nil
        }
    }
}
