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

    /// Issue #27: nothing changes the process's working folder, which every
    /// test shares; a run in a folder binds it (`TocMain.run(_:console:folder:)`).
    @Test func theWorkingFolderIsNeverChanged() throws {
        let tests = packageRoot.appendingPathComponent("Tests")
        let testFiles = FileManager.default.enumerator(atPath: tests.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") } ?? []
        var texts = try Self.sources().map { ($0.name, $0.lines.joined(separator: "\n")) }
        texts += try testFiles.map { ("Tests/" + $0, try String(contentsOf: tests.appendingPathComponent($0), encoding: .utf8)) }
        let forbidden = ["changeCurrentDirectoryPath" + "(", "chdir" + "(", "fchdir" + "("]
        for (name, text) in texts {
            for word in forbidden { #expect(!text.contains(word), "\(name) changes the working folder (\(word))") }
        }
        let folder = try temporaryFolder(["bare.ft": "aktivitet a: A\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = FileManager.default.currentDirectoryPath
        let result = try toc(["check", "bare.ft", "--format", "json"], in: folder)
        #expect(FileManager.default.currentDirectoryPath == before)
        #expect(result.status == 1 && result.stdout.contains("\"file\":\"bare.ft\""), "\(result.stdout)\(result.stderr)")
    }
}
