/// An article read as the extraction steps need it: its tokens (with their entity tags),
/// sentences and paragraphs, and the claims the rules' constructions found in it. The
/// attribution model reads the same, in training and in use.
struct ArticleAnalysis {
    let text: TokenText
    let sentences: [Sentence]
    let paragraphs: [Tokenizer.Paragraph]
    /// The constructions' claims, in finding order (`.sameAs` refers to indices of it).
    let drafts: [ClaimDraft]
    /// The unquoted words of the reporting lexicon, taken by a construction or not.
    let lexiconWords: [(token: Int, cue: Cue)]

    init(bytes: [UInt8], firstLine: Int = 1) {
        let tokenizer = Tokenizer(bytes, firstLine: firstLine)
        var text = TokenText(bytes: bytes, tokens: tokenizer.tokens)
        text.entities = EntityTagger(text: text).tags()
        self.text = text
        paragraphs = tokenizer.paragraphs
        sentences = SentenceSplitter.split(tokenizer.tokens, paragraphs: tokenizer.paragraphs)
        var finder = ClaimFinder(text: text, sentences: sentences, paragraphs: paragraphs)
        drafts = finder.run()
        lexiconWords = finder.lexiconWords
    }

    /// The sentence of each token.
    func sentenceIndex() -> [Int32] {
        var index = [Int32](repeating: 0, count: text.tokens.count)
        for (s, sentence) in sentences.enumerated() { for i in sentence.tokens { index[i] = Int32(s) } }
        return index
    }
}
