/// Pronouns and determiners of a speaker phrase.
extension SpeakerPhrase {
    static let pronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this"]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "some", "many", "several", "both", "all", "two", "three", "four", "five", "no", "every", "each",
        "another", "one", "most", "few", "other", "such", "any", "more", "numerous", "multiple",
    ]
}
