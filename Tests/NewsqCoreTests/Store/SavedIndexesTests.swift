import Foundation
import Testing

@testable import NewsqCore

/// The claims' indexes as the saved store keeps them: read back equal to the ones built,
/// and never used for other claims or from damaged bytes.
@Suite struct SavedIndexesTests {
    static let store = Store(loaded: ArticleLoader.extract(DemoCorpus.articles))
    static let claimIDs = (1...Int64(store.claims.count)).map { $0 * 3 }

    @Test func theIndexesReadBackAsBuilt() throws {
        let built = try #require(Self.store.indexes[.claims])
        let read = try #require(SavedIndexes.decode(SavedIndexes.encode(built, claimIDs: Self.claimIDs), claimIDs: Self.claimIDs))
        #expect(read.keys.sorted() == built.keys.sorted())
        for (field, index) in built {
            #expect(read[field]?.ids == index.ids, "field \(field)")
            #expect(read[field]?.column == index.column, "field \(field)")
            #expect(read[field]?.rows == index.rows, "field \(field)")
        }
    }

    @Test func otherClaimsOrDamagedBytesReadAsNothing() throws {
        let built = try #require(Self.store.indexes[.claims])
        let bytes = SavedIndexes.encode(built, claimIDs: Self.claimIDs)
        #expect(SavedIndexes.decode(bytes, claimIDs: Self.claimIDs.reversed()) == nil)
        #expect(SavedIndexes.decode(bytes.dropLast(3), claimIDs: Self.claimIDs) == nil)
        #expect(SavedIndexes.decode(Data("not an index".utf8), claimIDs: Self.claimIDs) == nil)
        var wrongNumber = bytes
        wrongNumber[wrongNumber.count - 1] = 0x7f  // the last row's value number, far past the values
        #expect(SavedIndexes.decode(wrongNumber, claimIDs: Self.claimIDs) == nil)
    }
}
