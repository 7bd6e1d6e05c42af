import Foundation
import TocPipeline
import TocSyntax

/// SARIF 2.1.0, for code-scanning and review tools, through `Codable`.
/// Columns are converted from characters to code points with the files'
/// text, when `sources` holds it; rules that are off by default say so
/// (`enabled: false`). Paths that could not be read are the invocation's
/// notifications, and make it unsuccessful.
enum SARIFFormatter {
    static func format(
        _ diagnostics: [Diagnostic], sources: [SourceFile] = [], language: Language, unreadable: [InputFiles.Failure] = []
    ) -> String {
        let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let location = { (file: String, at: SourceLocation) in
            SARIF.Location(uri: uri(file), line: at.line, column: byPath[file]?.codePointColumn(of: at) ?? at.column)
        }
        let catalogue = Catalogue.all
        let index = Dictionary(uniqueKeysWithValues: catalogue.enumerated().map { ($1.id, $0) })
        let rules = catalogue.map { entry in
            SARIF.Rule(
                id: entry.id.rawValue, shortDescription: .init(text: entry.summary.text(language)),
                fullDescription: entry.rule.map { .init(text: $0.documentation(in: language)) },
                defaultConfiguration: .init(enabled: entry.enabledByDefault ? nil : false, level: entry.severity.rawValue))
        }
        let results = diagnostics.map { diagnostic in
            SARIF.Result(
                ruleId: diagnostic.rule.rawValue, ruleIndex: index[diagnostic.rule], level: diagnostic.severity.rawValue,
                message: .init(text: diagnostic.text.text(language)),
                locations: [location(diagnostic.file, diagnostic.location)],
                relatedLocations: diagnostic.notes.isEmpty ? nil : diagnostic.notes.enumerated().map { number, note in
                    SARIF.Related(id: number, location: location(note.file, note.location), message: .init(text: note.text.text(language)))
                })
        }
        let notifications = unreadable.map { failure in
            SARIF.Notification(
                message: .init(text: String(failure.message(language).dropFirst("toc: ".count))),
                locations: [SARIF.Location(uri: uri(failure.path), line: nil, column: nil)])
        }
        let log = SARIF(runs: [SARIF.Run(
            tool: .init(driver: .init(name: "toc", version: Toc.configuration.version, rules: rules)),
            invocations: [.init(executionSuccessful: unreadable.isEmpty, toolExecutionNotifications: notifications)],
            results: results)])
        return JSONOutput.text(log) + "\n"
    }

    /// A relative URI reference for a path: `./` dropped, spaces and the like escaped.
    private static func uri(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        return PathEncoding.encode(trimmed)
    }
}

/// The part of the SARIF 2.1.0 schema `toc` writes.
struct SARIF: Encodable {
    struct Text: Encodable { var text: String }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var columnKind = "unicodeCodePoints"
        var results: [Result]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name: String
        var version: String?
        var rules: [Rule]
    }

    struct Rule: Encodable {
        struct Configuration: Encodable {
            var enabled: Bool?
            var level: String
        }

        var id: String
        var shortDescription: Text
        var fullDescription: Text?
        var defaultConfiguration: Configuration
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]
    }

    struct Notification: Encodable {
        var level = "error"
        var message: Text
        var locations: [Location]
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var relatedLocations: [Related]?
    }

    struct Related: Encodable {
        var id: Int
        var location: Location
        var message: Text

        private enum CodingKeys: String, CodingKey { case id, physicalLocation, message }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(location.physicalLocation, forKey: .physicalLocation)
            try container.encode(message, forKey: .message)
        }
    }

    /// `{"physicalLocation": {"artifactLocation": {"uri"}, "region": {"startLine", "startColumn"}}}`.
    struct Location: Encodable {
        struct Physical: Encodable {
            struct Artifact: Encodable { var uri: String }
            struct Region: Encodable {
                var startLine: Int
                var startColumn: Int
            }

            var artifactLocation: Artifact
            var region: Region?
        }

        var physicalLocation: Physical

        init(uri: String, line: Int?, column: Int?) {
            physicalLocation = Physical(
                artifactLocation: .init(uri: uri),
                region: line.map { Physical.Region(startLine: $0, startColumn: column ?? 1) })
        }
    }

    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    private enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }
}
