import Foundation
import Testing

@testable import NewsqCore

/// The store ids a saved store keeps for its columns are written as runs of consecutive ids.
@Suite struct StoreIDRunsTests {
    @Test func idsComeBackAsTheyWentIn() {
        let lists: [[Int64]] = [[], [7], [1, 2, 3], [1, 2, 4, 5, 9], [10, 9, 8], [5, 5, 6], Array(1...100_000) + Array(200_001...200_010), [Int64.max - 1, Int64.max]]
        for ids in lists {
            let data = SavedStore.runs(ids)
            #expect(SavedStore.ids(runs: data) == ids)
        }
        // A file's claims in one run: 16 bytes however many.
        #expect(SavedStore.runs(Array(1...100_000)).count == 16)
    }

    @Test func aBlobThatIsNoListOfRunsIsRefused() {
        #expect(SavedStore.ids(runs: Data([1, 2, 3])) == nil)
        let zeroLength = [Int64(5), 0].map(\.littleEndian).withUnsafeBytes { Data($0) }
        #expect(SavedStore.ids(runs: zeroLength) == nil)
        let overflowing = [Int64.max, 2].map(\.littleEndian).withUnsafeBytes { Data($0) }
        #expect(SavedStore.ids(runs: overflowing) == nil)
    }
}
