import Foundation
import Testing
import TocTestSupport

/// `toc serve` in a real browser: Tests/e2e/preview_e2e.py drives Debian's
/// Chromium through selenium (both installed by scripts/install-deps). It
/// opens a theory page, edits the file on disk and sees the new node appear
/// without a reload, among other things; see the script for the list.
@Suite(.serialized) struct PreviewBrowserTests {
    @Test(arguments: BrowserRun.cases(in: "preview_e2e.py"))
    func previewCase(_ name: String) throws { try BrowserRun.of("preview_e2e.py").expect(name) }

    @Test func previewWorksInARealBrowser() throws {
        try BrowserRun.of("preview_e2e.py").expectWhole()
    }
}
