import Foundation
import TocPlatform
import TocChecks
import TocSyntax

/// The rule levels of every file in a run: each file follows the `toc.yml`
/// nearest to it (in its folder, else the closest parent), so folders of
/// different portfolios checked together keep their own rules. The nearest
/// file counts alone; levels are not merged from further up.
struct RuleConfiguration: Sendable {
    /// A checker for each `toc.yml`, by its path.
    private var checkers: [String: Checker] = [:]
    /// The `toc.yml` of each file that has one.
    private var configOfFile: [String: String] = [:]
    /// The folders each `toc.yml` lets includes read from (real paths).
    private var includeFolders: [String: [String]] = [:]
    /// The drawing settings of each `toc.yml`.
    private var diagrams: [String: DiagramSettings] = [:]
    /// The checker for files without a `toc.yml`.
    private let plain: Checker

    /// No `toc.yml`; `everyRule` (`--all-rules`) runs the rules that are off
    /// by default too, unless a `toc.yml` names them.
    init(everyRule: Bool = false) {
        var settings = RuleSettings()
        settings.everyRule = everyRule
        plain = Checker(settings: settings)
    }

    /// The checker for one file.
    func checker(for file: String) -> Checker {
        configOfFile[file].flatMap { checkers[$0] } ?? plain
    }

    /// The further folders the `toc.yml` of `file` names for includes.
    func includeFolders(for file: String) -> [String] {
        configOfFile[file].flatMap { includeFolders[$0] } ?? []
    }

    /// The drawing settings of the `toc.yml` of `file` (none without one).
    func diagram(for file: String) -> DiagramSettings {
        configOfFile[file].flatMap { diagrams[$0] } ?? DiagramSettings()
    }

    /// Finds and reads the `toc.yml` of every file, and of every path named
    /// (so a broken one beside an empty folder is still reported), with
    /// every problem of every broken one and the text of those files.
    static func load(
        files: [String], paths: [String], everyRule: Bool
    ) -> (configuration: RuleConfiguration, problems: [Diagnostic], sources: [SourceFile]) {
        var configuration = RuleConfiguration(everyRule: everyRule)
        var nearestInFolder: [String: String?] = [:]
        func nearest(_ path: String) -> String? {
            let folder = PathText.folder(of: path)
            if let known = nearestInFolder[folder] { return known }
            let found = ConfigFile.find(for: path)
            nearestInFolder[folder] = found
            return found
        }
        var used: [String] = []
        for file in files {
            guard let config = nearest(file) else { continue }
            configuration.configOfFile[file] = config
            if !used.contains(config) { used.append(config) }
        }
        for path in paths {
            if let config = ConfigFile.find(for: path), !used.contains(config) { used.append(config) }
        }
        var problems: [Diagnostic] = []
        var sources: [SourceFile] = []
        for config in used {
            var loaded = ConfigFile.load(config)
            configuration.includeFolders[config] = loaded.folders
            configuration.diagrams[config] = loaded.diagram
            if loaded.problems.isEmpty {
                loaded.settings.everyRule = everyRule
                configuration.checkers[config] = Checker(settings: loaded.settings)
                continue
            }
            problems += loaded.problems
            if let data = FileManager.default.contents(atPath: WorkingFolder.resolve(config)) { sources.append(SourceFile(path: config, data: [UInt8](data))) }
        }
        return (configuration, problems, sources)
    }
}
