/// The features the entity model reads for one token: the word, its shape and affixes,
/// its neighbours, the tags already given to the two before it, and whether the word
/// stands in the place and name lists. Each is a 64-bit hash of its name and value, so
/// training and tagging share one definition and the model stores numbers only.
struct EntityFeatures {
    let text: TokenText

    /// The features of token `i`, given the tags of the two tokens before it.
    func features(_ i: Int, previous: EntityTag, beforePrevious: EntityTag, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let tokens = text.tokens
        let word = tokens[i].lower
        let shape = Self.shape(text, i)
        out.append(Self.hash("bias", ""))
        out.append(Self.hash("w", word))
        out.append(Self.hash("shape", shape))
        out.append(Self.hash("suf3", String(word.suffix(3))))
        out.append(Self.hash("pre3", String(word.prefix(3))))
        out.append(Self.hash("t-1", String(previous.raw)))
        out.append(Self.hash("t-2t-1", String(beforePrevious.raw) + "|" + String(previous.raw)))
        out.append(Self.hash("t-1w", String(previous.raw) + "|" + word))
        for offset in [-2, -1, 1, 2] {
            let j = i + offset
            let neighbour = j >= 0 && j < tokens.count ? tokens[j].lower : (offset < 0 ? "<s>" : "</s>")
            out.append(Self.hash("w\(offset)", neighbour))
            if offset == -1 || offset == 1 {
                out.append(Self.hash("shape\(offset)", j >= 0 && j < tokens.count ? Self.shape(text, j) : "-"))
            }
        }
        out.append(Self.hash("w-1w", (i > 0 ? tokens[i - 1].lower : "<s>") + "|" + word))
        out.append(Self.hash("ww+1", word + "|" + (i + 1 < tokens.count ? tokens[i + 1].lower : "</s>")))
        out.append(Self.hash("quoted", tokens[i].quoted ? "1" : "0"))
        out.append(Self.hash("starts", i == 0 || tokens[i - 1].kind == .punct && [".", "!", "?", "\""].contains(tokens[i - 1].lower) ? "1" : "0"))
        for (name, list) in Self.lists where list(word) { out.append(Self.hash("list", name)) }
        if i + 1 < tokens.count {
            let next = tokens[i + 1].lower
            for (name, list) in Self.lists where list(next) { out.append(Self.hash("list+1", name)) }
        }
        if i > 0 {
            let before = tokens[i - 1].lower
            for (name, list) in Self.lists where list(before) { out.append(Self.hash("list-1", name)) }
        }
    }

    /// Lists a word may stand in, by name: the gazetteer's countries and places, the words
    /// of organisations, titles and roles.
    static let lists: [(String, @Sendable (String) -> Bool)] = [
        ("country", { Gazetteer.countries[$0] != nil }),
        ("place", { Places.isPlaceWord($0) }),
        ("org", { Gazetteer.organizationWords.contains($0) }),
        ("title", { Gazetteer.titles.contains($0) }),
        ("role", { Gazetteer.roles.contains($0) }),
    ]

    /// "Xxxx", "XX", "X.X.", "dd", "Xx-Xx": letters as x or X (runs cut at two), digits as d.
    static func shape(_ text: TokenText, _ i: Int) -> String {
        let t = text.tokens[i]
        var out: [UInt8] = []
        var last: UInt8 = 0, run = 0
        for b in text.bytes[t.start..<t.end] {
            let c: UInt8 = (65...90).contains(b) ? 88 : (97...122).contains(b) ? 120 : (48...57).contains(b) ? 100 : b >= 0x80 ? 120 : b
            if c == last { run += 1 } else { run = 1; last = c }
            if run <= 2 { out.append(c) }
            if out.count >= 8 { break }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// FNV-1a over the feature's name, a separator and its value.
    static func hash(_ name: String, _ value: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h = (h ^ 0x1F) &* 0x100_0000_01b3
        for b in value.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
