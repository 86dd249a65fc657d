/// A sentence of one paragraph: a run of tokens. A quotation that holds several
/// sentences stays inside one, so `"A. B," she said.` is read whole.
struct Sentence {
    var tokens: Range<Int>
    var paragraph: Int
}

enum SentenceSplitter {

    /// Longer runs without an end are cut here, so work per sentence stays bounded
    /// on text that never stops (a whole book on one line).
    static let maxTokens = 400

    static func split(_ tokens: [Token], paragraphs: [Tokenizer.Paragraph]) -> [Sentence] {
        var sentences: [Sentence] = []
        for (p, paragraph) in paragraphs.enumerated() {
            var start = paragraph.tokens.lowerBound
            var i = start
            while i < paragraph.tokens.upperBound {
                if endsSentence(tokens, at: i, limit: paragraph.tokens.upperBound) || i + 1 - start >= maxTokens {
                    sentences.append(Sentence(tokens: start..<(i + 1), paragraph: p))
                    start = i + 1
                }
                i += 1
            }
            if start < paragraph.tokens.upperBound {
                sentences.append(Sentence(tokens: start..<paragraph.tokens.upperBound, paragraph: p))
            }
        }
        return sentences
    }

    private static func endsSentence(_ tokens: [Token], at i: Int, limit: Int) -> Bool {
        // Only a mark ends a sentence: most tokens are words, ruled out before a token is copied.
        guard tokens[i].kind == .punct || tokens[i].kind == .quote else { return false }
        let token = tokens[i]
        guard i + 1 < limit else { return false }  // the paragraph's end closes it anyway
        let next = tokens[i + 1]
        if token.kind == .quote {
            // `... done." Next` ends a sentence; `... done," he said` does not, nor `"Why?" Mrs. Clinton asked`.
            // A full stop inside the closing mark ends the sentence even when a name and a verb follow:
            // attribution after a quotation takes a comma, a question or an exclamation mark.
            guard token.closes, i > 0, isTerminal(tokens[i - 1]),
                tokens[i - 1].lower == "." || !speakerFollows(tokens, after: i, limit: limit)
            else { return false }
        } else {
            guard isTerminal(token), !token.quoted else { return false }
            if next.kind == .quote && next.closes { return false }  // the closing mark ends it
            if token.lower == ".", i > 0 {
                let previous = tokens[i - 1]
                // "No. 2" abbreviates; "said no. In …" ends a sentence.
                if previous.isWord && abbreviations.contains(previous) && (previous.lower != "no" || next.kind == .number) { return false }
                // An initial: "J. Smith"
                if previous.isWord && previous.isCapitalized && previous.end - previous.start == 1 { return false }
            }
        }
        if next.kind == .quote { return next.opens }
        if next.kind == .number { return true }
        return next.isWord && next.isCapitalized || next.lower == "(" || next.lower == "-"
    }

    /// A name and a reporting verb right after a closing quotation: `"…?" Mrs. Clinton asked.`
    private static func speakerFollows(_ tokens: [Token], after i: Int, limit: Int) -> Bool {
        var j = i + 1
        while j < limit, j - i <= 6 {
            let t = tokens[j]
            if t.kind == .word, !t.isCapitalized { return ReportingLexicon.forms[t] != nil && j > i + 1 }
            if t.kind != .word && !(t.kind == .punct && t.lower == ".") { return false }
            j += 1
        }
        return false
    }

    private static func isTerminal(_ token: Token) -> Bool {
        token.kind == .punct && (token.lower == "." || token.lower == "!" || token.lower == "?" || token.lower == "...")
    }
}
