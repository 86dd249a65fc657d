/// Abbreviations whose full stop ends no sentence.
extension SentenceSplitter {
    /// Words after which a period does not end a sentence.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "capt", "sgt", "adm",
        "maj", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "gens", "reps", "sens", "govt",
        "dept", "univ", "approx", "est", "fig", "al", "cf", "e.g", "i.e", "etc", "pres", "supt", "cmdr",
    ]
}
