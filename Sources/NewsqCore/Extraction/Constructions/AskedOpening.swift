extension ClaimFinder {
    /// `Asked whether he was bullied, Trump said no.`: the question is a claim whose asker
    /// is not named; it runs from its question word (or "about") to the comma.
    mutating func askedOpening(_ c: Int, sentence s: Int) {
        let end = contentEnd(s)
        guard let comma = (c + 1..<min(end, c + 40)).first(where: { text.isPunct($0, ",") && !tokens[$0].quoted }) else { return }
        let start = (c + 1..<comma).first { Self.questionWords.contains(tokens[$0]) || tokens[$0].lower == "about" } ?? c + 1
        let content = trim(start, comma)
        guard content.count >= 2 else { return }
        add(ClaimDraft(source: .unnamed, cue: "ask", stance: .question, content: [content], sentence: s, cueToken: c))
    }
}
