import Foundation
import NewsqCore

/// Placeholder until the libedit shell lands: reads lines without editing.
public struct InteractiveShell {
    let paths: [String]
    let aliases: AliasTable
    let format: OutputFormat?
    let useHistory: Bool

    public init(paths: [String], aliases: AliasTable, format: OutputFormat?, useHistory: Bool) {
        self.paths = paths
        self.aliases = aliases
        self.format = format
        self.useHistory = useHistory
    }

    public func run() -> Int32 { 0 }
}
