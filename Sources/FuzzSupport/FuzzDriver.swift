import Foundation

/// The entry point both fuzz targets share. Built with `-DFUZZING` (scripts/fuzz),
/// it hands each input from libFuzzer's driver to the target; otherwise it replays
/// the files named on the command line, which is how the tests rerun old crashes.
public enum FuzzDriver {
    /// The target's function; libFuzzer's callback is a C function that cannot capture it.
    nonisolated(unsafe) private static var target: (Data) -> Void = { _ in }

    public static func run(_ fuzzOne: @escaping (Data) -> Void) -> Never {
        target = fuzzOne
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(
            runFuzzerDriver(&argc, &argv) { bytes, count in
                FuzzDriver.target(bytes.map { Data(bytes: $0, count: count) } ?? Data())
                return 0
            })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            fuzzOne(data)
            print("ok \(path)")
        }
        exit(0)
        #endif
    }
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif
