import Foundation
import Testing
import TocModel
import TocSyntax
import TocTestSupport

@Suite struct IncludeTests {
    static let shared = """
        område tryghed: Tryghed og trivsel
        mål tryg: Beboerne føler sig trygge
          område: tryghed
          indikator: Andel der føler sig trygge
        """

    func resolve(_ text: String, path: String = "plan.ft", _ files: [String: String]) -> (TheoryFile, IncludedFiles) {
        let parsed = Parser.parse(text: text, path: path)
        #expect(!parsed.hasErrors, "\(parsed.diagnostics.map(\.message))")
        return (parsed.file, IncludedFiles.resolve(parsed.file, loader: MemoryLoader(files: files)))
    }

    @Test func includedAreasAndNodesJoinTheTheoryWithTheirOwnFile() throws {
        let text = "forandringsteori: Tryghed\ninkluder: fælles/mål.ft\naktivitet gadeplan: Gadeplan\n  område: tryghed\n  -> tryg\n"
        let (file, included) = resolve(text, ["fælles/mål.ft": Self.shared])
        #expect(included.diagnostics.isEmpty)
        #expect(file.includes.map(\.path.value) == ["fælles/mål.ft"])
        let theory = Theory(file, including: included.files)
        #expect(theory.nodes.map(\.id) == ["gadeplan", "tryg"])
        #expect(theory.unresolved.isEmpty)
        #expect(theory.edges.count == 1)
        #expect(theory.nodes[0].area == "tryghed")
        let goal = try #require(theory.node("tryg"))
        #expect(goal.location == SourceLocation(line: 2, column: 5, file: "fælles/mål.ft"))
        #expect(theory.nodes[0].location.file == nil)
        #expect(theory.title == "Tryghed")
    }

    @Test func pathsAreRelativeToTheIncludingFileAndNestedIncludesFollow() {
        let files = [
            "kommune/plan/fælles.ft": "inkluder: ../mål/byens-mål.ft\n",
            "kommune/mål/byens-mål.ft": Self.shared,
        ]
        let (file, included) = resolve("include: fælles.ft\n", path: "kommune/plan/område.ft", files)
        #expect(included.diagnostics.isEmpty)
        #expect(included.sources.map(\.path) == ["kommune/plan/fælles.ft", "kommune/mål/byens-mål.ft"])
        #expect(Theory(file, including: included.files).nodes.map(\.id) == ["tryg"])
    }

    @Test func aFileReachedTwiceIsReadOnce() {
        let files = ["a.ft": "inkluder: fælles.ft\n", "b.ft": "inkluder: ./fælles.ft\n", "fælles.ft": Self.shared]
        let (file, included) = resolve("inkluder: a.ft\ninkluder: b.ft\n", files)
        #expect(included.diagnostics.isEmpty)
        #expect(included.sources.map(\.path) == ["a.ft", "fælles.ft", "b.ft"])
        #expect(Theory(file, including: included.files).duplicates.isEmpty)
    }

    @Test func missingFilesFoldersAndLoopsAreLocatedErrors() throws {
        let files = ["b.ft": "\n  \ninkluder: plan.ft\n", "c.ft": "inkluder: c.ft\n"]
        let (_, included) = resolve("inkluder: b.ft\ninkluder:   mangler.ft\ninkluder: c.ft\n", files)
        let problems = included.diagnostics.map { ($0.file, $0.location.line, $0.location.column, $0.rule) }
        #expect(included.hasErrors)
        #expect(problems.contains { $0 == ("b.ft", 3, 11, "include-error") })
        #expect(problems.contains { $0 == ("plan.ft", 2, 13, "include-error") })
        #expect(problems.contains { $0 == ("c.ft", 1, 11, "include-error") })
        let loop = try #require(included.diagnostics.first { $0.file == "b.ft" })
        #expect(loop.message.contains("'plan.ft' → 'b.ft' → 'plan.ft'"))
        #expect(loop.text.da.contains("inkluderingsløkke"))
        let missing = try #require(included.diagnostics.first { $0.file == "plan.ft" && $0.location.line == 2 })
        #expect(missing.message.contains("mangler.ft"))
    }

    @Test func aFolderIsNamedAsOne() throws {
        let parsed = Parser.parse(text: "inkluder: mappe\n", path: "plan.ft")
        let included = IncludedFiles.resolve(parsed.file, loader: MemoryLoader(files: [:], folders: ["mappe"]))
        let problem = try #require(included.diagnostics.first)
        #expect(problem.message.contains("is a folder"))
    }

    @Test func theIncludedFilesOwnParseErrorsAreReportedInThatFile() throws {
        let (_, included) = resolve("inkluder: x.ft\n", ["x.ft": "mål m Flere i job\n"])
        let problem = try #require(included.diagnostics.first)
        #expect(problem.file == "x.ft")
        #expect(problem.rule == "parse-error")
    }

    @Test func includePathsFoldDotsAndStayRelative() {
        #expect(IncludePath.join("plan.ft", "fælles.ft") == "fælles.ft")
        #expect(IncludePath.join("a/b/plan.ft", "../c/./d.ft") == "a/c/d.ft")
        #expect(IncludePath.join("a/plan.ft", "../../d.ft") == "../d.ft")
        #expect(IncludePath.join("/x/y/plan.ft", "../d.ft") == "/x/d.ft")
        #expect(IncludePath.join("a/plan.ft", "/abs/d.ft") == "/abs/d.ft")
        #expect(IncludePath.key("a/../b.ft") == IncludePath.key("./b.ft"))
    }
}

/// Long include chains cost one read per file and no deep recursion
/// (issue #14, point 8): 20,000 files resolve on a thread with a small stack.
@Suite struct IncludeChainTests {
    final class CountingLoader: SourceLoader, @unchecked Sendable {
        let count: Int
        private let lock = NSLock()
        private(set) var loads: [String: Int] = [:]

        init(count: Int) {
            self.count = count
        }

        func load(_ path: String) -> Result<SourceFile, IncludeFailure> {
            lock.withLock { loads[path, default: 0] += 1 }
            guard let number = Int(path.dropFirst(1).dropLast(3)), number < count else { return .failure(.missing) }
            let next = number + 1 < count ? "inkluder: c\(number + 1).ft\n" : ""
            return .success(SourceFile(path: path, text: next + "aktivitet a\(number): A\n"))
        }
    }

    @Test func aLongChainIsReadOncePerFileOnASmallStack() throws {
        let loader = CountingLoader(count: 20_000)
        let root = Parser.parse(SourceFile(path: "c0.ft", text: "inkluder: c1.ft\naktivitet a0: A\n")).file
        final class Box: @unchecked Sendable { var files = 0 }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.files = IncludedFiles.resolve(root, loader: loader).files.count
            done.signal()
        }
        thread.stackSize = 256 << 10
        thread.start()
        #expect(done.wait(timeout: .now() + 120) == .success)
        #expect(box.files == 19_999)
        #expect(loader.loads.count == 19_999 && loader.loads.values.allSatisfy { $0 == 1 })
    }
}
