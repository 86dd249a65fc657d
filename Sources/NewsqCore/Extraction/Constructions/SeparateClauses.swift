extension ClaimFinder {
    /// A content that runs into the speaker of the next claim of its sentence ends there:
    /// "…, Ukraine said, while the Romanians denied the claim".
    mutating func separateClauses(from first: Int) {
        guard drafts.count - first > 1 else { return }
        for a in first..<drafts.count {
            for b in first..<drafts.count where b != a {
                guard let start = drafts[b].speakerTokens?.lowerBound ?? Optional(drafts[b].cueToken),
                    let last = drafts[a].content.indices.last, drafts[a].content[last].contains(start),
                    start > drafts[a].content[last].lowerBound
                else { continue }
                let joint = tokens[start - 1].lower
                guard [",", ";", "while", "but", "and", "whereas", "-"].contains(joint) else { continue }
                var cut = start - 1
                while cut > drafts[a].content[last].lowerBound, [",", ";", "while", "but", "and", "whereas", "-"].contains(tokens[cut - 1].lower) {
                    cut -= 1
                }
                drafts[a].content[last] = trim(drafts[a].content[last].lowerBound, cut)
            }
        }
        // Only this sentence's drafts: filtering the whole article here would be quadratic.
        let kept = drafts[first...].filter { !$0.content.allSatisfy(\.isEmpty) }
        drafts.replaceSubrange(first..., with: kept)
    }
}
