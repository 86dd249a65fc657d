import CEditLine
import Foundation
import NewsqCore
import Synchronization

/// Set from the SIGINT handler: Ctrl-C while a line was being read.
let lineInterrupted = Atomic<Bool>(false)

/// libedit, wide-character: prompts, history recall, `~/.editrc`, and tab
/// completion handed to a `Completer`.
final class LineEditor {
    enum Input {
        case line(String)
        /// Ctrl-C: abandon the line.
        case interrupted
        /// Ctrl-D on an empty line, or the terminal went away.
        case end
    }

    private let editor: OpaquePointer
    private let history: OpaquePointer
    /// Shows `...> ` instead of `newsq> `.
    var continuing = false
    var complete: (String) -> Completer.Completion = { _ in Completer.Completion(replacing: 0, candidates: [], suffix: "") }

    nonisolated(unsafe) private static let mainPrompt = wideCString("newsq> ")
    nonisolated(unsafe) private static let continuationPrompt = wideCString("...> ")

    init(program: String) {
        Self.useUTF8Locale()
        editor = newsq_el_init(program)
        history = history_winit()
        newsq_history_setsize(history, Int32(HistoryFile.limit))
        newsq_history_setunique(history, 1)
        newsq_el_set_editor(editor, "emacs")
        newsq_el_set_history(editor, history)
        newsq_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        newsq_el_set_wprompt(editor) { e in
            guard let e, let data = newsq_el_get_clientdata(e) else { return UnsafePointer(LineEditor.mainPrompt) }
            let me = Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
            return UnsafePointer(me.continuing ? LineEditor.continuationPrompt : LineEditor.mainPrompt)
        }
        newsq_el_addfn(editor, Self.wideCString("newsq-complete"), Self.wideCString("complete the word at the cursor")) { e, _ in
            guard let e, let data = newsq_el_get_clientdata(e) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().completeAtCursor(e)
        }
        // ~/.editrc first: its `bind -v` (vi mode) resets the key maps, so Tab and Ctrl-R are
        // bound after it, and work in either mode (vi insert mode has no search of its own).
        newsq_el_source_editrc(editor)
        newsq_el_bind(editor, Self.wideCString("^I"), Self.wideCString("newsq-complete"))
        newsq_el_bind(editor, Self.wideCString("^R"), Self.wideCString("em-inc-search-prev"))
        Self.installInterruptHandler()
    }

    deinit {
        el_end(editor)
        history_wend(history)
    }

    func read() -> Input {
        lineInterrupted.store(false, ordering: .relaxed)
        el_resize(editor)  // the terminal may have changed size since the last line
        var count: Int32 = 0
        guard let buffer = el_wgets(editor, &count) else {
            if lineInterrupted.load(ordering: .relaxed) {
                el_reset(editor)
                FileHandle.standardOutput.write(Data("\n".utf8))
                return .interrupted
            }
            return .end
        }
        var line = Self.string(buffer, count: Int(count))
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Puts text on the next input line as if typed, for the user to run or edit.
    func offer(_ text: String) {
        Self.withWide(text) { el_wpush(editor, $0) }
    }

    func addHistory(_ entry: String) {
        Self.withWide(entry) { _ = newsq_history_enter(history, $0) }
    }

    // MARK: - Completion

    private func completeAtCursor(_ e: OpaquePointer) -> UInt8 {
        guard let info = newsq_el_wline(e)?.pointee else { return UInt8(CC_ERROR) }
        let before = Self.string(info.buffer, count: info.cursor - info.buffer)
        let completion = complete(before)
        let candidates = completion.candidates
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        if candidates.count == 1 {
            replace(e, count: completion.replacing, with: candidates[0] + completion.suffix)
            return UInt8(CC_REFRESH)
        }
        let prefix = Completer.commonPrefix(candidates)
        if prefix.count > completion.replacing {
            replace(e, count: completion.replacing, with: prefix)
            return UInt8(CC_REFRESH)
        }
        // Several fit: list them under the line, then redraw it.
        let width = max(20, Terminal.width())
        let shown = candidates.prefix(200).map { Terminal.printable($0) }
        let column = min(width, (shown.map(\.count).max() ?? 0) + 2)
        let perLine = max(1, width / column)
        var text = "\n"
        for (i, c) in shown.enumerated() {
            text += c.padding(toLength: column, withPad: " ", startingAt: 0)
            if (i + 1) % perLine == 0 || i == shown.count - 1 { text = text.trimmingCharacters(in: .init(charactersIn: " ")) + "\n" }
        }
        if candidates.count > shown.count { text += "… and \(candidates.count - shown.count) more\n" }
        FileHandle.standardOutput.write(Data(text.utf8))
        return UInt8(CC_REDISPLAY)
    }

    private func replace(_ e: OpaquePointer, count: Int, with text: String) {
        if count > 0 { el_deletestr(e, Int32(count)) }
        Self.withWide(text) { _ = el_winsertstr(e, $0) }
    }

    // MARK: - Setup

    /// Wide-character input needs a UTF-8 locale: the user's, else C.UTF-8.
    private static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// SIGINT without SA_RESTART: a pending `el_wgets` returns, a running query sees the flag.
    private static func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            lineInterrupted.store(true, ordering: .relaxed)
            Cancellation.request()
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have blocked SIGINT (a blocked mask survives exec): Ctrl-C must still reach us.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }

    /// A wide string that lives as long as the program: prompts and command names libedit keeps.
    static func wideCString(_ s: String) -> UnsafeMutablePointer<wchar_t> {
        let scalars = Array(s.unicodeScalars)
        let buffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: scalars.count + 1)
        for (i, scalar) in scalars.enumerated() { buffer[i] = wchar_t(bitPattern: scalar.value) }
        buffer[scalars.count] = 0
        return buffer
    }

    static func withWide<R>(_ s: String, _ body: (UnsafePointer<wchar_t>) -> R) -> R {
        let buffer = wideCString(s)
        defer { buffer.deallocate() }
        return body(buffer)
    }

    static func string(_ buffer: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for i in 0..<max(0, count) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: buffer[i])) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
