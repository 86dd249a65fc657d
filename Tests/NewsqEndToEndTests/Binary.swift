import Foundation

/// The built `newsq` binary and the shared corpus beside the project.
enum Binary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let shared = packageRoot + "/../shared"
    static let hasShared = FileManager.default.fileExists(atPath: shared + "/corpus/seed")

    /// Next to the test bundle, where SwiftPM puts the products it built.
    static let path: String = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("newsq").path) { break }
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("newsq").path
    }()

    /// A new empty folder for one test (`name` says whose); the test removes it.
    static func temporaryFolder(_ name: String) throws -> String {
        let dir = NSTemporaryDirectory() + "newsq-\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// An empty home for the runs (made once per test process).
    static let testHome: String = {
        let home = NSTemporaryDirectory() + "newsq-test-home-\(getpid())"
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        return home
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> Run {
        try run(executable: path, arguments, stdin: stdin, environment: environment)
    }

    /// Runs any program from the package root (scripts/…), its two outputs read side by side
    /// so a chatty standard error (Spark's) cannot fill its pipe and stall the run.
    static func run(
        executable: String, _ arguments: [String], stdin: String = "", environment: [String: String] = [:], directory: String = packageRoot
    ) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        // No saved store unless a test asks for one (`--db`), and a home of the tests' own: runs
        // stay independent, and the developer's `~/.newsqrc`, config and cache play no part.
        env["NEWSQ_NO_CACHE"] = "1"
        env["HOME"] = testHome
        env["XDG_CONFIG_HOME"] = testHome + "/.config"
        env["XDG_CACHE_HOME"] = testHome + "/.cache"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let err = ReadAll(errors.fileHandleForReading)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err.data, as: UTF8.self))
    }

    /// A pipe read to its end on a thread of its own.
    final class ReadAll: @unchecked Sendable {
        private var read = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                read = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        var data: Data {
            done.wait()
            done.signal()
            return read
        }
    }
}
