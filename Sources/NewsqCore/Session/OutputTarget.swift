import Foundation

/// Where results go: standard output, or a file set with `.output FILE`. A file is
/// written to a temporary name beside it and renamed into place when output moves
/// elsewhere, so a reader never sees half a result and a crash leaves the old file.
final class OutputTarget {
    private var file: (path: String, temporary: String, handle: FileHandle)?

    /// Output goes to a file set with `.output`.
    var isRedirected: Bool { file != nil }

    func write(_ text: String) {
        let data = Data(text.utf8)
        if let file {
            file.handle.write(data)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// Sends output to `path` (nil: back to standard output). Returns a problem, if any.
    func redirect(to path: String?) -> String? {
        var problem: String?
        if let current = file {
            do {
                try current.handle.synchronize()
                try current.handle.close()
                if rename(current.temporary, current.path) != 0 {
                    problem = "could not write \(current.path): \(String(cString: strerror(errno)))"
                    unlink(current.temporary)
                }
            } catch {
                problem = "could not write \(current.path): \(error.localizedDescription)"
                unlink(current.temporary)
            }
            file = nil
        }
        guard let path else { return problem }
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\((path as NSString).lastPathComponent).newsq-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return "cannot write \(path): \(String(cString: strerror(errno)))" }
        file = (path, temporary, FileHandle(fileDescriptor: fd, closeOnDealloc: true))
        return problem
    }

    deinit { _ = redirect(to: nil) }
}
