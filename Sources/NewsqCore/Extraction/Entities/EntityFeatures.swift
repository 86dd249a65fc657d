/// The features the entity model reads for one token: the word, its shape and affixes,
/// its neighbours, the tags already given to the two before it, and whether the word
/// stands in the place and name lists, each hashed as `FeatureHash` says.
struct EntityFeatures {
    let text: TokenText
    /// Per token: the hash of its lowercased form, of its shape, of its last and first
    /// three letters, and the lists it stands in; computed near candidates only.
    private var word: [UInt64]
    private var shape: [UInt64]
    private var suffix: [UInt64]
    private var prefix: [UInt64]
    private var lists: [UInt8]

    /// `candidates`: the tokens that will be tagged; their neighbours are read too.
    init(text: TokenText, candidates: [Int]) {
        self.text = text
        let n = text.tokens.count
        word = [UInt64](repeating: 0, count: n)
        shape = word
        suffix = word
        prefix = word
        lists = [UInt8](repeating: 0, count: n)
        var last = -1
        for c in candidates {
            for i in stride(from: max(c - 2, last + 1, 0), through: min(c + 2, n - 1), by: 1) {
                // The token's fields are read in place: copying a token retains its strings.
                word[i] = text.tokens[i].hash
                var lower = text.tokens[i].lower
                lower.withUTF8 { lower in
                    suffix[i] = FeatureHash.hash(lower.suffix(3))
                    prefix[i] = FeatureHash.hash(lower.prefix(3))
                }
                shape[i] = FeatureHash.shape(text.bytes[text.tokens[i].start..<text.tokens[i].end])
                lists[i] = Self.listBits[word[i]]
                last = i
            }
        }
    }

    /// Kinds of feature, mixed into each feature's number.
    private enum Kind: UInt64 {
        case bias = 1, word, shape, suffix, prefix, previousTag, previousTags, previousTagWord
        case wordBefore2, wordBefore, wordAfter, wordAfter2, shapeBefore, shapeAfter, pairBefore, pairAfter
        case quoted, startsSentence, list, listAfter, listBefore
    }

    private static let sentenceEnds: WordSet = [".", "!", "?"]
    private static let outsideHash = FeatureHash.hash("<none>".utf8)

    /// The features of token `i`, given the tags of the two tokens before it.
    func features(_ i: Int, previous: EntityTag, beforePrevious: EntityTag, into out: inout [UInt64]) {
        fixedFeatures(i, into: &out)
        addTagFeatures(i, previous: previous, beforePrevious: beforePrevious, to: &out)
    }

    /// The features of token `i` that depend on the tags before it.
    func addTagFeatures(_ i: Int, previous: EntityTag, beforePrevious: EntityTag, to out: inout [UInt64]) {
        out.append(Self.mix(.previousTag, UInt64(previous.raw)))
        out.append(Self.mix(.previousTags, UInt64(beforePrevious.raw) << 8 | UInt64(previous.raw)))
        out.append(Self.mix(.previousTagWord, UInt64(previous.raw), word[i]))
    }

    /// The features of token `i` that do not depend on the tags before it: known before the
    /// tagger reaches it, so their weights can be asked for ahead.
    func fixedFeatures(_ i: Int, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let tokens = text.tokens
        let n = tokens.count
        func at(_ j: Int, _ table: [UInt64]) -> UInt64 { j >= 0 && j < n ? table[j] : Self.outsideHash }
        let w = word[i]
        out.append(Self.mix(.bias))
        out.append(Self.mix(.word, w))
        out.append(Self.mix(.shape, shape[i]))
        out.append(Self.mix(.suffix, suffix[i]))
        out.append(Self.mix(.prefix, prefix[i]))
        out.append(Self.mix(.wordBefore2, at(i - 2, word)))
        out.append(Self.mix(.wordBefore, at(i - 1, word)))
        out.append(Self.mix(.wordAfter, at(i + 1, word)))
        out.append(Self.mix(.wordAfter2, at(i + 2, word)))
        out.append(Self.mix(.shapeBefore, at(i - 1, shape)))
        out.append(Self.mix(.shapeAfter, at(i + 1, shape)))
        out.append(Self.mix(.pairBefore, at(i - 1, word), w))
        out.append(Self.mix(.pairAfter, w, at(i + 1, word)))
        out.append(Self.mix(.quoted, tokens[i].quoted ? 1 : 0))
        let starts = i == 0 || tokens[i - 1].kind == .quote || tokens[i - 1].kind == .punct && Self.sentenceEnds.contains(tokens[i - 1])
        out.append(Self.mix(.startsSentence, starts ? 1 : 0))
        for (kind, j) in [(Kind.list, i), (.listAfter, i + 1), (.listBefore, i - 1)] where j >= 0 && j < n {
            var bits = lists[j]
            while bits != 0 {
                out.append(Self.mix(kind, UInt64(bits.trailingZeroBitCount)))
                bits &= bits - 1
            }
        }
    }

    /// The lists a word stands in, as bits, by the hash of the lowercased word: a country or
    /// demonym, a country or region (GeoNames), a word of organisations, a title, a role.
    static let listBits: FeatureTable<UInt8> = {
        let lists: [(UInt8, [String])] = [
            (1, Array(Gazetteer.countries.keys)), (4, Array(Gazetteer.organizationWords)), (8, Array(Gazetteer.titles)),
            (16, Array(Gazetteer.roles)),
        ]
        var bits: [UInt64: UInt8] = [:]
        for (bit, words) in lists {
            for word in words where !word.contains(" ") { bits[FeatureHash.hash(word.utf8), default: 0] |= bit }
        }
        for place in Places.names.entries where place.value == 1 { bits[place.key, default: 0] |= 2 }
        return FeatureTable(bits.map { ($0.key, $0.value) }, empty: 0)
    }()

    private static func mix(_ kind: Kind) -> UInt64 { FeatureHash.mix(kind.rawValue) }
    private static func mix(_ kind: Kind, _ a: UInt64) -> UInt64 { FeatureHash.mix(kind.rawValue, a) }
    private static func mix(_ kind: Kind, _ a: UInt64, _ b: UInt64) -> UInt64 { FeatureHash.mix(kind.rawValue, a, b) }
}
