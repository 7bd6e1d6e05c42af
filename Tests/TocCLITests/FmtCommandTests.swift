import Foundation
import Testing

@Suite struct FmtCommandTests {
    static let untidy = "forandringsteori:  Plan\naktivitet a:A\n    -> m\nmål m:  M\n    indikator: I\n"
    static let tidy = "forandringsteori: Plan\n\naktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n"

    @Test func rewritesFilesInPlaceKeepingPermissions() throws {
        let folder = try temporaryFolder(["a.ft": Self.untidy, "sub/b.ft": Self.tidy])
        let file = folder.appendingPathComponent("a.ft")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let result = try toc(["fmt", "."], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "formatted ./a.ft\nformatted 1 of 2 files\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.tidy)
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        #expect(try toc(["fmt", "--check", "."], in: folder).status == 0)
    }

    @Test func checkChangesNothingAndListsTheFiles() throws {
        let folder = try temporaryFolder(["a.ft": Self.untidy, "b.ft": Self.tidy])
        let result = try toc(["fmt", "--check", ".", "--lang", "da"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("ikke formateret: ./a.ft"))
        #expect(!result.stdout.contains("./b.ft"))
        #expect(try String(contentsOf: folder.appendingPathComponent("a.ft"), encoding: .utf8) == Self.untidy)
    }

    @Test func aFileThatDoesNotParseIsLeftAsItIs() throws {
        let broken = "aktivitet a A\n   -> m\n"
        let folder = try temporaryFolder(["x.ft": broken])
        let result = try toc(["fmt", "x.ft"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("x.ft:1:"))
        #expect(try String(contentsOf: folder.appendingPathComponent("x.ft"), encoding: .utf8) == broken)
    }

    @Test func dashReadsStandardInputAndWritesStandardOutput() throws {
        let result = try toc(["fmt", "-", "--keywords", "en"], input: Self.untidy)
        #expect(result.status == 0)
        #expect(result.stdout == "theory: Plan\n\nactivity a: A\n  -> m\ngoal m: M\n  indicator: I\n")
        let broken = try toc(["fmt", "-"], input: "aktivitet a A\n")
        #expect(broken.status == 1)
        #expect(broken.stdout == "aktivitet a A\n")
        #expect(broken.stderr.contains("<stdin>:1:"))
    }
}
