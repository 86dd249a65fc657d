extension ClaimFinder {
    /// A quotation standing as its own sentence after a quoted speaker continues that
    /// speaker: in the same paragraph it extends that claim, in the next it is a new one.
    mutating func addStandingQuotations(skipping captioned: Set<Int>) {
        let found = drafts.sorted { $0.position < $1.position }
        var indexOf: [Int: Int] = [:]  // cue token → index in `drafts`
        for (i, draft) in drafts.enumerated() where indexOf[draft.cueToken] == nil { indexOf[draft.cueToken] = i }
        var covered = Set<Int>()
        for draft in found { covered.insert(draft.sentence) }
        var d = 0
        for (s, sentence) in sentences.enumerated() where !covered.contains(s) && !captioned.contains(sentence.paragraph) {
            let range = sentence.tokens
            guard tokens[range.lowerBound].kind == .quote, tokens[range.lowerBound].opens else { continue }
            let words = range.filter { tokens[$0].kind == .word }
            guard !words.isEmpty, words.filter({ tokens[$0].quoted }).count * 10 >= words.count * 7 else { continue }
            while d < found.count, found[d].position < range.lowerBound { d += 1 }
            guard d > 0 else { continue }
            let previous = found[d - 1]
            let gap = sentence.paragraph - sentences[previous.sentence].paragraph
            let quotedBefore = previous.content.contains { r in r.contains { tokens[$0].quoted } }
            guard gap <= 2, quotedBefore || paragraphs[sentence.paragraph].continuesQuote else { continue }
            guard let index = indexOf[previous.cueToken] else { continue }
            let content = trim(range.lowerBound, quotationEnd(from: range.lowerBound + 1, limit: range.upperBound))
            guard !content.isEmpty else { continue }
            if sentence.paragraph == sentences[previous.sentence].paragraph {
                // `"Q1," she said. "Q2."`: one statement, quoted in two pieces.
                drafts[index].content.append(content)
                continue
            }
            drafts.append(
                ClaimDraft(
                    source: .sameAs(index), cue: previous.cue, stance: .assert, content: [content],
                    sentence: s, cueToken: range.lowerBound))
        }
    }
}
