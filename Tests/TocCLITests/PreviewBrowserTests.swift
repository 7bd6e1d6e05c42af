import Foundation
import Testing
import TocTestSupport

/// `toc serve` in a real browser: Tests/e2e/preview_e2e.py drives Debian's
/// Chromium through selenium (both installed by scripts/install-deps). It
/// opens a theory page, edits the file on disk and sees the new node appear
/// without a reload, among other things; see the script for the list.
@Suite struct PreviewBrowserTests {
    @Test func previewWorksInARealBrowser() throws {
        // The script, Chromium, its driver and the servers it starts form one
        // process group, stopped as a whole if it runs past three minutes.
        let result = try Subprocess.run(
            "/usr/bin/env", ["python3", "Tests/e2e/preview_e2e.py", tocExecutable.path], in: packageRoot, limit: 180)
        let text = result.stdout + result.stderr
        #expect(!result.timedOut, "the browser test ran past 180 s and was stopped:\n\(text)")
        #expect(result.status == 0, "\(text)")
        #expect(text.range(of: #"\n\d+ passed, 0 failed\n"#, options: .regularExpression) != nil, "\(text)")
    }
}
