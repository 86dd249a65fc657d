/// A word, number, punctuation mark or quotation mark of an article body, with
/// where it stands (byte offsets, line, paragraph) and whether it is quoted.
struct Token {
    enum Kind: UInt8 { case word, number, punct, quote }

    var start: Int
    var end: Int
    var kind: Kind
    /// Words: lowercased text. Punctuation: the mark (dashes as "-", ellipsis as "...").
    var lower: String
    /// `lower`'s FNV-1a hash (`FeatureHash.hash`), made once as the tokenizer adds the token
    /// (tokens are made there only): word lists (`WordSet`) and models look a word up by it.
    var hash: UInt64 = 0
    var isCapitalized = false
    /// Inside a quotation (quotation marks themselves are not).
    var quoted = false
    /// For quotation marks: whether this one opens or closes a quotation.
    var opens = false
    var closes = false
    var paragraph = 0
    var line = 0

    var isWord: Bool { kind == .word }
    func isPunct(_ mark: String) -> Bool { kind == .punct && lower == mark }
}
