import Testing

@testable import NewsqCore

/// Word lists answer as `Set<String>` and `Dictionary` would, asked with a string or with a
/// token (whose hash was made when it was read).
@Suite struct WordSetTests {
    static let words = ["said", "the", "ministry", "président", "'s", "-", "...", "a-very-long-word-past-fifteen-bytes", ""]
    static let others = ["Said", "sai", "saidd", "presidént", "président ", "s", "--", "a-very-long-word-past-fifteen-byte", "the "]

    @Test func aListHoldsItsWordsAndNoOther() {
        let list = WordSet(Self.words)
        let set = Set(Self.words)
        for word in Self.words + Self.others { #expect(list.contains(word) == set.contains(word), "\(word)") }
        #expect(list.count == set.count)
        #expect(Set(list) == set)
        let more = list.union(["reported"])
        #expect(more.contains("reported") && more.contains("said") && !list.contains("reported"))
    }

    @Test func aRepeatedWordIsOneWord() {
        let list: WordSet = ["x", "y", "x"]
        #expect(list.count == 2 && list.contains("x"))
    }

    @Test func aMapGivesEachWordItsValue() {
        let map = WordMap(Dictionary(uniqueKeysWithValues: Self.words.enumerated().map { ($0.element, $0.offset) }))
        for (n, word) in Self.words.enumerated() { #expect(map[word] == n, "\(word)") }
        for word in Self.others { #expect(map[word] == nil, "\(word)") }
        #expect(Set(map.keys) == Set(Self.words))
        #expect(Dictionary(uniqueKeysWithValues: map.map { ($0.key, $0.value) }) == Dictionary(uniqueKeysWithValues: Self.words.enumerated().map { ($0.element, $0.offset) }))
    }

    @Test func aTokenIsFoundByTheHashItWasReadWith() {
        // ASCII words are lowercased and hashed in one pass, other words and marks after:
        // either way the hash must be the lowercased word's, or a list would miss it.
        let text = "The Ministry SAID: \"Président's rôle\" — it's 10,000... 'quoted' Ünïcödé ok."
        let tokens = Tokenizer(Array(text.utf8)).tokens
        #expect(tokens.count > 10)
        let list = WordSet(tokens.map(\.lower))
        for token in tokens {
            #expect(token.hash == FeatureHash.hash(token.lower), "\(token.lower)")
            #expect(list.contains(token), "\(token.lower)")
        }
        let said = tokens.first { $0.lower == "said" }!
        #expect(WordSet(["said"]).contains(said) && !WordSet(["the"]).contains(said))
        #expect(WordMap(["said": 1])[said] == 1 && WordMap(["the": 1])[said] == nil)
    }
}
