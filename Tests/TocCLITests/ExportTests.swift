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
        var environment = ProcessInfo.processInfo.environment
        environment["TOC"] = tocExecutable.path
        let result = try Subprocess.run(
            "/usr/bin/env", ["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", "Tests/export"],
            environment: environment, in: packageRoot, limit: 300)
        let text = result.stdout + result.stderr
        #expect(!result.timedOut, "the export test ran past 300 s:\n\(text)")
        #expect(result.status == 0, "\(text)")
        #expect(text.range(of: #"\d+ passed"#, options: .regularExpression) != nil && !text.contains("failed"), "\(text)")
    }
}
