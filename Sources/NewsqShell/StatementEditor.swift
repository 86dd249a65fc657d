import Foundation
import NewsqCore

/// `.edit` (and `\e`): the statement being typed, or else the last one, opened in
/// `$VISUAL`, else `$EDITOR`, else `vi` (as psql's `\e` and DuckDB's `.edit`); what
/// is saved comes back to run.
enum StatementEditor {
    static func command(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        Environment.value("VISUAL", in: environment) ?? Environment.value("EDITOR", in: environment) ?? "vi"
    }

    /// Whether a typed line asks for the editor.
    static func isRequest(_ line: String) -> Bool {
        let word = line.trimmingCharacters(in: .whitespaces)
        return word == ".edit" || word == "\\e"
    }

    /// The saved text, or a problem to report (the editor did not start or failed).
    static func edit(_ text: String) -> Result<String, EditProblem> {
        let path = NSTemporaryDirectory() + "newsq-edit-\(getpid())-\(UUID().uuidString.prefix(8)).nq"
        guard FileManager.default.createFile(atPath: path, contents: Data((text.isEmpty ? "" : text + "\n").utf8)) else {
            return .failure(EditProblem(message: "cannot write \(path)"))
        }
        defer { unlink(path) }
        let editor = command()
        guard let status = ShellCommand.run(editor + " " + ShellCommand.quoted(path)) else {
            return .failure(EditProblem(message: "cannot start \(editor)"))
        }
        guard status == 0 else { return .failure(EditProblem(message: "\(editor) exited with status \(status); nothing run")) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(EditProblem(message: "cannot read back \(path)"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }

    struct EditProblem: Error {
        var message: String
    }
}
