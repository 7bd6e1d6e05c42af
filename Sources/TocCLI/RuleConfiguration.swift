import Foundation
import TocChecks
import TocSyntax

/// The rule levels of every file in a run: each file follows the `toc.yml`
/// nearest to it (in its folder, else the closest parent), so folders of
/// different portfolios checked together keep their own rules. The nearest
/// file counts alone; levels are not merged from further up.
struct RuleConfiguration: Sendable {
    /// Levels by `toc.yml` path.
    private var byConfig: [String: RuleSettings] = [:]
    /// The `toc.yml` of each file that has one.
    private var configOfFile: [String: String] = [:]
    /// `--all-rules`: rules that are off by default run too, unless a
    /// `toc.yml` names them.
    var everyRule = false

    /// The settings for one file.
    func settings(for file: String) -> RuleSettings {
        var settings = configOfFile[file].flatMap { byConfig[$0] } ?? RuleSettings()
        settings.everyRule = everyRule
        return settings
    }

    /// A checker for each configuration, keyed by `toc.yml` path ("" for none).
    func checkers() -> [String: Checker] {
        var checkers = ["": Checker(settings: settings(for: ""))]
        for config in byConfig.keys {
            var settings = byConfig[config]!
            settings.everyRule = everyRule
            checkers[config] = Checker(settings: settings)
        }
        return checkers
    }

    /// The key of `checkers()` for a file.
    func checkerKey(for file: String) -> String {
        configOfFile[file] ?? ""
    }

    /// Finds and reads the `toc.yml` of every file, and of every path named
    /// (so a broken one beside an empty folder is still reported). Nil, with
    /// every problem of every broken `toc.yml` on stderr and status 2, when
    /// any has problems.
    static func load(
        files: [String], paths: [String], everyRule: Bool, formatter: HumanFormatter, output: inout CommandOutput
    ) -> RuleConfiguration? {
        var configuration = RuleConfiguration()
        configuration.everyRule = everyRule
        var nearestInFolder: [String: String?] = [:]
        func nearest(_ path: String) -> String? {
            let folder = (path as NSString).deletingLastPathComponent
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
        var broken = false
        for config in used {
            let (settings, problems) = ConfigFile.load(config)
            if problems.isEmpty {
                configuration.byConfig[config] = settings
                continue
            }
            broken = true
            let source = FileManager.default.contents(atPath: config).map { SourceFile(path: config, data: [UInt8]($0)) }
            output.stderr += formatter.format(problems, source: source)
        }
        if broken {
            output.status = 2
            return nil
        }
        return configuration
    }
}
