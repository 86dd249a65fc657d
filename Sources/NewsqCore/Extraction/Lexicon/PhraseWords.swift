/// Word lists that bound a speaker phrase: stop words, links, times, modifiers, parties, states.
extension PhraseFinder {
    /// Words that end a subject phrase when walking back from its cue.
    static let stops: WordSet = [
        "that", "which", "and", "but", "or", "nor", "while", "when", "as", "because", "if", "although", "though",
        "so", "where", "after", "before", "since", "until", "whether", "than", "is", "was", "were", "are", "be",
        "been", "being", "has", "have", "had", "will", "would", "did", "does", "do", "says", "said", "told",
        "whereas", "yet", "whom", "whose", "what", "how", "why", "not", "also", "by", "in", "on", "into", "over",
        "under", "about", "against", "during", "through", "like", "unlike", "despite", "amid", "per", "via",
        "asked", "later", "then", "meanwhile", "however", "instead", "now", "there", "here", "too", "very",
    ]

    /// Prepositions kept inside a phrase after a role or institution: "spokesman for", "Ministry of".
    static let links: WordSet = ["of", "for", "at", "from", "with", "to", "in"]

    static let timeWords: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "earlier", "later", "meanwhile", "however", "but", "and", "also", "still", "separately",
        "then", "so", "now", "instead", "last", "this", "week", "month", "year", "morning", "evening", "afternoon", "weekend",
    ]

    static let sentenceAdverbs: WordSet = [
        "however", "meanwhile", "though", "too", "instead", "separately", "also", "moreover", "nevertheless",
        "nonetheless", "indeed", "again", "then", "later", "earlier", "previously", "recently", "in", "turn",
        "for", "his", "her", "its", "their", "part", "response", "particular", "fact", "contrast",
    ]

    /// Prepositions that attach a modifier to a subject's head: "delegates at the convention in Philadelphia".
    static let modifierPrepositions: WordSet = [
        "in", "at", "on", "of", "for", "from", "with", "to", "across", "among", "near", "outside", "inside", "around", "throughout",
    ]

    /// Verbs in -s that stand before a preposition as often as nouns do: "leads in Iowa".
    static let commonVerbsInS: WordSet = [
        "leads", "wins", "runs", "comes", "goes", "makes", "takes", "remains", "trails", "stands", "lives", "works",
        "looks", "seems", "appears", "gets", "puts", "sits", "turns", "moves", "falls", "rises", "focuses", "serves",
    ]

    /// Words that open a phrase set off between a subject and its cue that is no apposition:
    /// "Corey Lewandowski, in a statement released Thursday, said".
    static let setOffOpeners: WordSet = ["in", "at", "on", "during", "after", "before", "with", "from", "for", "like", "unlike", "speaking"]

    static let parties: WordSet = ["democrat", "republican", "independent", "libertarian"]

    /// Words that count a group: "a majority of her backers", "one in five voters".
    static let quantities: WordSet = [
        "majority", "minority", "percent", "half", "third", "quarter", "most", "many", "some", "few", "all", "none",
        "one", "number", "plurality", "share", "members", "each", "both", "dozens", "hundreds", "thousands", "millions",
    ]

    /// States as news abbreviates them after a city ("Jackson, Miss."); only there is their period no full stop.
    static let stateAbbreviations: WordSet = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va",
        "wash", "wis", "wyo",
    ]

    /// Words after a speaker's comma that start a new clause, not an apposition.
    static let clauseOpeners: WordSet = [
        "and", "but", "or", "so", "then", "while", "although", "though", "because",
        "as", "if", "when", "after", "before", "since", "according", "in", "on", "at",
    ]
}
