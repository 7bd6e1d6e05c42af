import Foundation
import TocChecks
import TocPlatform
import TocSyntax
import Yams

/// `toc.yml`: per-rule levels, found in the checked folder or its parents.
///
/// ```yaml
/// rules:
///   unowned-activity: warning
///   cycle: off
///   level-leap: error
/// ```
///
/// The levels may be written in Danish too: `fejl`, `advarsel`, `fra`.
/// `diagram:` holds drawing settings (`bundle: false` draws every edge of
/// a many-to-many block instead of one junction); see `DiagramSettings`.
enum ConfigFile {
    static let name = "toc.yml"

    /// The nearest `toc.yml` for a path: in the folder itself (or the file's
    /// folder), then in each parent.
    static func find(for path: String) -> String? {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: WorkingFolder.resolve(path), isDirectory: &isFolder)
        var folder = WorkingFolder.url(path).standardizedFileURL
        if !(exists && isFolder.boolValue) { folder.deleteLastPathComponent() }
        while true {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate.path) {
                return relative(candidate.path)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    private static func relative(_ path: String) -> String {
        let here = WorkingFolder.path + "/"
        return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : path
    }

    /// Reads rule levels and the further include folders (real paths), or
    /// every problem found, each located in the file.
    static func load(_ path: String) -> Loaded {
        guard let data = FileManager.default.contents(atPath: WorkingFolder.resolve(path)),
              let text = String(data: data, encoding: .utf8) else {
            return Loaded(problems: [problem(path, 1, 1, LocalizedText("cannot read the file", da: "filen kan ikke læses"))])
        }
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return Loaded(problems: [syntaxProblem(path, error)])
        } catch {
            return Loaded(problems: [problem(path, 1, 1, LocalizedText("not valid YAML", da: "ikke gyldig YAML"))])
        }
        guard let root else { return Loaded() }
        guard let mapping = root.mapping else {
            return Loaded(problems: [problem(path, root, LocalizedText(
                "expected 'rules:' with one line per rule", da: "forventede 'rules:' med én linje pr. regel"))])
        }
        var problems: [Diagnostic] = []
        var levels: [FindingID: RuleLevel] = [:]
        var folders: [String] = []
        var diagram = DiagramSettings()
        for (key, value) in mapping {
            if key.string == includeFoldersKey {
                let (found, wrong) = includeFolders(value, config: path)
                folders += found
                problems += wrong
                continue
            }
            if key.string == diagramKey {
                let (found, wrong) = diagramSettings(value, config: path)
                diagram = found
                problems += wrong
                continue
            }
            guard key.string == "rules" else {
                problems.append(problem(path, key, LocalizedText(
                    "unknown setting '\(key.string ?? "")'; the file holds 'rules:', 'include-folders:' and 'diagram:'",
                    da: "ukendt indstilling '\(key.string ?? "")'; filen indeholder 'rules:', 'include-folders:' og 'diagram:'")))
                continue
            }
            guard let rules = value.mapping else {
                problems.append(problem(path, value, LocalizedText(
                    "'rules:' takes one line per rule, as in 'cycle: off'", da: "'rules:' tager én linje pr. regel, som 'cycle: off'")))
                continue
            }
            for (ruleNode, levelNode) in rules {
                let id = ruleNode.string ?? ""
                guard Checker.allRules.contains(where: { $0.id.rawValue == id }) else {
                    var message = LocalizedText("unknown rule '\(id)'", da: "ukendt regel '\(id)'")
                    if let near = EditDistance.nearest(to: id, among: Checker.allRules.map(\.id.rawValue)) {
                        message = message + LocalizedText("; did you mean '\(near)'?", da: "; mente du '\(near)'?")
                    }
                    problems.append(problem(path, ruleNode, message))
                    continue
                }
                guard let raw = levelNode.scalar?.string, let level = RuleLevel(word: raw) else {
                    problems.append(problem(path, levelNode, LocalizedText(
                        "'\(levelNode.scalar?.string ?? "")' is not a level; use error, warning or off",
                        da: "'\(levelNode.scalar?.string ?? "")' er ikke et niveau; brug fejl, advarsel eller fra (eller error, warning, off)")))
                    continue
                }
                levels[FindingID(rawValue: id)] = level
            }
        }
        return Loaded(
            settings: RuleSettings(levels: levels), folders: folders, diagram: diagram,
            problems: Diagnostic.sortedByLocation(problems))
    }

    /// What one `toc.yml` says: rule levels, further include folders (real
    /// paths), drawing settings, and every problem found, each located.
    struct Loaded {
        var settings = RuleSettings()
        var folders: [String] = []
        var diagram = DiagramSettings()
        var problems: [Diagnostic] = []
    }

    /// The setting holding drawing settings.
    static let diagramKey = "diagram"

    /// `diagram:`'s settings (`bundle: false`), and a problem for each
    /// entry that is unknown or not a yes or no.
    private static func diagramSettings(_ value: Yams.Node, config path: String) -> (DiagramSettings, [Diagnostic]) {
        guard let entries = value.mapping else {
            return (DiagramSettings(), [problem(path, value, LocalizedText(
                "'diagram:' takes one setting per line, as in 'bundle: false'",
                da: "'diagram:' tager én indstilling pr. linje, som 'bundle: false'"))])
        }
        var settings = DiagramSettings()
        var problems: [Diagnostic] = []
        for (key, entry) in entries {
            guard key.string == "bundle" else {
                problems.append(problem(path, key, LocalizedText(
                    "unknown diagram setting '\(key.string ?? "")'; 'diagram:' holds 'bundle:'",
                    da: "ukendt diagramindstilling '\(key.string ?? "")'; 'diagram:' indeholder 'bundle:'")))
                continue
            }
            guard let raw = entry.scalar?.string, let yes = DiagramSettings.yesOrNo(raw) else {
                problems.append(problem(path, entry, LocalizedText(
                    "'\(entry.scalar?.string ?? "")' is not a yes or no; write 'bundle: false' to draw every edge",
                    da: "'\(entry.scalar?.string ?? "")' er hverken ja eller nej; skriv 'bundle: nej' for at tegne hver pil")))
                continue
            }
            settings.bundle = yes
        }
        return (settings, problems)
    }

    /// The setting naming folders, besides the theory's own tree, that
    /// includes may read from.
    static let includeFoldersKey = "include-folders"

    /// The real paths of the folders `include-folders:` names (relative to
    /// the `toc.yml` at `path`), and a problem for each entry that is no folder.
    private static func includeFolders(_ value: Yams.Node, config path: String) -> (folders: [String], problems: [Diagnostic]) {
        let base = PathText.folder(of: path)
        guard let list = value.sequence else {
            return ([], [problem(path, value, LocalizedText(
                "'include-folders:' takes a list of folders, one per line, as in '- ../fælles'",
                da: "'include-folders:' tager en liste af mapper, én pr. linje, som '- ../fælles'"))])
        }
        var folders: [String] = []
        var problems: [Diagnostic] = []
        for entry in list {
            let written = entry.string ?? ""
            let full = written.hasPrefix("/") ? written : (base.isEmpty ? "" : base + "/") + written
            guard case .success(let real) = POSIX.realPath(full), POSIX.facts(of: real)?.kind == .folder else {
                problems.append(problem(path, entry, LocalizedText(
                    "'\(written)' is not a folder here", da: "'\(written)' er ikke en mappe her")))
                continue
            }
            folders.append(real)
        }
        return (folders, problems)
    }

    private static func problem(_ path: String, _ node: Yams.Node, _ message: LocalizedText) -> Diagnostic {
        problem(path, node.mark?.line ?? 1, node.mark?.column ?? 1, message)
    }

    private static func problem(_ path: String, _ line: Int, _ column: Int, _ message: LocalizedText) -> Diagnostic {
        Diagnostic(rule: .configError, severity: .error, text: message, file: path,
                   location: SourceLocation(line: line, column: column))
    }

    private static func syntaxProblem(_ path: String, _ error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return self.problem(path, mark.line, mark.column, LocalizedText(
                "invalid YAML: \(problem)", da: "ugyldig YAML: \(problem)"))
        default:
            return problem(path, 1, 1, LocalizedText("invalid YAML", da: "ugyldig YAML"))
        }
    }
}
