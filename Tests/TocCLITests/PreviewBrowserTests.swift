import Foundation
import Testing
import TocTestSupport

/// `toc serve` in a real browser: Tests/e2e/preview_e2e.py drives Debian's
/// Chromium through selenium (both installed by scripts/install-deps). It
/// opens a theory page, edits the file on disk and sees the new node appear
/// without a reload, among other things; see the script for the list.
@Suite struct PreviewBrowserTests {
    @Test func previewWorksInARealBrowser() throws {
        try runBrowserScript("preview_e2e.py")
    }
}
