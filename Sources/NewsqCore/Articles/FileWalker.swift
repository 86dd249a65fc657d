import Foundation

/// Finds the article files under the paths a user gave: files as named, folders
/// recursively (sorted, hidden entries skipped, symbolic-link loops cut).
enum FileWalker {
    static let articleExtensions: Set<String> = ["txt", "md", "json", "jsonl"]
    static let maxDepth = 64

    static func files(_ paths: [String]) -> (files: [String], warnings: [LoadWarning]) {
        var files: [String] = []
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
                files.append(path)  // named explicitly: read whatever its extension
            }
        }
        return (files, warnings)
    }

    private static func walk(
        _ dir: String, depth: Int, visited: inout Set<String>,
        files: inout [String], warnings: inout [LoadWarning]
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
            } else if articleExtensions.contains((name as NSString).pathExtension) {
                files.append(path)
            }
        }
    }
}
