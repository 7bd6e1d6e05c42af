import Foundation
import Testing
import TocTestSupport

@Suite struct CheckCommandTests {
    @Test func exampleTheoriesAreCleanExceptTheDraft() throws {
        let result = try toc(["check", "--format", "json", "theories"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        #expect(Set(findings.compactMap { $0["file"] as? String }) == ["theories/workshop-kladde.ft"])
        let summary = try #require(json["summary"] as? [String: Int])
        // Files that another example includes (inkluder:) are parts of it, not theories.
        let folder = packageRoot.appendingPathComponent("theories")
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".ft") }
        let included = try files.flatMap { file -> [String] in
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let base = (file as NSString).deletingLastPathComponent
            return text.split(separator: "\n").filter { $0.hasPrefix("inkluder: ") }
                .map { (base as NSString).appendingPathComponent(String($0.dropFirst(10))) }
        }
        #expect(!included.isEmpty)
        let theoryCount = files.count - Set(included).count
        #expect(theoryCount >= 4)
        #expect(summary["files"] == theoryCount)
        #expect(summary["errors"] == findings.filter { $0["severity"] as? String == "error" }.count)
        #expect(summary["warnings"] == findings.filter { $0["severity"] as? String == "warning" }.count)
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        #expect(rules.isSuperset(of: ["orphan-activity", "unmeasured-goal", "undefined-reference", "dead-end", "level-leap"]))
    }

    @Test func jsonFindingsHaveEveryFieldAndNullNode() throws {
        let folder = try temporaryFolder(["x.ft": "aktivitet a: A\n  -> nowhere\n"])
        let result = try toc(["check", "--format", "json", "x.ft"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let reference = try #require(findings.first { $0["rule"] as? String == "undefined-reference" })
        #expect(reference["node"] is NSNull)
        #expect(reference["file"] as? String == "x.ft")
        #expect(reference["line"] as? Int == 2)
        #expect(reference["column"] as? Int == 6)
        #expect(reference["severity"] as? String == "error")
        #expect((reference["message"] as? String)?.contains("nowhere") == true)
        let orphan = try #require(findings.first { $0["rule"] as? String == "orphan-activity" })
        #expect(orphan["node"] as? String == "a")
    }

    @Test func parseErrorsAreFindingsWithTheirOwnRule() throws {
        let folder = try temporaryFolder(["broken.ft": "aktivitett a: A\nansvarlig: X\n"])
        let result = try toc(["check", "--format", "json", "broken.ft"], in: folder)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["parse-error", "parse-error"])
        #expect(findings.map { $0["line"] as? Int } == [1, 2])
    }

    @Test func humanOutputHasLocationSourceLineAndCaret() throws {
        let folder = try temporaryFolder(["t.ft": "mål m: Mål\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\naktivitet sommerfest: Sommerfest\n"])
        let result = try toc(["check", "t.ft"], in: folder)
        #expect(result.status == 1)
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "t.ft:1:5: warning: no activity leads to goal 'm' [unreached-goal]")
        #expect(lines[1] == "    mål m: Mål")
        #expect(lines[2] == "        ^")
        #expect(lines[3] == "t.ft:6:11: error: activity 'sommerfest' leads to no goal [orphan-activity]")
        #expect(lines[4] == "    aktivitet sommerfest: Sommerfest")
        #expect(lines[5] == "              ^")
        #expect(lines.contains("checked 1 file: 1 error, 1 warning"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func cleanTheoriesExitZero() throws {
        for file in ["theories/helhedsplan-bispehaven.ft", "theories/beskaeftigelse-viby-syd.ft",
                     "theories/en/jobs-for-young-residents.ft"] {
            let result = try toc(["check", file])
            #expect(result.status == 0, "\(file): \(result.stdout)")
            #expect(result.stdout == "checked 1 file: no problems found\n")
        }
    }

    @Test func warningsAloneExitZeroUnlessStrict() throws {
        let text = "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"
        let folder = try temporaryFolder(["w.ft": text])
        #expect(try toc(["check", "w.ft"], in: folder).status == 0)
        #expect(try toc(["check", "--strict", "w.ft"], in: folder).status == 1)
    }

    @Test func misuseAndUnreadablePathsExitTwoWithOneLine() throws {
        let missing = try toc(["check", "no-such-file.ft"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "toc: cannot read 'no-such-file.ft': no such file or folder\n")
        for arguments in [["check"], ["check", "--format", "xml", "theories"], ["frobnicate"], ["check", "--nope", "x"]] {
            let result = try toc(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("toc: "))
            #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
        }
        #expect(try toc(["--help"]).status == 0)
    }

    /// A run that could not read a path never ends with "no problems found".
    @Test func theSummaryCountsWhatCouldNotBeDone() throws {
        let folder = try temporaryFolder(["a.ft": "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"])
        #expect(try toc(["check", "nope.ft"], in: folder).stdout == "checked 0 files; 1 path could not be read\n")
        let both = try toc(["check", "nope.ft", "a.ft", "gone/"], in: folder)
        #expect(both.status == 2)
        #expect(both.stdout.hasSuffix("checked 1 file: 1 warning; 2 paths could not be read\n"))
        let danish = try toc(["check", "nope.ft", "a.ft", "--lang", "da"], in: folder)
        #expect(danish.stdout.hasSuffix("tjekkede 1 fil: 1 advarsel; 1 sti kunne ikke læses\n"))
        let render = try toc(["render", "nope.ft", "a.ft"], in: folder)
        #expect(render.status == 2)
        #expect(render.stdout.hasSuffix("drew 1 of 1 theory: 1 warning; 1 could not be done (see the messages)\n"))
        let fmt = try toc(["fmt", "--check", "nope.ft", "--lang", "da"], in: folder)
        #expect(fmt.stdout == "0 af 0 filer er ikke formateret; 1 kunne ikke gennemføres (se beskederne)\n")
        #expect(try toc(["check", "a.ft"], in: folder).stdout.hasSuffix("checked 1 file: 1 warning\n"))
    }

    /// `-` is standard input (for editors checking a buffer before it is
    /// saved); includes and toc.yml are found from the current folder.
    @Test func standardInputIsCheckedAsOneMoreFile() throws {
        let folder = try temporaryFolder([
            "mål.ft": "mål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n", "toc.yml": "rules:\n  level-leap: off\n", "b.ft": "aktivitet b: B\n",
        ])
        let result = try toc(["check", "-", "b.ft"], in: folder, input: "inkluder: mål.ft\naktivitet a: A\n  -> m\n")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("b.ft:1:11: error: activity 'b' leads to no goal [orphan-activity]"))
        #expect(!result.stdout.contains("<stdin>:"))
        let broken = try toc(["check", "-", "--format", "json"], in: folder, input: "aktivitett a: A\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(broken.stdout.utf8)) as? [String: Any])
        let finding = try #require((json["findings"] as? [[String: Any]])?.first)
        #expect(finding["file"] as? String == "<stdin>" && finding["line"] as? Int == 1 && finding["rule"] as? String == "parse-error")
        // Where a file is named "-", it is that file.
        let named = try temporaryFolder(["-": "aktivitet a: A\n"])
        #expect(try toc(["check", "-"], in: named, input: "").stdout.hasPrefix("-:1:11: error:"))
    }

    /// One-character paths once made Foundation trap (a file `a`, a folder `o`).
    @Test func oneCharacterPathsWork() throws {
        let folder = try temporaryFolder(["a": "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"])
        #expect(try toc(["check", "a"], in: folder).stdout.hasSuffix("checked 1 file: 1 warning\n"))
        let render = try toc(["render", "a", "-o", "o"], in: folder)
        #expect(render.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("o/a.svg").path))
        #expect(try toc(["indicators", "a", "-o", "i"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("i").path))
    }

    @Test func aFileNamedTwiceIsCheckedOnce() throws {
        let folder = try temporaryFolder(["plans/a.ft": "aktivitet a: A\n", "plans/b.ft": "aktivitet b: B\n"])
        let result = try toc(["check", "--format", "json", "plans/a.ft", "plans", "./plans/a.ft", "plans/../plans/b.ft"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let theories = try #require(json["theories"] as? [[String: Any]])
        #expect(theories.compactMap { $0["file"] as? String } == ["plans/a.ft", "plans/b.ft"])
        #expect((json["summary"] as? [String: Any])?["errors"] as? Int == 2)
    }

    @Test func foldersAreSearchedRecursivelyInSortedOrder() throws {
        let folder = try temporaryFolder([
            "b.ft": "aktivitet b: B\n", "a/inner.ft": "aktivitet c: C\n", ".hidden/x.ft": "aktivitet h: H\n",
            "notes.txt": "not a theory",
        ])
        let result = try toc(["check", "--format", "json", "."], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.compactMap { $0["file"] as? String } == ["./a/inner.ft", "./b.ft"])
    }

    @Test func colourOnlyWhenAskedAndNeverWithNoColor() throws {
        let folder = try temporaryFolder(["t.ft": "aktivitet a: A\n"])
        #expect(try toc(["check", "--color", "always", "t.ft"], in: folder).stdout.contains("\u{1B}[1;31m"))
        let noColour = try toc(["check", "--color", "always", "t.ft"], environment: ["NO_COLOR": "1"], in: folder)
        #expect(!noColour.stdout.contains("\u{1B}["))
    }

    @Test func colourOnATerminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let folder = try temporaryFolder(["t.ft": "aktivitet a: A\n"])
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        let result = try Subprocess.run(
            "/usr/bin/script", ["-qec", "\(tocExecutable.path) check t.ft", "/dev/null"], environment: env, in: folder, limit: 60)
        #expect(!result.timedOut)
        let text = result.stdout
        #expect(text.contains("\u{1B}[1;31m"))
    }
}

@Suite struct IncludeCommandTests {
    static let files = [
        "plan.ft": "forandringsteori: Tryghed i Gellerup\ninkluder: fælles/mål.ft\naktivitet gadeplan: Gadeplan\n  -> tryg\n",
        "fælles/mål.ft": "mål tryg: Beboerne føler sig trygge\n  indikator: Andel trygge\nmål ren: Rent område\n",
    ]

    @Test func aFolderRunChecksIncludedFilesAsPartOfTheirTheory() throws {
        let folder = try temporaryFolder(Self.files)
        let result = try toc(["check", "."], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("fælles/mål.ft:3:5: error:"))
        #expect(result.stdout.contains("    mål ren: Rent område\n        ^"))
        #expect(result.stdout.contains("checked 1 file"))
        #expect(!result.stdout.contains("Total"))
    }

    @Test func anIncludedFileNamedOnTheCommandLineIsCheckedOnItsOwn() throws {
        let folder = try temporaryFolder(Self.files)
        let result = try toc(["check", "plan.ft", "fælles/mål.ft", "--format", "json"], in: folder)
        #expect(result.stdout.contains("\"files\":2") || result.stdout.contains("\"files\": 2"))
    }

    @Test func renderingAFolderDrawsOnlyTheTheories() throws {
        let folder = try temporaryFolder(Self.files)
        let result = try toc(["render", ".", "-o", "out"], in: folder)
        #expect(result.stdout.contains("drew 1 of 1 theory"))
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        #expect(written == ["plan.svg"])
        let svg = try String(contentsOf: folder.appendingPathComponent("out/plan.svg"), encoding: .utf8)
        #expect(svg.contains("Beboerne føler sig trygge"))
    }

    @Test func aMissingIncludeIsAnErrorAtItsLine() throws {
        let folder = try temporaryFolder(["plan.ft": "forandringsteori: T\ninkluder: væk.ft\n"])
        let result = try toc(["check", "plan.ft", "--lang", "da"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("plan.ft:2:11: error: kan ikke inkludere 'væk.ft'"))
    }
}
