import Foundation
import Testing
import TocTestSupport

@Suite struct ConfigTests {
    static let theory = "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"

    @Test func levelsFromTheNearestTocYmlApply() throws {
        let folder = try temporaryFolder([
            "toc.yml": "rules:\n  level-leap: error\n  unowned-activity: warning\n", "plans/t.ft": Self.theory,
        ])
        let result = try toc(["check", "--format", "json", "plans"], in: folder)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let levels = Dictionary(uniqueKeysWithValues: findings.map { ($0["rule"] as! String, $0["severity"] as! String) })
        #expect(levels == ["level-leap": "error", "unowned-activity": "warning"])
        let off = try temporaryFolder(["toc.yml": "rules:\n  level-leap: off\n", "t.ft": Self.theory])
        #expect(try toc(["check", "t.ft"], in: off).stdout == "checked 1 file: no problems found\n")
    }

    /// Each file follows its nearest toc.yml: two portfolios checked in one
    /// run keep their own rules, and a subfolder's file wins over its parent's.
    @Test func eachFileFollowsItsNearestTocYml() throws {
        let folder = try temporaryFolder([
            "a/toc.yml": "rules:\n  level-leap: off\n", "a/t.ft": Self.theory,
            "b/t.ft": Self.theory,
            "c/toc.yml": "rules:\n  level-leap: error\n", "c/t.ft": Self.theory,
            "c/sub/toc.yml": "rules:\n  unowned-activity: warning\n", "c/sub/t.ft": Self.theory,
        ])
        let result = try toc(["check", "--format", "json", "a", "b", "c"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let seen = findings.map { "\($0["file"] as! String) \($0["rule"] as! String) \($0["severity"] as! String)" }
        #expect(seen == [
            "b/t.ft level-leap warning",
            "c/sub/t.ft unowned-activity warning", "c/sub/t.ft level-leap warning",
            "c/t.ft level-leap error",
        ])
        #expect(result.status == 1)
        // The same levels when drawing and reporting.
        let render = try toc(["render", "c/t.ft", "-o", "c.svg"], in: folder)
        #expect(render.stdout.contains("c/t.ft:2:6: error: "))
        #expect(render.status == 1)
        let quiet = try toc(["render", "a/t.ft", "-o", "a.svg"], in: folder)
        #expect(!quiet.stdout.contains("a/t.ft:"))
        #expect(quiet.status == 0)
    }

    @Test func everyBrokenTocYmlIsReported() throws {
        let folder = try temporaryFolder([
            "a/toc.yml": "rules:\n  level-lep: off\n", "a/t.ft": Self.theory,
            "b/toc.yml": "rules:\n  cycle: maybe\n", "b/t.ft": Self.theory,
            "empty/toc.yml": "regler: {}\n",
        ])
        let result = try toc(["check", "a", "b"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("a/toc.yml:2:3: error: unknown rule 'level-lep'"))
        #expect(result.stderr.contains("b/toc.yml:2:10: error: 'maybe' is not a level"))
        // A folder with no theories still has its toc.yml checked.
        #expect(try toc(["check", "empty"], in: folder).status == 2)
    }

    /// Danish users may write the levels in Danish; `toc rules` shows them so.
    @Test func levelsMayBeWrittenInDanish() throws {
        let folder = try temporaryFolder([
            "toc.yml": "rules:\n  level-leap: Fejl\n  unowned-activity: advarsel\n  cycle: fra\n", "t.ft": Self.theory,
        ])
        let result = try toc(["check", "--format", "json", "t.ft"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let levels = Dictionary(uniqueKeysWithValues: findings.map { ($0["rule"] as! String, $0["severity"] as! String) })
        #expect(levels == ["level-leap": "error", "unowned-activity": "warning"])
        let rules = try toc(["rules", "--lang", "da"]).stdout.split(separator: "\n")
        #expect(rules.first { $0.hasPrefix("orphan-activity ") }?.contains(" fejl     ") == true)
        #expect(rules.first { $0.hasPrefix("cycle ") }?.contains(" advarsel ") == true)
        #expect(rules.first { $0.hasPrefix("unowned-activity ") }?.contains(" fra      ") == true)
        let bad = try temporaryFolder(["toc.yml": "rules:\n  cycle: måske\n", "t.ft": Self.theory])
        #expect(try toc(["check", "t.ft", "--lang", "da"], in: bad).stderr.contains(
            "toc.yml:2:10: error: 'måske' er ikke et niveau; brug fejl, advarsel eller fra (eller error, warning, off) [config-error]"))
    }

    @Test func unknownRulesAndBadLevelsAreLocatedErrors() throws {
        let folder = try temporaryFolder([
            "toc.yml": "rules:\n  level-lep: error\n  cycle: maybe\n", "t.ft": Self.theory,
        ])
        let result = try toc(["check", "t.ft"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("toc.yml:2:3: error: unknown rule 'level-lep'; did you mean 'level-leap'? [config-error]"))
        #expect(result.stderr.contains("toc.yml:3:10: error: 'maybe' is not a level; use error, warning or off [config-error]"))
    }
}

/// `diagram:` in `toc.yml` (issue #24): `bundle: false` (or `nej`) draws
/// every edge of a many-to-many block, in render, report and the page alike.
@Suite struct DiagramSettingTests {
    static let table = "output a: A\noutput b: B\nresultat x: X\nresultat y: Y\nresultat z: Z\na, b -> x, y, z\n"

    @Test func bundleFalseDrawsEveryEdgeInRenderAndReport() throws {
        let folder = try temporaryFolder([
            "plain/t.ft": Self.table,
            "flat/toc.yml": "diagram:\n  bundle: false\n", "flat/t.ft": Self.table,
            "dansk/toc.yml": "diagram:\n  bundle: nej\n", "dansk/t.ft": Self.table,
        ])
        for (name, bundled) in [("plain", true), ("flat", false), ("dansk", false)] {
            let render = try toc(["render", "\(name)/t.ft", "-o", "-", "--format", "svg", "--clean"], in: folder)
            #expect(render.stdout.contains("<title>toc:junction:1</title>") == bundled, "\(name)")
            #expect(render.stdout.contains("<title>a&#45;&gt;z</title>") == !bundled, "\(name)")
            let report = try toc(["report", "\(name)/t.ft", "-o", "-"], in: folder)
            #expect(report.stdout.contains("toc:junction:1") == bundled, "\(name) report")
        }
        // The command line still turns bundles off where toc.yml says nothing.
        let off = try toc(["render", "plain/t.ft", "-o", "-", "--format", "svg", "--no-bundle"], in: folder)
        #expect(!off.stdout.contains("toc:junction:1"))
    }

    @Test func badDiagramSettingsAreLocatedErrors() throws {
        let folder = try temporaryFolder([
            "toc.yml": "diagram:\n  bundle: maybe\n  bundles: false\n", "t.ft": Self.table,
        ])
        let result = try toc(["render", "t.ft", "-o", "t.svg"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("toc.yml:2:11: error: 'maybe' is not a yes or no; write 'bundle: false' to draw every edge [config-error]"))
        #expect(result.stderr.contains("toc.yml:3:3: error: unknown diagram setting 'bundles'; 'diagram:' holds 'bundle:' [config-error]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("t.svg").path))
        let list = try temporaryFolder(["toc.yml": "diagram: [bundle]\n", "t.ft": Self.table])
        #expect(try toc(["check", "t.ft", "--lang", "da"], in: list).stderr.contains(
            "toc.yml:1:10: error: 'diagram:' tager én indstilling pr. linje, som 'bundle: false' [config-error]"))
    }
}

@Suite struct AllRulesTests {
    static let theory = "forandringsteori: T\nperiode: 2023-2026\naktivitet a: A\n  -> m\nmål m: M\n  indikator: Andel i job\n"

    @Test func allRulesRunsTheRulesThatAreOffByDefault() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory])
        let plain = try toc(["check", "t.ft"], in: folder)
        #expect(plain.stdout.contains("[incomplete-indicator]"))  // on by default since issue #13
        #expect(!plain.stdout.contains("[unowned-activity]"))
        let every = try toc(["check", "t.ft", "--all-rules"], in: folder)
        #expect(every.stdout.contains("warning: ") && every.stdout.contains("[incomplete-indicator]"))
        #expect(every.stdout.contains("[unowned-activity]"))
        #expect(every.status == 0)
        #expect(try toc(["check", "t.ft", "--all-rules", "--strict"], in: folder).status == 1)
    }

    @Test func tocYmlStillDecidesPerRule() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory, "toc.yml": "rules:\n  unowned-activity: off\n"])
        let every = try toc(["check", "t.ft", "--all-rules"], in: folder)
        #expect(every.stdout.contains("[incomplete-indicator]"))
        #expect(!every.stdout.contains("[unowned-activity]"))
    }

    @Test func theRuleListSaysWhichAreOff() throws {
        let list = try toc(["rules"]).stdout
        let line = try #require(list.split(separator: "\n").first { $0.hasPrefix("unowned-activity ") })
        #expect(line.contains(" off "))
        let on = try #require(list.split(separator: "\n").first { $0.hasPrefix("incomplete-indicator ") })
        #expect(on.contains(" warning ") && !on.contains(" off "))
        #expect(try #require(list.split(separator: "\n").first { $0.hasPrefix("orphan-activity ") }).contains(" error "))
    }
}
