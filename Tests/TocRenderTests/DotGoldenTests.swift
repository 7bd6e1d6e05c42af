import Foundation
import Testing
import TocChecks
import TocModel
import TocRender
import TocSyntax
import TocTestSupport

/// The DOT of every example theory is fixed by a golden file. After an
/// intended change, re-record them with `TOC_RECORD_GOLDEN=1 swift test`.
@Suite struct DotGoldenTests {
    static let theories: [String] = {
        let folder = packageRoot.appendingPathComponent("theories")
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".ft") }.sorted()
    }()

    @Test func everyExampleHasAGoldenFile() {
        #expect(Self.theories.count >= 4)
    }

    @Test(arguments: theories)
    func dotMatchesGolden(relative: String) throws {
        // An absolute path: CLI tests in this process change the working
        // folder while they run, and the includes are read from the disk.
        let path = packageRoot.appendingPathComponent("theories/" + relative).path
        let text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        let (theory, findings) = checked(text, path: path)
        let dot = DotBuilder.build(theory, findings: findings).text
        let golden = packageRoot.appendingPathComponent("Tests/Fixtures/golden")
            .appendingPathComponent(relative.replacingOccurrences(of: "/", with: "__") + ".dot")
        if ProcessInfo.processInfo.environment["TOC_RECORD_GOLDEN"] != nil {
            try dot.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(dot == expected, "DOT for \(path) differs from \(golden.lastPathComponent); re-record if intended")
    }
}
