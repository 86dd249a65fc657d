/// Pronouns and determiners of a speaker phrase.
extension SpeakerPhrase {
    static let pronouns: WordSet = ["he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this"]

    /// Possessive pronouns and the pronoun each stands for: "its website" speaks for "it".
    static let possessives: WordMap<String> = ["his": "he", "her": "she", "its": "it", "their": "they"]

    /// What speaks for its owner after a possessive: "its website notes", "her spokesman said".
    static let ownedVoices: WordSet = ["website", "office", "account", "spokesman", "spokeswoman", "spokesperson"]

    static let determiners: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "some", "many", "several", "both", "all", "two", "three", "four", "five", "no", "every", "each",
        "another", "one", "most", "few", "other", "such", "any", "more", "numerous", "multiple",
    ]

    /// Documents that speak for their authors: "the report said", "the decree states".
    static let documentNouns: WordSet = [
        "report", "study", "survey", "research", "book", "decree", "statement", "letter", "poll", "complaint",
        "lawsuit", "findings", "paper", "memo", "filing", "ruling", "document",
    ]

    /// Nouns for a body that "the …" refers back to: "the company said".
    static let bodyNouns: WordSet = [
        "company", "firm", "group", "charity", "bank", "club", "agency", "union", "organisation", "organization",
        "airline", "carrier", "retailer", "publisher", "broadcaster", "network", "regulator", "watchdog", "insurer",
        "manufacturer", "maker", "giant", "institute", "association", "body", "department", "ministry", "council",
        "publication", "newspaper", "magazine", "outlet", "website", "hotel", "restaurant", "store", "studio",
        "tabloid", "paper", "programme", "program",
    ]

    /// A report, study, survey or the like: it speaks for its author, if one is named.
    static func isDocument(_ noun: String) -> Bool {
        Gazetteer.evidenceNouns.contains(noun) || documentNouns.contains(noun)
    }

    /// Prepositions that start a modifier: "José Ortiz *of* the island's power authority".
    static let modifierLinks: WordSet = ["of", "for", "at", "from", "with", "in", "on", "by"]

    /// Titles that stay with a one-word name, which is how such people are known: "Pope Francis".
    static let regnalTitles: WordMap<FirstNames.Pronoun?> = [
        "pope": nil, "king": .he, "queen": .she, "prince": .he, "princess": .she, "emperor": nil, "sheikh": nil, "saint": nil,
    ]

    /// Titles after which a capitalised word is a person's name ("Mr Irish" is no country),
    /// with the pronoun each gives when it gives one.
    static let honorifics: WordMap<FirstNames.Pronoun?> = [
        "mr": .he, "mr.": .he, "sir": .he, "lord": .he, "mrs": .she, "mrs.": .she, "ms": .she, "ms.": .she, "miss": .she,
        "dame": .she, "lady": .she, "dr": nil, "dr.": nil,
    ]
}

/// Pictures that show rather than say, and the verbs they show with: "photos showing a row
/// of windows" with no author is the article's account, no one's claim.
extension Extractor {
    static let pictures: WordSet = [
        "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "video", "videos", "footage",
        "evidence",
    ]
    static let showingVerbs: WordSet = ["show", "support", "suggest", "indicate", "reveal"]
}

extension ReferenceResolver {
    /// Roles that speak for a body: "a spokesman" is the voice of the body, not a person.
    static let spokespeople: WordSet = ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"]
}
