import Testing

/// Issue #18 in a real browser: Tests/e2e/accessibility_e2e.py writes a
/// report of theories/ with measurements and runs axe-core 4 on it and on
/// the pages of `toc serve` in Chromium (no serious or critical violation,
/// colour contrast included), reads the report back (every diagram prints at
/// 7 pt or more on A4, the overview names every theory, one chart per
/// measured indicator) and prints it to PDF (landscape pages for wide
/// diagrams); see the script.
@Suite(.serialized) struct AccessibilityBrowserTests {
    @Test(arguments: BrowserRun.cases(in: "accessibility_e2e.py"))
    func accessibilityCase(_ name: String) throws { try BrowserRun.of("accessibility_e2e.py").expect(name) }

    @Test func reportsAndPagesPassAxeCoreAndPrintReadably() throws {
        try BrowserRun.of("accessibility_e2e.py").expectWhole()
    }
}
