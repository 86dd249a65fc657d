/// Words the entity tagger reads names through.
extension EntityTagger {
    /// Words that may join the capitalised words of one name.
    static let joiners: Set<String> = ["of", "for", "and", "the", "de", "del", "al", "bin", "van", "von", "la", "du", "der", "on", "'s"]
}
