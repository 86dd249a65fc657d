import Foundation

/// The init file read at start, before any statement (as `~/.sqliterc` and `~/.psqlrc`
/// are): dot-commands such as `.mode csv` or `.set name value`.
public enum InitFile {
    /// The file to read: `explicit` (`--init FILE`), else `~/.newsqrc`, else
    /// `$XDG_CONFIG_HOME/newsq/newsqrc` (`~/.config/newsq/newsqrc`), whichever exists.
    public static func path(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit { return explicit }
        guard let home = Environment.value("HOME", in: environment) else { return nil }
        let config = Environment.value("XDG_CONFIG_HOME", in: environment) ?? home + "/.config"
        return [home + "/.newsqrc", config + "/newsq/newsqrc"].first { FileManager.default.fileExists(atPath: $0) }
    }
}
