import Foundation

/// `map` over the cores, in chunks of `chunk` items taken from a shared counter so one
/// huge item does not hold a whole share of the work (chunks of 1 for a few big jobs).
func parallelMap<T, R>(_ items: [T], chunk: Int = 4, _ transform: (T) -> R) -> [R] {
    guard items.count > 1 else { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    // The results are copied out below, then destroyed here: freeing the buffer alone
    // would leave every result's strings and arrays allocated for good.
    defer {
        _ = results.deinitialize()
        results.deallocate()
    }
    let next = NextIndex()
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, items.count)
    withoutActuallyEscaping(transform) { transform in
        nonisolated(unsafe) let transform = transform
        nonisolated(unsafe) let results = results
        nonisolated(unsafe) let items = items
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let range = next.take(chunk, limit: items.count) {
                for i in range { results[i] = transform(items[i]) }
            }
        }
    }
    return results.map { $0! }
}

private final class NextIndex: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(_ n: Int, limit: Int) -> Range<Int>? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        let start = value
        value = min(limit, value + n)
        return start..<value
    }
}

/// `first` on another thread while `second` runs on this one, both results once both are
/// done. Unlike two jobs of one `parallelMap`, `second`'s own `parallelMap` is not nested in
/// a dispatch_apply (which runs nested ones one item at a time): it spreads over the cores.
func alongside<A, B>(_ first: @escaping () -> A, _ second: () -> B) -> (A, B) {
    let result = Slot<A>()
    let group = DispatchGroup()
    nonisolated(unsafe) let first = first
    DispatchQueue.global().async(group: group) { result.value = first() }
    let b = second()
    group.wait()
    return (result.value!, b)
}

/// A value one thread sets and another reads after waiting for it.
private final class Slot<Value>: @unchecked Sendable {
    var value: Value?
}
