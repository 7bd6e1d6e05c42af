import Foundation
import Testing

@Suite struct LanguageTests {
    static let draft = "aktivitet sommerfest: Sommerfest\nmål m: M\n"

    @Test func danishFromLangAndEnglishOtherwise() throws {
        let folder = try temporaryFolder(["t.ft": Self.draft])
        let danish = try runToc(["check", "t.ft"], environment: ["LANG": "da_DK.UTF-8"], in: folder)
        #expect(danish.stdout.contains("t.ft:1:11: error: aktiviteten 'sommerfest' fører ikke til noget mål [orphan-activity]"))
        #expect(danish.stdout.hasSuffix("tjekkede 1 fil: 2 fejl, 1 advarsel\n"))
        let english = try runToc(["check", "t.ft"], in: folder)
        #expect(english.stdout.contains("t.ft:1:11: error: activity 'sommerfest' leads to no goal [orphan-activity]"))
        #expect(english.stdout.hasSuffix("checked 1 file: 2 errors, 1 warning\n"))
        let overridden = try runToc(["check", "--lang", "en", "t.ft"], environment: ["LC_ALL": "da_DK.UTF-8"], in: folder)
        #expect(overridden.stdout.contains("leads to no goal"))
    }

    @Test func jsonMessagesFollowTheLanguageAndRuleIdsStay() throws {
        let folder = try temporaryFolder(["t.ft": Self.draft])
        let result = try runToc(["check", "--format", "json", "--lang", "da", "t.ft"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["orphan-activity", "unmeasured-goal", "unreached-goal"])
        #expect(findings.first?["message"] as? String == "aktiviteten 'sommerfest' fører ikke til noget mål")
    }

    @Test func helpAndProblemsSpeakDanish() throws {
        let help = try runToc(["check", "--help"], environment: ["LANG": "da_DK.UTF-8"])
        #expect(help.stdout.contains("Tjek teorifiler"))
        let missing = try runToc(["check", "--lang", "da", "findes-ikke.ft"])
        #expect(missing.stderr == "toc: kan ikke læse 'findes-ikke.ft': filen eller mappen findes ikke\n")
        let folder = try temporaryFolder(["t.ft": Self.draft])
        let render = try runToc(["render", "--lang", "da", "t.ft"], in: folder)
        #expect(render.stdout.contains("skrev output/t.svg"))
        #expect(render.stdout.contains("tegnede 1 af 1 teori: 2 fejl, 1 advarsel"))
    }
}

@Suite struct DanishHelpTests {
    static let subcommands = ["check", "render", "serve", "rules", "indicators", "status", "report", "fmt"]

    /// Every command's overview and every option's help differ between
    /// Danish and English (so none was left in English only).
    @Test(arguments: subcommands)
    func everyCommandsHelpIsInDanish(command: String) throws {
        let danish = try runToc([command, "--help"], environment: ["LANG": "da_DK.UTF-8"]).stdout
        let english = try runToc([command, "--help"], environment: ["LANG": "en_US.UTF-8"]).stdout
        let overview = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("OVERVIEW:") } ?? "" }
        #expect(!overview(danish).isEmpty)
        #expect(overview(danish) != overview(english))
        // The first line of each argument's and option's help: the flag, then its text.
        let helpLines = { (text: String) in
            Set(text.split(separator: "\n").filter {
                ($0.hasPrefix("  -") || $0.hasPrefix("  <")) && !$0.contains("--help") && !$0.contains("--version")
                    && $0.split(separator: " ").count > 3
            })
        }
        let shared = helpLines(danish).intersection(helpLines(english))
        #expect(shared.isEmpty, "\(shared)")
    }
}
