import Foundation
import Testing
import TocTestSupport

/// Runs the pytest tests in a folder of Tests against this build's `toc`
/// (as `TOC`), failing on any failure or when they run past `limit` seconds.
func runPytest(_ folder: String, limit: Double = 180) throws {
    var environment = ProcessInfo.processInfo.environment
    environment["TOC"] = tocExecutable.path
    let result = try Subprocess.run(
        "/usr/bin/env", ["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", "Tests/\(folder)"],
        environment: environment, in: packageRoot, limit: limit)
    let text = result.stdout + result.stderr
    #expect(!result.timedOut, "Tests/\(folder) ran past \(Int(limit)) s:\n\(text)")
    #expect(result.status == 0, "\(text)")
    #expect(text.range(of: #"\d+ passed"#, options: .regularExpression) != nil && !text.contains("failed"), "\(text)")
}

/// The page's text pane in a real browser: Tests/e2e/editor_e2e.py types a
/// theory key by key and sees the diagram follow, completes ids, saves with
/// Ctrl-S and after a pause, settles a change on disk, keeps unsaved text
/// over a reload, makes a new theory, presents on a 1280x720 screen, and
/// checks that foreign writes are refused; see the script.
@Suite(.serialized) struct EditorBrowserTests {
    @Test(arguments: BrowserRun.cases(in: "editor_e2e.py"))
    func textPaneCase(_ name: String) throws { try BrowserRun.of("editor_e2e.py").expect(name) }

    @Test func theTextPaneWorksInARealBrowser() throws {
        try BrowserRun.of("editor_e2e.py").expectWhole()
    }
}

/// The workshop page as a facilitator uses it (issue #25), every behaviour
/// typed with keys: completion never changes what was typed, two windows
/// merge, saving goes on across a restart, keyboard only, draft mode, a
/// half-typed file, templates; see Tests/e2e/workshop_e2e.py.
@Suite(.serialized) struct WorkshopBrowserTests {
    @Test(arguments: BrowserRun.cases(in: "workshop_e2e.py"))
    func workshopCase(_ name: String) throws { try BrowserRun.of("workshop_e2e.py").expect(name) }

    @Test func theWorkshopPageNeverDamagesOrLosesText() throws {
        try BrowserRun.of("workshop_e2e.py").expectWhole()
    }
}

/// The page's scripts have tests of their own that need no browser
/// (Tests/page, `node --test`): the merge, completion offers, templates.
@Suite struct PageScriptTests {
    @Test func thePagesScriptsPassTheirNodeTests() throws {
        let result = try Subprocess.run("/usr/bin/env", ["node", "--test", "Tests/page/"], in: packageRoot, limit: 60)
        let text = result.stdout + result.stderr
        #expect(result.status == 0, "\(text)")
        #expect(text.range(of: #"# pass [1-9]\d*"#, options: .regularExpression) != nil && text.contains("# fail 0"), "\(text)")
    }
}

