import Synchronization

/// Set by the shell's Ctrl-C handler; a running query checks it and stops.
public enum Cancellation {
    private static let flag = Atomic<Bool>(false)

    public static func request() { flag.store(true, ordering: .relaxed) }
    public static func reset() { flag.store(false, ordering: .relaxed) }
    public static var isRequested: Bool { flag.load(ordering: .relaxed) }
}

public struct QueryInterrupted: Error {}
