/// Words the entity tagger reads names through.
extension EntityTagger {
    /// Words that may join the capitalised words of one name.
    static let joiners: WordSet = ["of", "for", "and", "the", "de", "del", "al", "bin", "van", "von", "la", "du", "der", "on", "'s"]

    /// A capitalised word of these standing alone ("He said", "But the …") is no name:
    /// the tagger skips it without scoring.
    static let loneNonNames: WordSet = SpeakerPhrase.pronouns.union(SpeakerPhrase.determiners).union(PhraseFinder.stops)
}
