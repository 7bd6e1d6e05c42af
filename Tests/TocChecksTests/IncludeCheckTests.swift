import Foundation
import Testing
import TocChecks
import TocModel
import TocSyntax
import TocTestSupport

@Suite struct IncludeCheckTests {
    static let shared = """
        område tryghed: Tryghed og trivsel
        mål tryg: Beboerne føler sig trygge
          område: tryghed
          indikator: Andel der føler sig trygge
        mål ren: Et rent boligområde
        """

    func check(_ text: String, _ files: [String: String]) -> CheckedFile {
        Checker().check(SourceFile(path: "plan.ft", text: text), loader: MemoryLoader(files: files))
    }

    @Test func findingsOnIncludedNodesNameTheIncludedFile() throws {
        let checked = check(
            "inkluder: fælles.ft\naktivitet a: A\n  -> o\noutput o: O\n  -> r\nresultat r: R\n  indikator: x\n  -> tryg\n",
            ["fælles.ft": Self.shared])
        let theory = try #require(checked.theory)
        #expect(theory.nodes.count == 5)
        let unmeasured = try #require(checked.diagnostics.first { $0.rule == "unmeasured-goal" })
        #expect(unmeasured.file == "fælles.ft")
        #expect(unmeasured.location.line == 5)
        #expect(unmeasured.node == "ren")
        #expect(!checked.diagnostics.contains { $0.rule == "unmeasured-goal" && $0.node == "tryg" })
        #expect(checked.includedPaths == ["fælles.ft"])
    }

    @Test func anIdDeclaredInTwoFilesIsALocatedError() throws {
        let checked = check("inkluder: fælles.ft\nmål tryg: Tryghed igen\n  indikator: y\n", ["fælles.ft": Self.shared])
        let duplicate = try #require(checked.diagnostics.first { $0.rule == "duplicate-id" })
        #expect(duplicate.severity == .error)
        #expect(duplicate.file == "fælles.ft")
        #expect(duplicate.location == SourceLocation(line: 2, column: 5, file: "fælles.ft"))
        #expect(duplicate.message.contains("(plan.ft line 2)"))
        #expect(duplicate.notes.first?.file == "plan.ft")
        #expect(duplicate.notes.first?.location.line == 2)
    }

    @Test func includeProblemsStopTheRulesLikeParseErrors() {
        let checked = check("inkluder: mangler.ft\naktivitet a: A\n", [:])
        #expect(checked.theory == nil)
        #expect(checked.diagnostics.map(\.rule) == ["include-error"])
        #expect(checked.diagnostics.first?.file == "plan.ft")
    }
}
