import Foundation
import Testing
import TocTestSupport

/// `toc render --format pptx|drawio|mermaid` opened with real readers:
/// Tests/export/test_export.py runs python-pptx, LibreOffice Impress
/// (headless, to PDF, read back with pdftotext), an XML parser for draw.io
/// and a grammar of the Mermaid toc writes, hostile labels included; all
/// installed by scripts/install-deps.
@Suite struct ExportTests {
    @Test func eachFormatOpensInARealReader() throws {
        try runPytest("export", limit: 300)
    }
}
