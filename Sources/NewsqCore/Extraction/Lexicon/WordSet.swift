/// Where each word of a fixed list stands, found by the FNV hash of its bytes
/// (`FeatureHash.hash`) in open addressing and then compared with the word itself. The word
/// lists are asked about nearly every token of every article, most of them about a word they
/// do not hold: `Set<String>` hashed each question with a seeded SipHash (a tenth of the
/// extraction's time); here an empty slot answers most of them after a few multiplications.
struct WordIndex: Sendable {
    /// The distinct words, in the order first given.
    let words: [String]
    /// A word's hash → its position + 1 (0: no word has that hash).
    private let slots: FeatureTable<Int32>

    init(_ given: some Sequence<String>) {
        var seen = Set<String>(), words: [String] = []
        for word in given where seen.insert(word).inserted { words.append(word) }
        self.words = words
        slots = FeatureTable(words.enumerated().map { (FeatureHash.hash($0.element), Int32($0.offset + 1)) }, empty: 0)
        // Two words of one list alike in all 64 bits of their hash would hide one of them.
        precondition(slots.count == words.count, "two words of a list share a hash")
    }

    /// The position of `word`, already hashed as `hash` says.
    @inline(__always) func position(of word: String, hash: UInt64) -> Int? {
        let p = Int(slots[hash]) - 1
        return p >= 0 && words[p] == word ? p : nil
    }

    @inline(__always) func position(of word: String) -> Int? { position(of: word, hash: FeatureHash.hash(word)) }
}

/// A fixed list of lowercased words (a lexicon), asked whether it holds a word.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private let index: WordIndex

    init(_ words: some Sequence<String>) { index = WordIndex(words) }
    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always) func contains(_ word: String) -> Bool { index.position(of: word) != nil }
    /// Whether the list holds a token's lowercased word (hashed when it was read).
    @inline(__always) func contains(_ token: Token) -> Bool { index.position(of: token.lower, hash: token.hash) != nil }

    func union(_ other: some Sequence<String>) -> WordSet { WordSet(index.words + Array(other)) }

    var count: Int { index.words.count }
    func makeIterator() -> IndexingIterator<[String]> { index.words.makeIterator() }
}

/// A fixed table from lowercased words to what each stands for (a lexicon with values).
struct WordMap<Value: Sendable>: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    private let index: WordIndex
    private let entries: [(key: String, value: Value)]

    /// From a dictionary (its order does not matter: a word has one value).
    init(_ table: [String: Value]) {
        entries = Array(table)
        index = WordIndex(entries.map(\.key))
    }

    init(dictionaryLiteral entries: (String, Value)...) {
        self.init(Dictionary(entries, uniquingKeysWith: { _, _ in preconditionFailure("a word listed twice") }))
    }

    @inline(__always) subscript(word: String) -> Value? { index.position(of: word).map { entries[$0].value } }
    @inline(__always) subscript(token: Token) -> Value? { index.position(of: token.lower, hash: token.hash).map { entries[$0].value } }

    var keys: [String] { index.words }
    var count: Int { entries.count }
    func makeIterator() -> IndexingIterator<[(key: String, value: Value)]> { entries.makeIterator() }
}
