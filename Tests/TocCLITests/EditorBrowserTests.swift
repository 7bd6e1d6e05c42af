import Foundation
import Testing
import TocTestSupport

/// Runs one of the browser scripts in Tests/e2e (selenium driving Debian's
/// Chromium, both installed by scripts/install-deps) against this build's
/// `toc`. The script, Chromium, its driver and the servers it starts form
/// one process group, stopped as a whole if it runs past three minutes.
func runBrowserScript(_ name: String) throws {
    let result = try Subprocess.run(
        "/usr/bin/env", ["python3", "Tests/e2e/\(name)", tocExecutable.path], in: packageRoot, limit: 180)
    let text = result.stdout + result.stderr
    #expect(!result.timedOut, "the browser test ran past 180 s and was stopped:\n\(text)")
    // Each case the script checks is named on its own line ("ok NAME" or "FAIL NAME"): each failure is its own issue.
    let lines = text.split(separator: "\n")
    for line in lines where line.hasPrefix("FAIL ") {
        Issue.record("\(name): \(line.dropFirst(5).trimmingCharacters(in: .whitespaces))")
    }
    if let stop = lines.firstIndex(where: { $0.hasPrefix("Traceback") }) {
        let cause = lines[stop...].first { $0.contains("Error:") || $0.contains("Exception:") } ?? lines[stop]
        let passed = lines.filter { $0.hasPrefix("ok ") }.count
        Issue.record("\(name) stopped after \(passed) cases: \(cause.trimmingCharacters(in: .whitespaces))")
    }
    #expect(lines.contains { $0.hasPrefix("ok ") }, "\(name) checked nothing:\n\(text)")
    #expect(result.status == 0, "\(text.suffix(3000))")
    #expect(text.range(of: #"\n\d+ passed, 0 failed\n"#, options: .regularExpression) != nil, "\(text.suffix(3000))")
}

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
@Suite struct EditorBrowserTests {
    @Test func theTextPaneWorksInARealBrowser() throws {
        try runBrowserScript("editor_e2e.py")
    }
}

/// The workshop page as a facilitator uses it (issue #25), every behaviour
/// typed with keys: completion never changes what was typed, two windows
/// merge, saving goes on across a restart, keyboard only, draft mode, a
/// half-typed file, templates; see Tests/e2e/workshop_e2e.py.
@Suite struct WorkshopBrowserTests {
    @Test func theWorkshopPageNeverDamagesOrLosesText() throws {
        try runBrowserScript("workshop_e2e.py")
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

