extension ClaimFinder {
    /// `according to X, …` and `…, according to X.`
    mutating func accordingTo(_ i: Int, sentence s: Int) {
        let lo = sentences[s].tokens.lowerBound
        guard var speaker = phrases.subject(startingAt: i + 2, limit: sentences[s].tokens.upperBound) else { return }
        var content: Range<Int>?
        let end = contentEnd(s)
        // The source runs to its comma when it opens the sentence, to the sentence's end when it
        // closes it: "according to early results of exit polls conducted for the AP, …".
        let tokens = self.tokens
        func plain(_ k: Int) -> Bool { tokens[k].kind != .quote && !tokens[k].quoted }
        if i - lo <= 1 {
            var k = speaker.tokens.upperBound
            while k < min(end, i + 30), plain(k), !text.isPunct(k, ",") { k += 1 }
            // "According to the El Paso mayor, Dee Margo, …": a name set off after a role is who speaks.
            var name = k + 1
            while name < end, name - k <= 4, tokens[name].kind == .word, tokens[name].isCapitalized { name += 1 }
            if text.isPunct(k, ","), name > k + 1, text.isPunct(name, ","),
                text.words(speaker.tokens.lowerBound..<k).contains(where: { Gazetteer.roles.contains($0.lower) })
            {
                speaker.phrase = SpeakerPhrase(text.words((k + 1)..<name), apposition: text.words(speaker.tokens.lowerBound..<k))
                k = name
            }
            if text.isPunct(k, ",") {
                speaker.tokens = speaker.tokens.lowerBound..<k
                content = trim(k + 1, end)
            }
        } else {
            let boundary = text.isPunct(i - 1, ",") ? i - 1 : i
            // ""He hates them," Hewitt said, according to a transcript": the source reports the whole
            // sentence before it, the inner attribution included.
            content = drafts.count > sentenceStart ? trim(lo, boundary) : trailingContent(before: boundary, sentence: s)
            if end - speaker.tokens.upperBound < 25, (speaker.tokens.upperBound..<end).allSatisfy(plain) {
                speaker.tokens = speaker.tokens.lowerBound..<end
            }
        }
        let source = ClaimDraft.Source.phrase(speaker.phrase, tokens: speaker.tokens)
        guard let content, !content.isEmpty else { return }
        add(ClaimDraft(source: source, cue: "according to", stance: .assert, content: [content], sentence: s, cueToken: i))
    }
}
