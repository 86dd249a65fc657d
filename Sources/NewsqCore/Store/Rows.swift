public struct ArticleRow: Sendable {
    public var id: Int
    public var path: String
    public var date: String
    public var title: String
    public var source: String
    public var url: String
    public var words: Int
    public var claims: Int
    /// Claim ids of this article: a contiguous run.
    public var claimIDs: Range<Int>
}

/// A claim in the store: what extraction found, numbered and placed in its article.
/// Its extracted fields read as the row's own (`row.actor`).
@dynamicMemberLookup
public struct ClaimRow: Sendable {
    public var id: Int
    public var article: Int
    public var path: String
    public var date: String
    public var extracted: ExtractedClaim

    public subscript<T>(dynamicMember field: WritableKeyPath<ExtractedClaim, T>) -> T {
        get { extracted[keyPath: field] }
        set { extracted[keyPath: field] = newValue }
    }
}

public struct ActorRow: Sendable {
    public var name: String
    public var kind: ActorKind
    public var country: String
    public var org: String
    public var aliases: [String]
    public var claims: Int
    public var articles: Int
    public var first: String
    public var last: String
}

public struct DisputeRow: Sendable {
    public var id: Int
    public var a: Int
    public var b: Int
    public var actorA: String
    public var actorB: String
    public var date: String
    public var topic: String
    public var textA: String
    public var textB: String
}

extension ArticleRow {
    func value(_ field: Int) -> Value {
        switch field {
        case 0: return .int(id)
        case 1: return .text(path)
        case 2: return .text(date)
        case 3: return .text(title)
        case 4: return .text(source)
        case 5: return .text(url)
        case 6: return .int(words)
        default: return .int(claims)
        }
    }
}

extension ClaimRow {
    func value(_ field: Int) -> Value {
        switch field {
        case 0: return .int(id)
        case 1: return .int(article)
        case 2: return .text(path)
        case 3: return .text(date)
        case 4: return .text(extracted.actor)
        case 5: return .text(extracted.speaker)
        case 6: return .text(extracted.role)
        case 7: return .text(extracted.org)
        case 8: return .text(extracted.country)
        case 9: return .text(extracted.cue)
        case 10: return .text(extracted.stance.rawValue)
        case 11: return .text(extracted.kind.rawValue)
        case 12: return .text(extracted.text)
        case 13: return .text(extracted.sentence)
        default: return .int(extracted.line)
        }
    }
}

extension ActorRow {
    func value(_ field: Int) -> Value {
        switch field {
        case 0: return .text(name)
        case 1: return .text(kind.rawValue)
        case 2: return .text(country)
        case 3: return .text(org)
        case 4: return .text(aliases.joined(separator: " | "))
        case 5: return .int(claims)
        case 6: return .int(articles)
        case 7: return .text(first)
        default: return .text(last)
        }
    }
}

extension DisputeRow {
    func value(_ field: Int) -> Value {
        switch field {
        case 0: return .int(id)
        case 1: return .int(a)
        case 2: return .int(b)
        case 3: return .text(actorA)
        case 4: return .text(actorB)
        case 5: return .text(date)
        case 6: return .text(topic)
        case 7: return .text(textA)
        default: return .text(textB)
        }
    }
}
