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
    /// The size of its text in UTF-8 (0 when read back from a claims file, which holds none).
    public var textBytes: Int
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
    /// How the aliases are written in one text (the `aliases` field, the store's column).
    static let aliasSeparator = " | "
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
    /// Where what a and b claimed is read: given when the dispute was found, or the claims'
    /// columns, read when asked (a reopen touches no claim's text it is not asked for).
    var texts: Texts
    public var textA: String {
        switch texts {
        case .given(let text, _): return text
        case .claims(let table): return table.text(a - 1, .text)
        }
    }
    public var textB: String {
        switch texts {
        case .given(_, let text): return text
        case .claims(let table): return table.text(b - 1, .text)
        }
    }

    enum Texts: Sendable {
        case given(a: String, b: String)
        case claims(ClaimTable)
    }
    /// Why the pair was made: the rebuttal's cue or phrase, and how it found the claim it rebuts.
    public var why: String
}

extension ArticleRow {
    /// Article `id` as loaded, its claims the rows `claimIDs`.
    init(id: Int, _ item: LoadedArticle, claimIDs: Range<Int>) {
        let a = item.article
        self.init(
            id: id, path: a.path, date: a.date, title: a.title, source: a.source, url: a.url, words: item.words, claims: claimIDs.count,
            claimIDs: claimIDs, textBytes: item.textBytes)
    }

    func value(_ field: Int) -> Value { Schema.articles[field].read(self) }
}

extension ClaimRow {
    func value(_ field: Int) -> Value { Schema.claims[field].read(self) }
}

extension ActorRow {
    func value(_ field: Int) -> Value { Schema.actors[field].read(self) }
}

extension DisputeRow {
    func value(_ field: Int) -> Value { Schema.disputes[field].read(self) }
}
