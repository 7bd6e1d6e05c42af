import Foundation
import Testing

/// `toc serve` in a real browser: Tests/e2e/preview_e2e.py drives Debian's
/// Chromium through selenium (both installed by scripts/install-deps). It
/// opens a theory page, edits the file on disk and sees the new node appear
/// without a reload, among other things; see the script for the list.
@Suite struct PreviewBrowserTests {
    @Test(.timeLimit(.minutes(3)))
    func previewWorksInARealBrowser() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Tests/e2e/preview_e2e.py", tocExecutable.path]
        process.currentDirectoryURL = packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.range(of: #"\n\d+ passed, 0 failed\n"#, options: .regularExpression) != nil, "\(text)")
    }
}
