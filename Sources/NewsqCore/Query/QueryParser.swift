/// Reads one statement of the query language (the grammar is in README.md, "The query language") into a `Query`,
/// checking every field, value and type against the collection's schema.
public struct QueryParser {
    static let maxDepth = 64
    /// The clauses a list of rows and a count take, each at most once, in any order.
    static let rowClauses = QueryGrammar.clauseWords(count: false)
    static let countClauses = QueryGrammar.clauseWords(count: true)

    private var tokens: [QueryToken]
    private var at = 0
    private var depth = 0
    private var collection: Collection = .claims

    public static func parse(_ source: String, firstLine: Int = 1, parameters: [String: String] = [:]) throws(QueryError) -> Query {
        var parser = QueryParser(tokens: try QueryLexer.tokens(source, firstLine: firstLine, parameters: parameters))
        return try parser.statement()
    }

    private init(tokens: [QueryToken]) { self.tokens = tokens }

    private var current: QueryToken { tokens[at] }

    private func isKeyword(_ word: String) -> Bool {
        current.kind == .word && current.text.lowercased() == word
    }

    private mutating func advance() -> QueryToken {
        let t = tokens[at]
        if at < tokens.count - 1 { at += 1 }
        return t
    }

    private func error(_ message: String, _ token: QueryToken? = nil, suggestion: String? = nil) -> QueryError {
        let t = token ?? current
        return QueryError(message, line: t.line, column: t.column, suggestion: suggestion)
    }

    private func describe(_ t: QueryToken) -> String {
        switch t.kind {
        case .end: return "the end of the query"
        case .string: return "the string \"\(Terminal.printable(String(t.text.prefix(40))))\""
        default: return "`\(Terminal.printable(String(t.text.prefix(40))))`"
        }
    }

    private mutating func statement() throws(QueryError) -> Query {
        var isCount = false
        if isKeyword(QueryGrammar.count) { isCount = true; _ = advance() }
        let name = current
        guard name.kind == .word, let c = Collection(rawValue: name.text.lowercased()) else {
            let options = Collection.allCases.map(\.rawValue) + (isCount ? [] : ["count"])
            if name.kind == .end {
                throw error("expected a collection: \(Collection.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            throw error(
                "\(describe(name)) is not a collection (\(Collection.allCases.map(\.rawValue).joined(separator: ", ")))",
                suggestion: name.kind == .word ? Suggest.nearest(name.text, among: options) : nil)
        }
        _ = advance()
        collection = c
        var query = Query(collection: c, isCount: isCount)
        // The clauses come in any order, each once: `claims show id, text where …` reads as
        // well as `claims where … show id, text`.
        let allowed = isCount ? Self.countClauses : Self.rowClauses
        var clauses = allowed
        // A count's sort keys name its columns, which `by` (perhaps later) defines.
        var countSortKeys: [(key: GroupKey?, descending: Bool, token: QueryToken)] = []
        while current.kind != .end {
            let word = current.kind == .word ? current.text.lowercased() : ""
            guard let n = clauses.firstIndex(of: word) else {
                if Self.rowClauses.contains(word) || Self.countClauses.contains(word) {
                    let twice = allowed.contains(word)
                    throw error(
                        twice
                            ? "`\(word)` given twice" + (word == "where" ? "; join the conditions with `and` or `or`" : "")
                            : "`\(word)` does not go with \(isCount ? "count" : "a list of rows")\(word == "by" ? "; did you mean `count \(c.rawValue) by …`?" : "")"
                    )
                }
                let expected = clauses
                let hint =
                    current.kind == .word
                    ? Suggest.nearest(current.text, among: expected + QueryGrammar.keywords)
                        .flatMap { $0 == current.text.lowercased() ? nil : $0 } : nil
                throw error(
                    "unexpected \(describe(current)); expected \(expected.map { "`\($0)`" }.joined(separator: ", ")) or the end",
                    suggestion: hint)
            }
            clauses.remove(at: n)
            _ = advance()
            switch word {
            case "where":
                query.condition = try orCondition()
            case "by":
                // The biggest groups first; `limit` keeps the top ones.
                repeat { query.countBy.append(try groupKey()) } while try comma()
            case "sort" where isCount:
                guard isKeyword("by") else { throw error("expected `by` after `sort`", suggestion: "sort by") }
                _ = advance()
                repeat {
                    let token = current
                    let key: GroupKey? = isKeyword("count") ? nil : try groupKey()
                    if key == nil { _ = advance() }
                    var descending = false
                    if isKeyword("desc") { descending = true; _ = advance() } else if isKeyword("asc") { _ = advance() }
                    countSortKeys.append((key, descending, token))
                } while try comma()
            case "sort":
                guard isKeyword("by") else { throw error("expected `by` after `sort`", suggestion: "sort by") }
                _ = advance()
                repeat {
                    let f = try field()
                    var descending = false
                    if isKeyword("desc") { descending = true; _ = advance() } else if isKeyword("asc") { _ = advance() }
                    query.sort.append(SortKey(field: f, descending: descending))
                } while try comma()
            case "limit":
                query.limit = try count("limit")
            case "offset":
                query.offset = try count("offset")
            default:  // show
                repeat { query.show.append(try field()) } while try comma()
            }
        }
        if isCount, query.limit != nil || !countSortKeys.isEmpty, query.countBy.isEmpty {
            throw error("`\(query.limit != nil ? "limit" : "sort")` on a count needs groups: `count \(c.rawValue) by FIELD …`")
        }
        for (key, descending, token) in countSortKeys {
            guard let key else {
                query.countSort.append(CountSortKey(column: query.countBy.count, descending: descending))
                continue
            }
            guard let column = query.countBy.firstIndex(of: key) else {
                let names = query.countBy.map { $0.name(c.fields) } + ["count"]
                throw error(
                    "a count sorts by its columns: \(names.map { "`\($0)`" }.joined(separator: ", ")), not `\(key.name(c.fields))`", token)
            }
            query.countSort.append(CountSortKey(column: column, descending: descending))
        }
        return query
    }

    private mutating func comma() throws(QueryError) -> Bool {
        guard current.kind == .comma else { return false }
        _ = advance()
        return true
    }

    private mutating func count(_ what: String) throws(QueryError) -> Int {
        guard current.kind == .number, let n = Int(current.text), n >= 0 else {
            throw error("expected a whole number after `\(what)`, found \(describe(current))")
        }
        _ = advance()
        return n
    }

    private mutating func field() throws(QueryError) -> Int {
        let t = current
        let names = collection.fields.map(\.name)
        guard t.kind == .word else {
            throw error("expected a field of \(collection.rawValue), found \(describe(t))")
        }
        guard let index = collection.fieldIndex(t.text) else {
            throw error("\(collection.rawValue) has no field `\(t.text)`", suggestion: Suggest.nearest(t.text, among: names))
        }
        _ = advance()
        return index
    }

    /// A group of `count … by`: a field, or `month(FIELD)` / `year(FIELD)` of a date field.
    private mutating func groupKey() throws(QueryError) -> GroupKey {
        if current.kind == .word, let part = GroupKey.Part(rawValue: current.text.lowercased()), tokens[at + 1].kind == .leftParen {
            _ = advance()
            _ = advance()
            let token = current
            let f = try field()
            guard collection.fields[f].type == .date else {
                throw error("\(part.rawValue)(…) takes a date field; `\(collection.fields[f].name)` is not one", token)
            }
            guard current.kind == .rightParen else { throw error("expected `)` after `\(part.rawValue)(\(collection.fields[f].name)`") }
            _ = advance()
            return GroupKey(field: f, part: part)
        }
        return GroupKey(field: try field())
    }

    private mutating func orCondition() throws(QueryError) -> Condition {
        var left = try andCondition()
        while isKeyword("or") {
            _ = advance()
            left = .or(left, try andCondition())
        }
        return left
    }

    private mutating func andCondition() throws(QueryError) -> Condition {
        var left = try unary()
        while isKeyword("and") {
            _ = advance()
            left = .and(left, try unary())
        }
        return left
    }

    private mutating func unary() throws(QueryError) -> Condition {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw error("condition nested too deeply (limit \(Self.maxDepth) levels)") }
        if isKeyword("not") {
            _ = advance()
            return .not(try unary())
        }
        if current.kind == .leftParen {
            let open = advance()
            let inner = try orCondition()
            guard current.kind == .rightParen else {
                throw error("expected `)` to close the `(` at \(open.line):\(open.column), found \(describe(current))")
            }
            _ = advance()
            return inner
        }
        return try comparison()
    }

    private mutating func comparison() throws(QueryError) -> Condition {
        let fieldToken = current
        let f = try field()
        let type = collection.fields[f].type
        let name = collection.fields[f].name
        if isKeyword("contains") {
            _ = advance()
            guard current.kind == .string else { throw error("expected a quoted string after `contains`, found \(describe(current))") }
            return .contains(field: f, text: advance().text)
        }
        if isKeyword("matches") {
            _ = advance()
            guard current.kind == .regex else { throw error("expected /regular expression/ after `matches`, found \(describe(current))") }
            let t = advance()
            guard t.text.count <= 1000 else { throw error("regular expression too long (limit 1000 characters)", t) }
            guard t.flags.allSatisfy({ $0 == "i" }) else { throw error("unknown regular expression flag in `\(t.flags)`; only `i` is known", t) }
            guard RegexMatcher.isValid(t.text) else { throw error("not a valid regular expression: /\(t.text)/", t) }
            return .matches(field: f, pattern: t.text, ignoreCase: t.flags.contains("i"))
        }
        if isKeyword("between") {
            // `date between 2019-01-01 and 2019-06-30`: both ends included.
            _ = advance()
            guard type == .int || type == .date else { throw error("`between` takes a number or date field; `\(name)` is not one", fieldToken) }
            let low = try literal(for: type, field: name)
            guard isKeyword("and") else { throw error("expected `and` in `\(name) between … and …`, found \(describe(current))") }
            _ = advance()
            let high = try literal(for: type, field: name)
            return .and(.compare(field: f, op: .greaterOrEqual, value: low), .compare(field: f, op: .lessOrEqual, value: high))
        }
        var negated = false
        if isKeyword("not") {
            _ = advance()
            guard isKeyword("in") else { throw error("expected `in` after `\(name) not`") }
            negated = true
        }
        if isKeyword("in") {
            _ = advance()
            guard current.kind == .leftParen else { throw error("expected `(` after `in`, found \(describe(current))") }
            _ = advance()
            var values: [Literal] = []
            repeat { values.append(try literal(for: type, field: name)) } while try comma()
            guard current.kind == .rightParen else { throw error("expected `)` or `,` in the `in` list, found \(describe(current))") }
            _ = advance()
            let condition = Condition.oneOf(field: f, values: values)
            return negated ? .not(condition) : condition
        }
        guard current.kind == .op, let op = Comparison(rawValue: current.text) else {
            let hint = current.kind == .word ? Suggest.nearest(current.text, among: QueryGrammar.comparisons.filter { $0.first!.isLetter }) : nil
            throw error(
                "expected an operator after `\(fieldToken.text)` (=, !=, <, <=, >, >=, contains, matches, in), found \(describe(current))",
                suggestion: hint)
        }
        _ = advance()
        return .compare(field: f, op: op, value: try literal(for: type, field: name))
    }

    private mutating func literal(for type: FieldType, field: String) throws(QueryError) -> Literal {
        let t = current
        switch type {
        case .int:
            guard t.kind == .number, let n = Int(t.text) else {
                throw error("`\(field)` is a number; found \(describe(t))")
            }
            _ = advance()
            return .int(n)
        case .date:
            guard t.kind == .date || t.kind == .string else {
                throw error("`\(field)` is a date; write it as 2023-09-04, found \(describe(t))")
            }
            _ = advance()
            return .text(t.text)
        case .enumeration(let values):
            guard t.kind == .word || t.kind == .string else {
                throw error("`\(field)` is one of \(values.joined(separator: ", ")); found \(describe(t))")
            }
            guard values.contains(t.text.lowercased()) else {
                throw error(
                    "`\(t.text)` is not a value of `\(field)` (\(values.joined(separator: ", ")))",
                    suggestion: Suggest.nearest(t.text, among: values))
            }
            _ = advance()
            return .text(t.text.lowercased())
        case .text:
            switch t.kind {
            case .string, .number, .date: _ = advance(); return .text(t.text)
            case .word where t.text.lowercased() == "none":
                // No value: a claim whose source nobody names has actor none.
                _ = advance()
                return .text("")
            case .word where !QueryGrammar.keywords.contains(t.text.lowercased()):
                throw error("put text in quotes: \"\(t.text)\"", suggestion: "\"\(t.text)\"")
            default:
                throw error("expected a quoted string for `\(field)`, found \(describe(t))")
            }
        }
    }
}
