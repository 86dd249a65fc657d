extension ClaimFinder {
    /// `Trump leads by 57 percent to 33 percent in the 50-state poll.`: a finding reported
    /// with its poll after the clause; the poll is the source, the rest of the sentence the content.
    mutating func inPollAfterClause(sentence s: Int) {
        let lo = sentences[s].tokens.lowerBound, end = contentEnd(s)
        guard !sentences[s].tokens.contains(where: { tokens[$0].kind == .quote || tokens[$0].quoted }) else { return }
        for i in lo + 3..<max(lo + 3, end - 1) where text.isWord(i, "in") {
            var j = i + 1
            while j < min(end, i + 11), tokens[j].kind == .word || tokens[j].kind == .number || tokens[j].lower == "'s" || tokens[j].lower == "-",
                !Self.pollNouns.contains(tokens[j])
            { j += 1 }
            // One poll, named: "in the 50-state poll"; "in national polls" is how a race stands.
            guard j < min(end, i + 11), ["poll", "survey", "polling"].contains(tokens[j].lower) || text.isWord(j - 1, "of") else { continue }
            while j + 2 < end, text.isWord(j + 1, "of"), Self.pollNouns.contains(tokens[j + 2]) { j += 2 }  // "an average of polls"
            let source = (i + 1)..<(j + 1)
            // "leading in the polls" is how a race stands, not a source: a poll is named or described.
            guard source.filter({ !SpeakerPhrase.determiners.contains(tokens[$0]) }).count >= 2 else { continue }
            let before = trim(lo, i), after = trim(j + 1, end)
            guard before.count >= 3 else { return }
            add(
                ClaimDraft(
                    source: .phrase(SpeakerPhrase(text.words(source)), tokens: source), cue: "according to", stance: .assert,
                    content: after.count >= 2 ? [before, after] : [before], sentence: s, cueToken: i))
            return
        }
    }
}
