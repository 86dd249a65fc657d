extension RandomAccessCollection {
    /// The first index whose element is `inSecondPart`, in a collection where every such
    /// element follows every other (a search by halving: sorted lists, by position or key).
    func partitioningIndex(where inSecondPart: (Element) -> Bool) -> Index {
        var low = startIndex, count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if inSecondPart(self[mid]) {
                count = half
            } else {
                low = index(after: mid)
                count -= half + 1
            }
        }
        return low
    }
}
