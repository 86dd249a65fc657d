import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs another program, as a user would from the shell, and reports its wall time
/// and peak resident memory (from wait4's rusage).
struct ChildProcess {
    struct Result {
        var seconds: Double
        var peakBytes: Int
        var status: Int32
    }

    /// Runs `argv` with stdin from `input` and stdout to `output` (stderr discarded).
    static func run(_ argv: [String], input: String = "/dev/null", output: String = "/dev/null") throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Measurement.now()
        let spawned = posix_spawnp(&pid, argv[0], &actions, nil, &cArgs, environ)
        guard spawned == 0 else { throw BenchError("cannot run \(argv[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Measurement.now() - start
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(seconds: seconds, peakBytes: usage.ru_maxrss * 1024, status: exit)
    }

    /// Whether a program is on PATH.
    static func exists(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
