import Foundation
import Testing
import TocTestSupport

@Suite struct ToolFormatTests {
    static let files = [
        "a.ft": "aktivitet sommerfest: Sommerfest, fest: 100%\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n",
        "b/c d.ft": "aktivitet a: A\naktivitet a: A igen\n",
    ]

    @Test func sarifIsValidWithRulesLocationsAndLevels() throws {
        let folder = try temporaryFolder(Self.files)
        let result = try toc(["check", "--format", "sarif", "."], in: folder)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "orphan-activity" })
        let results = try #require(run["results"] as? [[String: Any]])
        let orphan = try #require(results.first { $0["ruleId"] as? String == "orphan-activity" })
        #expect(orphan["level"] as? String == "error")
        let index = try #require(orphan["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "orphan-activity")
        let location = try #require((orphan["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "a.ft")
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 1)
        #expect((location["region"] as? [String: Any])?["startColumn"] as? Int == 11)
        let duplicate = try #require(results.first { $0["ruleId"] as? String == "duplicate-id" })
        let uri = ((duplicate["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            .flatMap { $0["artifactLocation"] as? [String: Any] }?["uri"] as? String
        #expect(uri == "b/c%20d.ft")
        #expect((duplicate["relatedLocations"] as? [Any])?.count == 1)
    }

    /// A path that could not be read reaches tools too, not only the terminal.
    @Test func unreadablePathsAreInEveryToolFormat() throws {
        let folder = try temporaryFolder(["a.ft": "aktivitet a: A\n"])
        let json = try toc(["check", "--format", "json", "a.ft", "nope.ft"], in: folder)
        #expect(json.status == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Any])?["unreadable"] as? Int == 1)
        let unreadable = try #require(object["unreadable"] as? [[String: String]])
        #expect(unreadable == [["path": "nope.ft", "reason": "no such file or folder"]])
        let clean = try toc(["check", "--format", "json", "a.ft"], in: folder)
        #expect(clean.stdout.contains("\"unreadable\":[]}"))

        let sarif = try toc(["check", "--format", "sarif", "a.ft", "nope.ft", "--lang", "da"], in: folder)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notice = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect((notice["message"] as? [String: Any])?["text"] as? String == "kan ikke læse 'nope.ft': filen eller mappen findes ikke")
        #expect(notice["level"] as? String == "error")
        let cleanSarif = try toc(["check", "--format", "sarif", "a.ft"], in: folder)
        #expect(cleanSarif.stdout.contains("\"invocations\":[{\"executionSuccessful\":true,\"toolExecutionNotifications\":[]}]"))

        let github = try toc(["check", "--format", "github", "a.ft", "nope.ft"], in: folder)
        #expect(github.stdout.hasPrefix("::error file=nope.ft,title=toc::cannot read 'nope.ft': no such file or folder\n"))
    }

    /// SARIF counts columns in code points; `toc` counts characters. A line
    /// with a decomposed é (e + U+0301) before the finding tells them apart.
    @Test func sarifColumnsAreCodePointsAndOffRulesAreMarked() throws {
        let folder = try temporaryFolder(["t.ft": "aktivitet cafe\u{301}: Café\ncafe\u{301} -> mangler\n"])
        let human = try toc(["check", "t.ft"], in: folder)
        #expect(human.stdout.contains("t.ft:2:9: error: "))
        let result = try toc(["check", "--format", "sarif", "t.ft"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let undefined = try #require(results.first { $0["ruleId"] as? String == "undefined-reference" })
        let region = ((undefined["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 2)
        #expect(region?["startColumn"] as? Int == 10)
        let rules = try #require((run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"] as? [[String: Any]])
        let enabled = { (id: String) in
            (rules.first { $0["id"] as? String == id }?["defaultConfiguration"] as? [String: Any])?["enabled"] as? Bool
        }
        #expect(enabled("incomplete-indicator") == nil)  // on by default since issue #13
        #expect(enabled("unowned-activity") == false)
        #expect(enabled("orphan-activity") == nil)
    }

    @Test func githubWorkflowCommandsAreEscaped() throws {
        let folder = try temporaryFolder(Self.files)
        let result = try toc(["check", "--format", "github", "a.ft"], in: folder)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("::error file=a.ft,line=1,col=11,title=orphan-activity::activity 'sommerfest' leads to no goal"))
        #expect(lines.contains("::warning file=a.ft,line=2,col=5,title=unreached-goal::no activity leads to goal 'm'"))
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") })
    }

    @Test func summaryPrintsOnlyTheTableWithATotal() throws {
        let folder = try temporaryFolder(Self.files)
        let result = try toc(["check", "--summary", "."], in: folder)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Theory") == true)
        #expect(!result.stdout.contains("^"))
        let total = try #require(lines.last)
        #expect(total.hasPrefix("Total (2)"))
        #expect(result.stdout.hasSuffix(total + "\n"))
        let numbers = total.split(separator: " ").compactMap { Int($0) }
        #expect(numbers == [2, 0, 0, 1, 1, 3, 1])
        #expect(lines.contains { $0.hasPrefix("./a.ft") })
    }

    /// The table of theories for programs and spreadsheets: in JSON beside
    /// the findings, and alone as CSV (BOM, CRLF, `;` in Danish).
    @Test func theTableOfTheoriesIsMachineReadable() throws {
        var files = Self.files
        files["a.ft"] = "forandringsteori: Sommer; \"fest\"\nperiode: 2023-2026\n" + files["a.ft"]!
        files["bad.ft"] = "aktivitett x: X\n"
        let folder = try temporaryFolder(files)
        let json = try toc(["check", "--format", "json", "."], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let theories = try #require(object["theories"] as? [[String: Any]])
        #expect(theories.map { $0["file"] as? String } == ["./a.ft", "./b/c d.ft", "./bad.ft"])
        #expect(theories[0]["title"] as? String == "Sommer; \"fest\"")
        #expect(theories[0]["period"] as? [Int] == [2023, 2026])
        #expect(theories[0]["activities"] as? Int == 1)
        #expect(theories[0]["goals"] as? Int == 1)
        #expect(theories[0]["indicators"] as? Int == 1)
        #expect(theories[0]["errors"] as? Int == 1)
        #expect(theories[0]["standard_areas"] as? [String] == [])
        #expect(theories[1]["title"] is NSNull)
        #expect(theories[2]["activities"] is NSNull)
        #expect(theories[2]["errors"] as? Int == 1)

        let csv = try toc(["check", "--format", "csv", "--lang", "da", "."], in: folder)
        #expect(csv.status == 1)
        let rows = csv.stdout.dropFirst().components(separatedBy: "\r\n")
        // After the counts, one column per rule with findings, in the order of `toc rules`.
        #expect(rows[0] == "Fil;Titel;Periode;Indsatsområder;Aktiviteter;Output;Resultater;Mål;Indikatorer;Fejl;Advarsler;"
            + "orphan-activity;duplicate-id;unreached-goal;parse-error")
        #expect(rows.count == 5 && rows.last == "")
        #expect(rows[1] == "./a.ft;\"Sommer; \"\"fest\"\"\";2023-2026;;1;0;0;1;1;1;1;1;0;1;0")
        #expect(rows[3] == "./bad.ft;;;;;;;;;1;0;0;0;0;1")
        let comma = try toc(["check", "--format", "csv", "--separator", "comma", "--lang", "en", "b"], in: folder)
        #expect(comma.stdout == "\u{FEFF}File,Title,Period,Intervention areas,Activities,Outputs,Outcomes,Goals,Indicators,Errors,Warnings,"
            + "orphan-activity,duplicate-id\r\nb/c d.ft,,,,1,0,0,0,0,2,0,1,1\r\n")
        #expect(theories[0]["rules"] as? [String: Int] == ["orphan-activity": 1, "unreached-goal": 1])
        #expect(theories[2]["rules"] as? [String: Int] == ["parse-error": 1])
    }

    @Test func rulesListsEveryRuleAndExplainsOne() throws {
        let list = try toc(["rules"])
        #expect(list.status == 0)
        for id in ["orphan-activity", "unmeasured-goal", "cycle", "parse-error"] {
            #expect(list.stdout.contains(id))
        }
        let one = try toc(["rules", "dead-end"])
        #expect(one.stdout.hasPrefix("dead-end (warning): an output or outcome leads nowhere"))
        #expect(one.stdout.contains("Fires on:"))
        #expect(one.stdout.contains("An output or outcome has no outgoing edge."))
        let danish = try toc(["rules", "dead-end", "--lang", "da"])
        #expect(danish.stdout.hasPrefix("dead-end (advarsel): et output eller resultat fører ingen steder hen"))
        #expect(danish.stdout.contains("Et output eller resultat har ingen udgående pil."))
        #expect(danish.stdout.contains("Udløses af:"))
        #expect(!danish.stdout.contains("outgoing"))
        let unknown = try toc(["rules", "dead-ends"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "toc: unknown rule 'dead-ends'; did you mean 'dead-end'?\n")
    }
}
