/// Word lists the sentence constructions read: nominal cues, possessives, source and poll nouns.
extension ClaimFinder {
    /// Nouns that report what their possessor said or holds: "his promise to build a wall".
    static let nominalCues: WordMap<String> = [
        "claim": "claim", "claims": "claim", "comment": "comment", "comments": "comment", "remark": "remark", "remarks": "remark",
        "promise": "promise", "promises": "promise", "pledge": "pledge", "warning": "warn", "warnings": "warn",
        "endorsement": "endorse", "opposition": "oppose", "criticism": "criticize", "criticisms": "criticize",
        "attack": "attack", "attacks": "attack", "call": "call", "calls": "call", "assertion": "assert", "assertions": "assert",
        "denial": "deny", "denials": "deny", "belief": "believe", "suggestion": "suggest", "proposal": "propose",
        "threat": "threaten", "threats": "threaten", "vow": "vow", "demand": "demand", "demands": "demand",
        "argument": "argue", "support": "support", "praise": "praise", "concern": "concern", "concerns": "concern",
        "charge": "charge", "charges": "charge",
    ]

    static let possessives: WordMap<String> = ["his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"]

    /// Words that join a participle to its sentence as "…, saying" does: "and saying", "by saying".
    static let participleConnectors: WordSet = ["and", "while", "by", "after", "before", "when", "without"]

    /// Written sources that a sentence can open with: "In a CNN poll, Clinton led by 24 points."
    static let sourceNouns: WordSet = [
        "poll", "polls", "survey", "surveys", "study", "report", "analysis", "interview", "statement", "letter", "memo",
        "op-ed", "column", "editorial", "book", "speech", "filing", "complaint", "lawsuit", "ruling", "opinion", "tweet",
        "post", "email", "e-mail", "testimony", "affidavit", "indictment", "transcript",
    ]

    static let pollNouns: WordSet = ["poll", "polls", "survey", "surveys", "polling"]

    /// Adverbs that pass on what unnamed others say: "reportedly", "allegedly".
    static let hearsay: WordSet = ["reportedly", "allegedly", "purportedly", "supposedly"]
}
