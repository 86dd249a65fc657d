/// Claims that span sentences: quotations standing after their speaker, quotations captioned
/// with a dash and a name, and contents cut where the next claim of their sentence starts.
extension ClaimFinder {
    /// A content that runs into the speaker of the next claim of its sentence ends there:
    /// "…, Ukraine said, while the Romanians denied the claim".
    mutating func separateClauses(from first: Int) {
        guard drafts.count - first > 1 else { return }
        for a in first..<drafts.count {
            for b in first..<drafts.count where b != a {
                guard let start = drafts[b].speakerTokens?.lowerBound ?? Optional(drafts[b].cueToken),
                      let last = drafts[a].content.indices.last, drafts[a].content[last].contains(start),
                      start > drafts[a].content[last].lowerBound else { continue }
                let joint = tokens[start - 1].lower
                guard [",", ";", "while", "but", "and", "whereas", "-"].contains(joint) else { continue }
                var cut = start - 1
                while cut > drafts[a].content[last].lowerBound, [",", ";", "while", "but", "and", "whereas", "-"].contains(tokens[cut - 1].lower) { cut -= 1 }
                drafts[a].content[last] = trim(drafts[a].content[last].lowerBound, cut)
            }
        }
        // Only this sentence's drafts: filtering the whole article here would be quadratic.
        let kept = drafts[first...].filter { !$0.content.allSatisfy(\.isEmpty) }
        drafts.replaceSubrange(first..., with: kept)
    }

    /// `"Mr. Trump embodies … our greatest shame." ― Sonya Herridge`: a paragraph that is a
    /// quotation closed by a dash and a name; returns the paragraphs read so.
    mutating func addCaptionedQuotations() -> Set<Int> {
        var captioned = Set<Int>()
        var s = 0
        for (p, paragraph) in paragraphs.enumerated() {
            let range = paragraph.tokens
            guard range.count >= 6, tokens[range.lowerBound].kind == .quote else { continue }
            var end = range.upperBound
            while end > range.lowerBound, tokens[end - 1].kind == .punct, !phrases.isAbbreviationPoint(end - 1, floor: range.lowerBound) { end -= 1 }
            guard let dash = (max(range.lowerBound + 2, end - 9)..<end).last(where: { tokens[$0].isPunct("-") }),
                  tokens[dash - 1].kind == .quote || (tokens[dash - 1].kind == .punct && tokens[dash - 2].kind == .quote),
                  dash + 1 < end, tokens[dash + 1].isCapitalized,
                  (dash + 1..<end).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number || tokens[$0].isPunct(",")
                      || tokens[$0].isPunct(".") })
            else { continue }
            let content = trim(range.lowerBound, dash)
            let name = dash + 1..<end
            guard content.count >= 3 else { continue }
            while s + 1 < sentences.count, sentences[s].tokens.upperBound <= dash { s += 1 }
            drafts.append(ClaimDraft(source: .phrase(SpeakerPhrase(text.words(name)), tokens: name), cue: "say", stance: .assert,
                                     content: [content], sentence: s, cueToken: dash))
            captioned.insert(p)
        }
        return captioned
    }

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
            drafts.append(ClaimDraft(source: .sameAs(index), cue: previous.cue, stance: .assert, content: [content],
                                     sentence: s, cueToken: range.lowerBound))
        }
    }
}
