/// Pronouns and determiners of a speaker phrase.
extension SpeakerPhrase {
    static let pronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this"]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "some", "many", "several", "both", "all", "two", "three", "four", "five", "no", "every", "each",
        "another", "one", "most", "few", "other", "such", "any", "more", "numerous", "multiple",
    ]

    /// Documents that speak for their authors: "the report said", "the decree states".
    static let documentNouns: Set<String> = [
        "report", "study", "survey", "research", "book", "decree", "statement", "letter", "poll", "complaint",
        "lawsuit", "findings", "paper", "memo", "filing", "ruling", "document",
    ]

    /// Nouns for a body that "the …" refers back to: "the company said".
    static let bodyNouns: Set<String> = [
        "company", "firm", "group", "charity", "bank", "club", "agency", "union", "organisation", "organization",
        "airline", "carrier", "retailer", "publisher", "broadcaster", "network", "regulator", "watchdog", "insurer",
        "manufacturer", "maker", "giant", "institute", "association", "body", "department", "ministry", "council",
    ]

    /// A report, study, survey or the like: it speaks for its author, if one is named.
    static func isDocument(_ noun: String) -> Bool {
        Gazetteer.evidenceNouns.contains(noun) || documentNouns.contains(noun)
    }
}
