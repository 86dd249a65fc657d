import Foundation

/// The environment variables newsq reads (`HOME`, `PAGER`, `EDITOR`, `COLUMNS` …): one
/// set to nothing but blanks counts as unset, as shells treat it.
public enum Environment {
    public static func value(_ name: String, in environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let value = environment[name], !value.trimmingSpaces.isEmpty else { return nil }
        return value
    }

    /// The home folder: `$HOME`, else the account's.
    public static var home: String { value("HOME") ?? NSHomeDirectory() }
}
