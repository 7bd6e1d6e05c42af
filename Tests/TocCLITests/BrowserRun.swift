import Foundation
import Testing
import TocTestSupport

/// One run of a browser script in Tests/e2e (selenium driving Debian's
/// Chromium, both installed by scripts/install-deps) against this build's
/// `toc`, shared by the tests of its cases: each case the script checks is
/// a test of its own (`BrowserRun.cases`), passed or failed by the line the
/// script printed for it ("ok   NAME" or "FAIL NAME"). The script, Chromium,
/// its driver and the servers it starts form one process group, stopped as
/// a whole if it runs past three minutes.
final class BrowserRun: @unchecked Sendable {
    let name: String
    let text: String
    let status: Int32
    let timedOut: Bool
    let passed: Set<String>
    let failed: Set<String>

    private static let lock = NSLock()
    nonisolated(unsafe) private static var runs: [String: BrowserRun] = [:]

    private init(_ name: String) throws {
        let result = try Subprocess.run(
            "/usr/bin/env", ["python3", "Tests/e2e/\(name)", tocExecutable.path], in: packageRoot, limit: 180)
        self.name = name
        text = result.stdout + result.stderr
        status = result.status
        timedOut = result.timedOut
        let lines = text.split(separator: "\n")
        passed = Set(lines.filter { $0.hasPrefix("ok ") }.map { $0.dropFirst(3).trimmingCharacters(in: .whitespaces) })
        failed = Set(lines.filter { $0.hasPrefix("FAIL ") }.map { $0.dropFirst(5).trimmingCharacters(in: .whitespaces) })
    }

    /// The script's run, made by the first test that asks (suites that use
    /// it are serialized, so only one thread waits for it).
    static func of(_ name: String) throws -> BrowserRun {
        try lock.withLock {
            if let run = runs[name] { return run }
            let run = try BrowserRun(name)
            runs[name] = run
            return run
        }
    }

    /// The cases a script checks under a name written out in its source
    /// (`check("NAME", …)`); cases named at run time are in `expectWhole`.
    static func cases(in name: String) -> [String] {
        let source = (try? String(contentsOf: packageRoot.appendingPathComponent("Tests/e2e/" + name), encoding: .utf8)) ?? ""
        let names = source.matches(of: /check\(\s*"([^"\\]+)"/).map { String($0.output.1) }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// The case passed.
    func expect(_ name: String) {
        #expect(passed.contains(name), "\(self.name): \(failed.contains(name) ? "failed" : "was not run"): \(name)\n\(text.suffix(2000))")
    }

    /// The whole script passed: no case failed, none stopped it, it ended in time.
    func expectWhole() {
        #expect(!timedOut, "the browser test ran past 180 s and was stopped:\n\(text)")
        let lines = text.split(separator: "\n")
        if let stop = lines.firstIndex(where: { $0.hasPrefix("Traceback") }) {
            let cause = lines[stop...].first { $0.contains("Error:") || $0.contains("Exception:") } ?? lines[stop]
            Issue.record("\(name) stopped after \(passed.count) cases: \(cause.trimmingCharacters(in: .whitespaces))")
        }
        for name in failed.sorted() { Issue.record("\(self.name): \(name)") }
        #expect(!passed.isEmpty, "\(name) checked nothing:\n\(text)")
        #expect(status == 0, "\(text.suffix(3000))")
        #expect(text.range(of: #"\n\d+ passed, 0 failed\n"#, options: .regularExpression) != nil, "\(text.suffix(3000))")
    }
}
