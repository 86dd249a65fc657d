/// Splits an article body into tokens in one pass over its UTF-8 bytes, and
/// marks quotations. A quotation left open at the end of a paragraph ends there;
/// when the next paragraph opens with a quotation mark, that paragraph continues
/// it (`continuesQuote`), which is how news runs one quote over paragraphs.
struct Tokenizer {
    struct Paragraph {
        var tokens: Range<Int>
        var line: Int
        /// Opens with a quotation mark while the previous paragraph's quote was left open.
        var continuesQuote = false
        /// Ends with a quotation still open.
        var leavesQuoteOpen = false
    }

    private(set) var tokens: [Token] = []
    private(set) var paragraphs: [Paragraph] = []

    init(_ bytes: [UInt8], firstLine: Int = 1) {
        var i = 0
        var line = firstLine
        let n = bytes.count
        var paragraphStart = 0
        var inQuote = false
        var previousLeftOpen = false
        var paragraphLine = line

        func closeParagraph() {
            guard tokens.count > paragraphStart else { return }
            var paragraph = Paragraph(tokens: paragraphStart..<tokens.count, line: paragraphLine)
            let first = tokens[paragraphStart]
            paragraph.continuesQuote = previousLeftOpen && first.kind == .quote && first.opens
            paragraph.leavesQuoteOpen = inQuote
            previousLeftOpen = inQuote
            paragraphs.append(paragraph)
            paragraphStart = tokens.count
        }

        while i < n {
            let b = bytes[i]
            if b == 10 {
                closeParagraph()
                inQuote = false
                line += 1
                i += 1
                paragraphLine = line
                continue
            }
            if b == 32 || b == 9 || b == 13 || b == 12 { i += 1; continue }
            if tokens.count == paragraphStart { paragraphLine = line }
            // Multi-byte punctuation: U+2000–U+206F, and no-break space.
            if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                switch c {
                case 0x9C, 0x9D, 0x9E, 0x9F:  // “ ” „ ‟
                    let curly: Curly = c == 0x9D ? .closing : .opening
                    if inQuote, reopensQuotation(bytes, at: i, length: 3, curly: curly) { closeParagraph(); inQuote = false }
                    addQuote(bytes, at: i, length: 3, curly: curly, inQuote: &inQuote, line: line)
                    i += 3; continue
                case 0x80...0x8B, 0xAF:  // spaces
                    i += 3; continue
                case 0x90...0x95:  // dashes
                    add(Token(start: i, end: i + 3, kind: .punct, lower: "-"), line: line, inQuote: inQuote)
                    i += 3; continue
                case 0xA6:
                    add(Token(start: i, end: i + 3, kind: .punct, lower: "..."), line: line, inQuote: inQuote)
                    i += 3; continue
                case 0x98, 0x99:  // ‘ ’ outside a word: single quotes, treated as punctuation
                    add(Token(start: i, end: i + 3, kind: .punct, lower: "'"), line: line, inQuote: inQuote)
                    i += 3; continue
                default: break
                }
            }
            if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 { i += 2; continue }  // no-break space
            if b == 34 {  // "
                if inQuote, reopensQuotation(bytes, at: i, length: 1, curly: nil) { closeParagraph(); inQuote = false }
                addQuote(bytes, at: i, length: 1, curly: nil, inQuote: &inQuote, line: line)
                i += 1; continue
            }
            if b == 39, i + 1 < n, bytes[i + 1] == 39 {  // '' : a double quotation mark typed as two apostrophes
                addQuote(bytes, at: i, length: 2, curly: nil, inQuote: &inQuote, line: line)
                i += 2; continue
            }
            if isWordByte(bytes, i) {
                let start = i
                while i < n {
                    if isWordByte(bytes, i) { i += 1; continue }
                    // Apostrophes and inner hyphens/periods stay inside a word: O'Neill, didn't, U.S., al-Assad.
                    if let join = joinerLength(bytes, at: i), i + join < n, isWordByte(bytes, i + join) {
                        i += join; continue
                    }
                    break
                }
                // A trailing period after single letters (U.S., D.C.) belongs to the abbreviation.
                if i < n, bytes[i] == 46, i - start >= 3, bytes[i - 2] == 46 { i += 1 }
                addWord(bytes, start: start, end: i, line: line, inQuote: inQuote)
                continue
            }
            // Any other byte: one punctuation token (a whole UTF-8 sequence when multi-byte).
            var length = 1
            if b >= 0xC0 { length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2 }
            length = min(length, n - i)
            var lower = String(decoding: bytes[i..<(i + length)], as: UTF8.self)
            if b == 46 && i + 2 < n && bytes[i + 1] == 46 && bytes[i + 2] == 46 { length = 3; lower = "..." }
            add(Token(start: i, end: i + length, kind: .punct, lower: lower), line: line, inQuote: inQuote)
            i += length
        }
        closeParagraph()
    }

    private enum Curly { case opening, closing }

    /// Letters and digits, ASCII or not; U+2000–U+206F punctuation and Latin-1
    /// symbols (lead byte 0xC2) are not.
    private func isWordByte(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        if b == 0xC2 { return false }
        if b == 0xE2, i + 1 < bytes.count, bytes[i + 1] == 0x80 { return false }
        return true
    }

    /// Length of an apostrophe, hyphen or period that joins two parts of one word.
    private func joinerLength(_ bytes: [UInt8], at i: Int) -> Int? {
        let b = bytes[i]
        if b == 39 || b == 45 { return 1 }  // ' -
        if b == 46, i + 1 < bytes.count, i > 0 {  // U.S., p.m. but not "end.Next"
            let next = bytes[i + 1], prev = bytes[i - 1]
            let isLetter = { (x: UInt8) in (x >= 65 && x <= 90) || (x >= 97 && x <= 122) }
            if isLetter(next) && isLetter(prev) && (i < 2 || !isWordByte(bytes, i - 2) || bytes[i - 2] == 46) { return 1 }
            if next >= 48 && next <= 57 && prev >= 48 && prev <= 57 { return 1 }  // 3.5
        }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }  // ’
        // A thousands separator: 10,000 is one number, not "10" and "000".
        let isDigit = { (k: Int) in k < bytes.count && bytes[k] >= 48 && bytes[k] <= 57 }
        if b == 44, i > 0, isDigit(i - 1), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) { return 1 }
        // A time: 9:42 is one number, not a colon that opens a content.
        if b == 58, i > 0, isDigit(i - 1), isDigit(i + 1), isDigit(i + 2), !isDigit(i + 3) { return 1 }
        return nil
    }

    private mutating func addWord(_ bytes: [UInt8], start: Int, end: Int, line: Int, inQuote: Bool) {
        // "Clinton's" → "Clinton" + "'s", so names and possessives stand apart.
        var wordEnd = end
        var possessive: (Int, Int)?
        if end - start > 2 {
            if bytes[end - 1] == 115 || bytes[end - 1] == 83 {  // s
                if bytes[end - 2] == 39 {
                    possessive = (end - 2, end); wordEnd = end - 2
                } else if end - start > 4, bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99 {
                    possessive = (end - 4, end); wordEnd = end - 4
                }
            }
        }
        let word = bytes[start..<wordEnd]
        let first = bytes[start]
        let isNumber = first >= 48 && first <= 57
        let lower: String
        var hash: UInt64 = 0
        var isCapitalized = first >= 65 && first <= 90
        if word.allSatisfy({ $0 < 0x80 }) {
            // Most words are ASCII: lowercased byte by byte, without Unicode's case tables.
            hash = FeatureHash.hashStart
            lower = String(unsafeUninitializedCapacity: word.count) { out in
                for (n, b) in word.enumerated() {
                    out[n] = b >= 65 && b <= 90 ? b + 32 : b
                    hash = FeatureHash.hash(hash, out[n])
                }
                return word.count
            }
        } else {
            let text = String(decoding: word, as: UTF8.self)
            lower = text.lowercased()
            isCapitalized = isCapitalized || (first >= 0xC3 && text.first?.isUppercase == true)
        }
        // "el-Sisi", "al-Assad": a short particle and a hyphen before a capital make a name.
        // (Two bytes looked at, not the word: this runs for every word.)
        if !isCapitalized, word.count > 4, bytes[start + 1] != 45 {
            let hyphen = bytes[start + 2] == 45 ? start + 2 : bytes[start + 3] == 45 ? start + 3 : 0
            isCapitalized = hyphen > 0 && bytes[hyphen + 1] >= 65 && bytes[hyphen + 1] <= 90
        }
        add(Token(start: start, end: wordEnd, kind: isNumber ? .number : .word, lower: lower, hash: hash, isCapitalized: isCapitalized), line: line, inQuote: inQuote)
        if let (s, e) = possessive {
            add(Token(start: s, end: e, kind: .word, lower: "'s"), line: line, inQuote: inQuote)
        }
    }

    private mutating func add(_ token: consuming Token, line: Int, inQuote: Bool) {
        if token.hash == 0 { token.hash = FeatureHash.hash(token.lower) }
        token.line = line
        token.quoted = inQuote
        token.paragraph = paragraphs.count
        tokens.append(token)
    }

    /// `… the strongest team. "If you are …` inside an open quotation: a mark that can
    /// only open, after a sentence's end, reopens the quotation as a new paragraph does in
    /// print. Some corpora join an article's paragraphs into one line; this is where one began.
    private func reopensQuotation(_ bytes: [UInt8], at i: Int, length: Int, curly: Curly?) -> Bool {
        guard curly != .closing, let last = tokens.last, last.kind == .punct, [".", "?", "!"].contains(last.lower) else { return false }
        let (spaceBefore, spaceAfter) = Self.spacing(bytes, at: i, length: length)
        return spaceBefore && !spaceAfter
    }

    /// Whether a quotation mark has space (or an opening bracket or dash) before it, and space after it.
    private static func spacing(_ bytes: [UInt8], at i: Int, length: Int) -> (before: Bool, after: Bool) {
        let before: UInt8 = i > 0 ? bytes[i - 1] : 32
        let after: UInt8 = i + length < bytes.count ? bytes[i + length] : 32
        let spaceBefore =
            before == 32 || before == 10 || before == 9 || before == 40 || before == 91 || i == 0
            || (i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 && (bytes[i - 1] >= 0x90 && bytes[i - 1] <= 0x95))
            || before == 45
        let spaceAfter = after == 32 || after == 10 || after == 9 || after == 13 || i + length >= bytes.count
        return (spaceBefore, spaceAfter)
    }

    /// Decides from the typography and the spacing around it whether a quotation
    /// mark opens or closes, then updates the quotation state.
    private mutating func addQuote(
        _ bytes: [UInt8], at i: Int, length: Int, curly: Curly?,
        inQuote: inout Bool, line: Int
    ) {
        let (spaceBefore, spaceAfter) = Self.spacing(bytes, at: i, length: length)
        var canOpen = !spaceAfter
        var canClose = !spaceBefore
        if let curly {
            // Trust curly marks unless the spacing plainly contradicts them.
            if curly == .opening {
                canClose = canClose && spaceAfter && !spaceBefore; canOpen = canOpen || !canClose
            } else {
                canOpen = canOpen && spaceBefore && !spaceAfter; canClose = canClose || !canOpen
            }
        }
        var token = Token(start: i, end: i + length, kind: .quote, lower: "\"")
        if inQuote {
            // Even an opening mark ends an open quotation: the writer forgot to close it.
            token.closes = true
            inQuote = false
        } else if canOpen || !canClose {
            token.opens = true
            inQuote = true
        }
        add(token, line: line, inQuote: false)
    }
}
