import Foundation
import Testing

/// Every input the fuzzers ever broke newsq with, replayed on the fixed code.
@Suite struct FuzzRegressionTests {
    static let folder = Binary.packageRoot + "/Tests/FuzzInputs"
    static let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()

    @Test(arguments: inputs)
    func replays(_ name: String) throws {
        let replayer = name.hasPrefix("query-") ? "fuzz-query" : "fuzz-articles"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appendingPathComponent(replayer)
        process.arguments = [Self.folder + "/" + name]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(replayer) \(name) failed")
    }
}
