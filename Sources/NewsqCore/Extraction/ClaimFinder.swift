/// Finds attributed statements sentence by sentence, by the patterns news
/// writing uses: `X said (that) …`, `…, X said`, `"…," said X`, `according to X`,
/// `X "denies …"`, `X: …`, quotations split around their cue, quotations that
/// stand alone after their speaker, `, adding that …`.
struct ClaimFinder {
    let text: TokenText
    let sentences: [Sentence]
    let paragraphs: [Tokenizer.Paragraph]
    let phrases: PhraseFinder
    /// Claims found so far, in finding order; each construction in Constructions/ adds to them.
    var drafts: [ClaimDraft] = []
    /// Cue tokens already read as part of another claim ("cited X as saying").
    var consumed = Set<Int>()
    /// Every unquoted word of the reporting lexicon the sentence loop met, whether or not a
    /// construction took it: the attribution model's candidates, found without a second look-up.
    var lexiconWords: [(token: Int, cue: Cue)] = []
    /// Index of the first draft of the sentence being read: its drafts are `drafts[sentenceStart...]`,
    /// so looking at them never scans the whole article.
    var sentenceStart = 0

    var tokens: [Token] { text.tokens }

    init(text: TokenText, sentences: [Sentence], paragraphs: [Tokenizer.Paragraph]) {
        self.text = text
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.phrases = PhraseFinder(text: text)
    }

    mutating func run() -> [ClaimDraft] {
        for index in sentences.indices { find(inSentence: index) }
        let captioned = addCaptionedQuotations()
        addStandingQuotations(skipping: captioned)
        return drafts  // in finding order: `.sameAs` refers to indices of this array
    }

    private mutating func find(inSentence s: Int) {
        let sentence = sentences[s]
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        let firstDraft = drafts.count
        sentenceStart = firstDraft
        // A headline in title case ("Trump Says The Race Is Rigged"): capitalised cues count.
        var words = 0, titleCase = true
        for k in sentence.tokens where tokens[k].kind == .word && tokens[k].lower.utf8.count > 3 {
            words += 1
            titleCase = titleCase && tokens[k].isCapitalized
        }
        titleCase = titleCase && words >= 3
        // "FALLIN: Well, I think …", "Cruz: Trump Would Put Liberals On Court": a speaker and a colon
        // opening the text are its claim; cues inside it are the speaker's words, not the writer's.
        if openingColon(sentence: s) { return }
        var i = lo
        while i < hi {
            defer { i += 1 }
            // The token's fields read in place: this runs for every token.
            guard tokens[i].kind == .word, !tokens[i].quoted, consumed.isEmpty || !consumed.contains(i) else { continue }
            if tokens[i].lower == "according", text.isWord(i + 1, "to") {
                accordingTo(i, sentence: s)
                continue
            }
            if i == lo, tokens[i].lower == "asked" {
                askedOpening(i, sentence: s)
                continue
            }
            guard !tokens[i].isCapitalized || titleCase, let word = Self.cueWords[tokens[i]] else { continue }
            if word.nominal != nil, possessiveNominal(i, sentence: s) { continue }
            if let cue = word.cue {
                lexiconWords.append((i, cue))
                readCue(i, cue, sentence: s)
            }
        }
        if drafts.count == firstDraft { quotationAfterSubject(sentence: s) }
        if drafts.count == firstDraft { colonAfterSpeaker(sentence: s) }
        if drafts.count == firstDraft { inSource(sentence: s) }
        reportedly(sentence: s)
        separateClauses(from: firstDraft)
    }

    /// Last token of a sentence's content: without the closing punctuation.
    func contentEnd(_ s: Int) -> Int {
        endBeforePunctuation(sentences[s].tokens.upperBound, floor: sentences[s].tokens.lowerBound)
    }

    /// `end` moved back over closing punctuation (a ")" stays), not below `floor`.
    func endBeforePunctuation(_ end: Int, floor: Int) -> Int {
        var end = end
        while end > floor, tokens[end - 1].kind == .punct, tokens[end - 1].lower != ")" { end -= 1 }
        return end
    }

    /// What a word can open: a reporting cue ("said"), a possessed statement ("his promise"), or both.
    private struct CueWord {
        var cue: Cue?
        var nominal: String?
    }

    private static let cueWords: WordMap<CueWord> = {
        var table = Dictionary(uniqueKeysWithValues: ReportingLexicon.forms.map { ($0.key, CueWord(cue: $0.value)) })
        for (noun, lemma) in nominalCues { table[noun, default: CueWord()].nominal = lemma }
        return WordMap(table)
    }()

    mutating func add(_ draft: ClaimDraft) {
        guard !draft.content.isEmpty, !draft.content[0].isEmpty else { return }
        drafts.append(draft)
    }
}
