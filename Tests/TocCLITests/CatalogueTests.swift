import Foundation
import Testing
import TocChecks
import TocSyntax
import TocTestSupport

/// Every id any stage can emit is in the one catalogue: `toc rules` knows
/// it, and the diagram marks it in words.
@Suite struct CatalogueTests {
    /// The ids declared in Sources/TocSyntax/FindingID.swift and, for the
    /// rules, FindingID+Rules.swift (generated): the only places an id is spelled.
    static let declared: [String] = ["FindingID.swift", "FindingID+Rules.swift"].flatMap { name -> [String] in
        let file = packageRoot.appendingPathComponent("Sources/TocSyntax/" + name)
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.matches(of: /FindingID\(rawValue: "([a-z-]+)"\)/).map { String($0.1) }
    }

    @Test func everyDeclaredIdIsInTheCatalogueWithWordsInBothLanguages() {
        #expect(Self.declared.count >= 26)
        #expect(Set(Self.declared) == Set(Catalogue.all.map(\.id.rawValue)))
        for entry in Catalogue.all {
            #expect(!entry.marker.en.isEmpty && !entry.marker.da.isEmpty, "\(entry.id)")
            #expect(entry.marker.en != entry.id.rawValue, "\(entry.id) is marked by its id")
            #expect(!entry.summary.en.isEmpty && !entry.summary.da.isEmpty, "\(entry.id)")
        }
    }

    /// No stage spells an id itself: every `rule:` names a constant.
    @Test func noSourceFileSpellsAnIdOfItsOwn() throws {
        let sources = packageRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 50)
        for file in files where !file.hasSuffix("FindingID.swift") && !file.hasSuffix("FindingID+Rules.swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            #expect(text.firstMatch(of: /rule: "[a-z-]+"/) == nil, "\(file)")
            #expect(text.firstMatch(of: /FindingID\(rawValue: "/) == nil, "\(file)")
        }
    }

    /// A new rule is one file: its id, its place in the registry and its
    /// line in docs/language.md are generated from it, and are current.
    @Test func theGeneratedRuleRegistryIsCurrent() throws {
        let result = try Subprocess.run(
            "/usr/bin/env", ["python3", "scripts/generate-rules.py", "--check"], in: packageRoot, limit: 30)
        #expect(result.status == 0, "\(result.stderr)")
        let rules = try FileManager.default.contentsOfDirectory(atPath: packageRoot.path + "/Sources/TocChecks/Rules")
        #expect(Checker.allRules.count == rules.filter { $0.hasSuffix(".swift") }.count, "a rule file is not registered")
    }

    @Test func tocRulesExplainsEveryId() throws {
        for id in Self.declared {
            let result = try toc(["rules", id])
            #expect(result.status == 0, "toc rules \(id): \(result.stderr)")
            #expect(result.stdout.hasPrefix(id), "\(id)")
        }
        let list = try toc(["rules"]).stdout
        for id in Self.declared { #expect(list.contains("\n\(id) ") || list.hasPrefix("\(id) "), "\(id)") }
        #expect(try toc(["rules", "measurement-error"]).status == 0)
    }

    /// A rule raised to `error` in `toc.yml` is marked on the diagram in
    /// words, in the theory's language, never by its id.
    @Test func aRaisedRuleIsMarkedInWords() throws {
        let english = "activity a: A\n  -> m\ngoal m: M\n  indicator: I\n    baseline: 1\n    target: 2\n    source: S\n"
        let danish = "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"
        let folder = try temporaryFolder([
            "toc.yml": "rules:\n  level-leap: error\n", "en.ft": english, "da.ft": danish,
        ])
        let result = try toc(["render", "en.ft", "da.ft", "-o", "out"], in: folder)
        #expect(result.status == 1)
        let en = try String(contentsOf: folder.appendingPathComponent("out/en.svg"), encoding: .utf8)
        let da = try String(contentsOf: folder.appendingPathComponent("out/da.svg"), encoding: .utf8)
        #expect(en.contains("⚠ skips a level"))
        #expect(da.contains("⚠ springer et niveau over"))
        #expect(!en.contains("level-leap") && !da.contains("level-leap"))
    }
}
