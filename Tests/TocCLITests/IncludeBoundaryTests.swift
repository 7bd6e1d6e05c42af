import Foundation
import Testing
import TocPipeline
import TocTestSupport

/// `inkluder:` reads theory files inside the tree being worked on, and never
/// shows a byte of anything else (issue #14, point 3).
@Suite struct IncludeBoundaryTests {
    static let secret = "DB_PASSWORD=hunter2\nroot:x:0:0:root:/root:/bin/bash\n"

    /// A project (`proj`, marked by its `toc.yml`) beside a secret and a theory outside it.
    static func project(_ plan: String, config: String = "rules:\n  cycle: off\n") throws -> URL {
        let folder = try temporaryFolder([
            "secret.env": secret, "hemmelig.ft": "mål h: \"\(secret)\"\n", "fælles/mål.ft": "mål m: Fælles mål\n",
            "proj/toc.yml": config, "proj/plan/t.ft": plan, "proj/plan/del.ft": "output o: Output\n  -> m\n",
            "proj/binær.ft": "mål b: B\n\u{0}\u{1}" + secret,
        ])
        #expect(symlink("../../hemmelig.ft", folder.appendingPathComponent("proj/plan/link.ft").path) == 0)
        return folder.appendingPathComponent("proj")
    }

    @Test func nothingOutsideTheTreeIsRead() throws {
        let plan = """
            inkluder: /etc/passwd
            inkluder: ../../secret.env
            inkluder: ../../hemmelig.ft
            inkluder: ../binær.ft
            inkluder: del.ft
            aktivitet a: A
              -> o

            """
        let project = try Self.project(plan)
        for format in ["human", "json", "sarif", "csv"] {
            let result = try toc(["check", "plan/t.ft", "--format", format], in: project)
            let output = result.stdout + result.stderr
            #expect(!output.contains("DB_PASSWORD") && !output.contains("root:x") && !output.contains("hunter2"), "\(format)")
        }
        let human = try toc(["check", "plan/t.ft"], in: project).stdout
        for expected in [
            "plan/t.ft:1:11: error: cannot include '/etc/passwd': only theory files (.ft) can be included [include-error]",
            "plan/t.ft:2:11: error: cannot include '../../secret.env': only theory files (.ft) can be included",
            "plan/t.ft:3:11: error: cannot include '../../hemmelig.ft': it lies outside '.', the folder being worked on; "
                + "toc.yml can name more folders under 'include-folders:'",
            "plan/t.ft:4:11: error: cannot include '../binær.ft': 'binær.ft' is not a text file",
        ] {
            #expect(human.contains(expected), "\(expected)\n\(human)")
        }
        let report = try toc(["report", "plan/t.ft", "-o", "-"], in: project)
        #expect(!report.stdout.contains("hunter2") && !report.stdout.contains("root:x"))
    }

    /// `toc.yml` can open further folders; without a `toc.yml` or `.git`
    /// the tree is the folder named on the command line.
    @Test func furtherFoldersAreNamedInTocYml() throws {
        let plan = "inkluder: ../../fælles/mål.ft\naktivitet a: A\n  -> m\n"
        let closed = try toc(["check", "plan/t.ft"], in: Self.project(plan))
        #expect(closed.stdout.contains("cannot include '../../fælles/mål.ft': it lies outside '.'"))
        let open = try toc(["check", "plan/t.ft"], in: Self.project(plan, config: "include-folders:\n  - ../fælles\n"))
        #expect(!open.stdout.contains("include-error"), "\(open.stdout)")
        let wrong = try toc(["check", "plan/t.ft", "--lang", "da"], in: Self.project(plan, config: "include-folders:\n  - ../intet\n"))
        #expect((wrong.stdout + wrong.stderr).contains("toc.yml:2:5: error: '../intet' er ikke en mappe her [config-error]"), "\(wrong.stdout)")
        // No marker: the folder named is the tree.
        let bare = try temporaryFolder(["a/plan/t.ft": "inkluder: ../fælles.ft\naktivitet a: A\n  -> m\n", "a/fælles.ft": "mål m: M\n"])
        #expect(try !toc(["check", "a"], in: bare).stdout.contains("include-error"))
        #expect(try toc(["check", "a/plan"], in: bare).stdout.contains("it lies outside 'a/plan'"))
    }

    /// The page's check (`toc serve DIR`) keeps includes inside DIR, links too.
    @Test func thePageStaysInsideItsFolder() throws {
        for include in ["link.ft", "../../hemmelig.ft"] {
            let project = try Self.project("inkluder: \(include)\naktivitet a: A\n")
            let checked = try Pipeline().check(file: project.path + "/plan/t.ft", shownAs: "plan/t.ft", tree: project.path).get()
            let messages = checked.checked.diagnostics.map { $0.text.text(.en) }
            #expect(messages.filter { $0.contains("lies outside") }.count == 1, "\(messages)")
            #expect(!messages.joined().contains("hunter2"))
        }
    }
}
