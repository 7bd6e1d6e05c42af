import Foundation
import TocModel
import TocPlatform
import TocSyntax

/// Where a theory's includes may come from: the tree being worked on (for
/// `toc serve`, its folder; otherwise the nearest folder above the theory
/// holding a `toc.yml` or `.git`, else the folder named on the command
/// line, else the theory's own folder) and the folders its `toc.yml` names
/// under `include-folders:`. Nothing outside is ever read.
enum IncludeTree {
    /// The folder a theory's tree starts at, as the user would name it.
    static func root(of file: String, named paths: [String]) -> String {
        let folder = PathText.folder(of: file)
        var current = WorkingFolder.url(folder.isEmpty ? "." : folder).standardizedFileURL
        while true {
            for marker in [ConfigFile.name, ".git"] where POSIX.facts(of: current.appendingPathComponent(marker).path) != nil {
                return shown(current.path)
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        // The folder named on the command line that holds the file, the longest if several.
        let named = paths.filter { path in
            POSIX.facts(of: path)?.kind == .folder && file.hasPrefix(path.hasSuffix("/") ? path : path + "/")
        }
        if let longest = named.max(by: { $0.count < $1.count }) { return longest }
        return folder.isEmpty ? "." : folder
    }

    /// A path as messages show it: relative to the working folder when inside it.
    static func shown(_ path: String) -> String {
        let here = WorkingFolder.path
        if path == here { return "." }
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }

    /// The loader for a theory whose tree starts at `tree`, with `further` folders (real paths).
    static func loader(tree: String, further: [String], root: URL? = nil, limit: Int, real: String? = nil) -> DiskLoader {
        let real = real ?? POSIX.realPath(tree).value ?? tree
        return DiskLoader(root: root, allowed: [real] + further, treeName: tree, limit: limit)
    }

    /// The tree of each folder holding files of a run, and its real path,
    /// worked out once per folder (a portfolio of 5,000 files has a few).
    static func trees(of files: [String], named paths: [String]) -> [String: (tree: String, real: String)] {
        var trees: [String: (tree: String, real: String)] = [:]
        for file in files where !InputFiles.isStandardInput(file) {
            let folder = PathText.folder(of: file)
            guard trees[folder] == nil else { continue }
            let tree = root(of: file, named: paths)
            trees[folder] = (tree, POSIX.realPath(tree).value ?? tree)
        }
        return trees
    }
}
