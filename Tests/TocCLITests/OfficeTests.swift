import Foundation
import Testing
import TocTestSupport

/// `toc report -o rapport.docx` opened with real readers: Tests/office
/// runs python-docx and LibreOffice Writer (headless, to PDF, read back with
/// pdfinfo and pdftotext); all installed by scripts/install-deps.
@Suite struct OfficeTests {
    @Test func wordReportsOpenInRealReaders() throws {
        try runPytest("office", limit: 400)
    }
}
