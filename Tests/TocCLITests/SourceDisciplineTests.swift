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

    /// Issue #27: front ends (the command line, the page's server, the
    /// language server) import the facade and the syntax, nothing else of
    /// the stages, and call no stage's entry point themselves: their work
    /// goes through `Pipeline`, the stages' types through its vocabulary.
    @Test func frontEndsUseOnlyTheFacade() throws {
        let stages = ["TocModel", "TocChecks", "TocMonitor", "TocRender", "TocReport", "CGraphviz"]
        let entryPoints = /\b(Renderer|Checker|Narrative|HTMLReport|MarkdownReport|ReportSlides|MarkdownFiles|Measurements|MeasurementPlan|IncludedFiles|DotBuilder|Graphviz|Pinning|PowerPoint|DrawIO|Mermaid)\s*[.(]/
        var frontEndFiles = 0
        for (name, lines) in try Self.sources() where ["TocCLI/", "TocServer/", "TocLSP/"].contains(where: name.hasPrefix) {
            frontEndFiles += 1
            for (index, line) in lines.enumerated() {
                if line.hasPrefix("import "), let module = line.split(separator: " ").last, stages.contains(String(module)) {
                    Issue.record("\(name):\(index + 1) imports \(module); a front end imports TocPipeline and TocSyntax")
                }
                // The code of the line, without its string literals (which may name a stage in words).
                let code = line.replacing(/"(?:[^"\\]|\\.)*"/, with: "\"\"")
                if !code.trimmingCharacters(in: .whitespaces).hasPrefix("//"), let call = code.firstMatch(of: entryPoints) {
                    Issue.record("\(name):\(index + 1) calls \(call.output.1) itself; go through Pipeline")
                }
            }
        }
        #expect(frontEndFiles > 40)
        let package = try String(contentsOf: packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        for target in ["TocCLI", "TocServer", "TocLSP"] {
            let start = try #require(package.range(of: "name: \"\(target)\""))
            let dependencies = package[start.upperBound...].prefix(while: { $0 != "]" })
            for stage in stages { #expect(!dependencies.contains("\"\(stage)\""), "\(target) depends on \(stage) in Package.swift") }
        }
    }
}
