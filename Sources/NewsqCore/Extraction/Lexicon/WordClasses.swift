/// The closed word classes the finder reads sentences by.
extension ClaimFinder {
    /// Forms of "be": before a cue they make it passive ("was asked").
    static let beForms: WordSet = ["is", "was", "were", "are", "be", "been", "being", "am", "'s"]
    /// Words after which a cue form is a noun or an infinitive, not a reporting verb.
    /// Plural quantifiers: an -s form after one is a plural noun ("denied all claims"),
    /// since a verb in -s cannot follow them.
    static let pluralQuantifiers: WordSet = ["all", "many", "several", "both", "few", "other", "various", "numerous"]

    static let nounMarkers: WordSet = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
        "of", "for", "in", "on", "at", "by", "with", "to", "from", "no", "any", "some", "such", "every", "each",
        "'s", "without", "about", "into", "after", "before", "than", "and", "or", "but", "not", "never", "among",
        "amongst", "amid", "despite",
    ]
    /// Words that label a line ("Update:", "Photo:"), so what stands before a colon is no speaker.
    static let sourceLabels: WordSet = [
        "update", "latest", "follow", "plus", "note", "correction", "photo", "related", "watch", "read", "editor", "video", "source", "sources",
        "caption", "image", "credit", "listen", "see", "also", "more", "breaking", "exclusive", "analysis", "opinion",
    ]

    static let weekdaysAndMonths: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    static let clauseStarts: WordSet = [
        "and", "but", "who", "which", "adding", "saying", "according", "while", "as", "although", "though", "because",
        "when", "if", "noting", "arguing", "citing", "referring", "in", "on", "at", "after", "before", "during", "where",
    ]

    /// `…, X said, CLAUSE`: the clause after the cue's comma, when it is one.
    /// "…, many economists say, because …": the reason belongs to what was said.
    static let subordinators: WordSet = ["because", "although", "though", "since", "if", "unless", "so", "as", "when", "while"]

    static let finiteVerbs: WordSet = [
        "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "did", "does", "do", "won't", "can't", "isn't", "wasn't", "doesn't", "didn't",
    ]

    static let subjectPronouns: WordSet = ["he", "she", "they", "we", "i", "it"]

    /// Verbs of opinion that take a bare clause: "I think we can win".
    static let clauseTakers: WordSet = ["think", "believe", "hope", "fear", "expect", "know", "doubt", "suspect", "guess"]

    /// Verbs of a view held, after which the next quotation voices it: "McEnroe wants his
    /// team to play more on clay. "I think it will help …"" (lemmas; -s and -ed forms count).
    static let viewVerbs: WordSet = clauseTakers.union(["want", "insist", "argue", "feel", "warn", "urge", "stress"])

    /// Words that open an indirect question: "asked whether …", "wondered how …".
    static let questionWords: WordSet = ["whether", "if", "who", "what", "how", "why", "when", "where", "which"]

    static let irregularPast: WordSet = [
        "took", "made", "went", "gave", "got", "came", "left", "ran", "said", "told", "wrote", "sent", "kept", "put",
        "brought", "began", "spent", "met", "led", "won", "lost", "paid", "sought", "thought", "became", "stood",
        "tried", "held", "felt", "knew", "saw", "found", "did", "withdrew", "rose", "fell", "struck", "spoke",
        "broke", "chose", "drew", "drove", "grew", "shook", "threw", "bought", "built", "caught", "fought", "heard",
        "taught", "upheld", "sat",
    ]

    static let openingSubordinators: WordSet = [
        "while", "as", "when", "after", "although", "though", "because", "if", "since", "whereas", "before", "until", "once",
    ]

    /// Words that open what may follow a trailing cue: time, place, manner, a participle.
    static let tailWords: WordSet = [
        "on", "in", "at", "during", "after", "before", "to", "via", "through", "from", "with", "when", "while", "as",
        "last", "this", "late", "early", "of", "for", "about", "told", "according", "but", "and", "adding", "citing",
        "without", "referring", "speaking", "unveiling", "outside", "inside", "near", "by", "following", "amid",
        "here", "there", "afterward", "afterwards", "backstage", "onstage", "aboard", "under", "over", "across",
    ]
}
