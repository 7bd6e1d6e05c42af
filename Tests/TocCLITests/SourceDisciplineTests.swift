import Foundation
import Testing
import TocTestSupport

/// Issue #27: errors reach the user. A `try?` throws an error away; the
/// sources keep at most 15, each where losing the error is right and with
/// a comment (on its line, the line before, or the function's summary)
/// saying why.
@Suite struct SourceDisciplineTests {
    /// Every Swift file under Sources, relative, with its lines.
    static func sources() throws -> [(name: String, lines: [Substring])] {
        let root = packageRoot.appendingPathComponent("Sources")
        let names = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }.sorted() ?? []
        return try names.map { name in
            (name, try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false))
        }
    }

    @Test func fewTryQuestionMarksAndEachSaysWhy() throws {
        var found: [String] = []
        for (name, lines) in try Self.sources() {
            for (index, line) in lines.enumerated() where line.contains("try?") {
                found.append("\(name):\(index + 1)")
                let before = index > 0 ? lines[index - 1].trimmingCharacters(in: .whitespaces) : ""
                let said = line.contains("//") || before.hasPrefix("//") || before.hasPrefix("///")
                    || (index > 1 && lines[index - 2].trimmingCharacters(in: .whitespaces).hasPrefix("///"))
                #expect(said, "\(name):\(index + 1) throws an error away without saying why")
            }
        }
        #expect(found.count >= 1 && found.count <= 15, "\(found.count) try? in Sources: \(found)")
    }
}
