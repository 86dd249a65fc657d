import Foundation

/// Finds the article files under the paths a user gave: files as named, folders
/// recursively (sorted, hidden entries skipped, symbolic-link loops cut).
enum FileWalker {
    static let articleExtensions: Set<String> = ["txt", "md", "json", "jsonl"]
    static let maxDepth = 64

    /// The files found, each with the size and modification time the walk saw (what the
    /// saved store compares), and the warnings.
    struct Found {
        var stamps: [FileStamp]
        var warnings: [LoadWarning]
        var files: [String] { stamps.map(\.path) }
    }

    /// What follows the last dot of a path's last component ("" for none, or a name that
    /// only starts with a dot), as `NSString.pathExtension` says, without bridging a string
    /// for each of a corpus's files.
    static func fileExtension(_ path: String) -> String {
        let utf8 = path.utf8
        let name = utf8[(utf8.lastIndex(of: 47).map { utf8.index(after: $0) } ?? utf8.startIndex)...]
        guard let dot = name.lastIndex(of: 46), dot != name.startIndex else { return "" }
        return String(Substring(name[name.index(after: dot)...]))
    }

    static func files(_ paths: [String]) -> Found {
        var files: [FileStamp] = []
        var warnings: [LoadWarning] = []
        var visited = Set<String>()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                warnings.append(LoadWarning(path: path, reason: String(cString: strerror(errno))))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, depth: 0, visited: &visited, files: &files, warnings: &warnings)
            } else {
                files.append(FileStamp(path: path, info))  // named explicitly: read whatever its extension
            }
        }
        return Found(stamps: files, warnings: warnings)
    }

    private static func walk(
        _ dir: String, depth: Int, visited: inout Set<String>,
        files: inout [FileStamp], warnings: inout [LoadWarning]
    ) {
        guard depth <= maxDepth else {
            warnings.append(LoadWarning(path: dir, reason: "folders nested deeper than \(maxDepth), not read"))
            return
        }
        guard let real = realpath(dir, nil) else {
            warnings.append(LoadWarning(path: dir, reason: String(cString: strerror(errno))))
            return
        }
        let canonical = String(cString: real)
        free(real)
        guard visited.insert(canonical).inserted else { return }  // a link back to a folder already read
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            warnings.append(LoadWarning(path: dir, reason: "folder unreadable, skipped"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else {
                warnings.append(LoadWarning(path: path, reason: "unreadable (\(String(cString: strerror(errno)))), skipped"))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, depth: depth + 1, visited: &visited, files: &files, warnings: &warnings)
            } else if articleExtensions.contains(fileExtension(name)) {
                files.append(FileStamp(path: path, info))
            }
        }
    }
}

/// A file as the walk found it: what tells a changed file from an unchanged one.
struct FileStamp {
    var path: String
    var size: Int64
    var modified: Double

    init(path: String, _ info: stat) {
        self.path = path
        size = Int64(info.st_size)
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    }
}
