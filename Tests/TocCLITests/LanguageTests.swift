import Foundation
import Testing
import TocTestSupport

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

    /// Every shape of misuse message ArgumentParser produces for `toc`, in
    /// both languages. If a new ArgumentParser words one differently, the
    /// English raw text shows up here and the test fails.
    static let misuse: [(arguments: [String], en: String, da: String)] = [
        (["check"], "missing expected argument '<paths> ...'", "mangler argumentet '<paths> ...'"),
        (["check", "--format", "xml", "t.ft"],
         "the value 'xml' is invalid for '--format <format>'; use one of 'human', 'json', 'sarif', 'github' or 'csv'",
         "værdien 'xml' er ugyldig for '--format <format>'; brug en af 'human', 'json', 'sarif', 'github' eller 'csv'"),
        (["fmt", "--keywords", "fr", "t.ft"],
         "the value 'fr' is invalid for '--keywords <keywords>'; use one of 'da' or 'en'",
         "værdien 'fr' er ugyldig for '--keywords <keywords>'; brug en af 'da' eller 'en'"),
        (["render", "t.ft", "--dpi", "x"], "the value 'x' is invalid for '--dpi <dpi>'", "værdien 'x' er ugyldig for '--dpi <dpi>'"),
        (["render", "t.ft", "--dpi", "5"], "--dpi must be between 10 and 2400", "--dpi skal være mellem 10 og 2400"),
        (["check", "--bogus", "t.ft"], "unknown option '--bogus'", "ukendt tilvalg '--bogus'"),
        (["check", "--formt", "json", "t.ft"],
         "unknown option '--formt'; did you mean '--format'?", "ukendt tilvalg '--formt'; mente du '--format'?"),
        (["check", "--format"], "missing value for '--format <format>'", "mangler en værdi til '--format <format>'"),
        (["check", "--summary=3", "t.ft"],
         "the option '--summary' takes no value, but got '3'", "tilvalget '--summary' tager ingen værdi, men fik '3'"),
        (["rules", "a", "b"], "unexpected argument 'b'", "uventet argument 'b'"),
        (["chek", "t.ft"], "unknown command 'chek'; did you mean 'check'?", "ukendt kommando 'chek'; mente du 'check'?"),
        (["xyzzy"], "unknown command 'xyzzy'; the commands are check, render, serve, rules, indicators, status, report, fmt, lsp, narrative",
         "ukendt kommando 'xyzzy'; kommandoerne er check, render, serve, rules, indicators, status, report, fmt, lsp, narrative"),
        (["serve", "--port", "99999", "."], "--port must be between 0 and 65535", "--port skal være mellem 0 og 65535"),
    ]

    /// `--lang` before the command works as after it.
    @Test func languageBeforeTheCommandIsUnderstood() throws {
        let folder = try temporaryFolder(["t.ft": Self.draft])
        let before = try runToc(["--lang", "da", "check", "t.ft"], in: folder)
        let after = try runToc(["check", "t.ft", "--lang", "da"], in: folder)
        #expect(before.status == 1)
        #expect(before.stdout == after.stdout)
        #expect(before.stdout.contains("fører ikke til noget mål"))
        let inline = try runToc(["--lang=en", "check", "t.ft"], environment: ["LANG": "da_DK.UTF-8"], in: folder)
        #expect(inline.stdout.contains("leads to no goal"))
        let typo = try runToc(["--lang", "da", "chek", "t.ft"], in: folder)
        #expect(typo.stderr == "toc: ukendt kommando 'chek'; mente du 'check'? (se 'toc --help')\n")
    }

    @Test(arguments: misuse.indices)
    func misuseIsOneLineInTheUsersLanguage(case index: Int) throws {
        let misuse = Self.misuse[index]
        let folder = try temporaryFolder(["t.ft": Self.draft])
        let english = try runToc(misuse.arguments, in: folder)
        #expect(english.status == 2)
        #expect(english.stderr == "toc: \(misuse.en) (see 'toc --help')\n")
        let danish = try runToc(misuse.arguments, environment: ["LANG": "da_DK.UTF-8"], in: folder)
        #expect(danish.status == 2)
        #expect(danish.stderr == "toc: \(misuse.da) (se 'toc --help')\n")
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
        let overview = { (text: String) in
            text.split(separator: "\n").first { $0.hasPrefix("OVERVIEW:") || $0.hasPrefix("OVERSIGT:") }?
                .split(separator: ":", maxSplits: 1).last ?? ""
        }
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
        // ArgumentParser's own words are Danish too.
        for english in ["OVERVIEW:", "USAGE:", "OPTIONS:", "(values:", "default:", "Show help information", "<options>"] {
            #expect(!danish.contains(english), "\(command): \(english)")
        }
        #expect(danish.contains("TILVALG:") && danish.contains("Vis hjælp."))
        #expect(english.contains("OPTIONS:") && english.contains("Show help information."))
    }

    @Test func theOverviewOfCommandsIsDanish() throws {
        let danish = try runToc(["--help"], environment: ["LANG": "da_DK.UTF-8"]).stdout
        #expect(danish.contains("KOMMANDOER:"))
        #expect(danish.contains("Se 'toc help <kommando>' for mere hjælp."))
        #expect(!danish.contains("SUBCOMMANDS:") && !danish.contains("Show the version"))
    }
}
