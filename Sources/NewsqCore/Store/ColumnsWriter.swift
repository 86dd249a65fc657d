import Foundation

/// Writes the claims' columns beside a saved store on a thread of their own, from the moment
/// they are built: the file is most of what a load writes, and the actors table, the disputes
/// and the store's own rows are made and saved meanwhile. Its key names the generation the
/// store's transaction saves: should that not commit, the file is of no rows, and a reopen
/// makes it again.
final class ColumnsWriter: Sendable {
    let path: String
    let key: UInt64
    private let group = DispatchGroup()

    init(path: String, key: UInt64) {
        self.path = path
        self.key = key
    }

    func start(_ table: ClaimTable) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [path, key] in
            StageClock.shared.time("columns write") { _ = table.write(to: path, key: key) }
        }
    }

    /// Until the file is written (at once when it was never started).
    func wait() { group.wait() }
}
