import Foundation
import Testing
import TocTestSupport

@Suite struct RenderCommandTests {
    static let good = "forandringsteori: God\naktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"

    func files(in folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).sorted()
    }

    @Test func foldersAreMirroredIntoOutput() throws {
        let folder = try temporaryFolder(["th/a.ft": Self.good, "th/sub/b.ft": Self.good])
        let result = try toc(["render", "th"], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(files(in: folder.appendingPathComponent("output")) == ["a.svg", "sub", "sub/b.svg"])
        #expect(result.stdout.contains("wrote output/sub/b.svg"))
        let svg = try String(contentsOf: folder.appendingPathComponent("output/a.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains(">God<"))
    }

    @Test func aBrokenFileGetsMessagesAndNoDiagramWhileTheRestGoOn() throws {
        let folder = try temporaryFolder([
            "th/a.ft": Self.good, "th/broken.ft": "aktivitett x: X\n", "th/c.ft": Self.good,
        ])
        let result = try toc(["render", "th", "-o", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("th/broken.ft:1:1: error: unknown keyword 'aktivitett'"))
        #expect(files(in: folder.appendingPathComponent("out")) == ["a.svg", "c.svg"])
        #expect(result.stdout.contains("drew 2 of 3 theories: 1 error"))
    }

    @Test func theoriesWithFindingsStillRenderWithThemMarked() throws {
        let folder = try temporaryFolder(["t.ft": "aktivitet sommerfest: Sommerfest\nmål m: M\n"])
        let result = try toc(["render", "t.ft", "-o", "t.svg"], in: folder)
        #expect(result.status == 1)
        let svg = try String(contentsOf: folder.appendingPathComponent("t.svg"), encoding: .utf8)
        #expect(svg.contains("⚠ fører ikke til et mål"))
        #expect(svg.contains("⚠ ingen indikator"))
        let clean = try toc(["render", "--clean", "t.ft", "-o", "clean.svg"], in: folder)
        #expect(clean.status == 1)
        #expect(!(try String(contentsOf: folder.appendingPathComponent("clean.svg"), encoding: .utf8)).contains("⚠"))
    }

    @Test func formatFollowsTheOutputNameOrTheOption() throws {
        let folder = try temporaryFolder(["t.ft": Self.good])
        #expect(try toc(["render", "t.ft", "-o", "d.pdf"], in: folder).status == 0)
        let pdf = try Data(contentsOf: folder.appendingPathComponent("d.pdf"))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(try toc(["render", "t.ft", "--format", "png", "--dpi", "150"], in: folder).status == 0)
        let png = try Data(contentsOf: folder.appendingPathComponent("output/t.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try toc(["render", "t.ft", "--format", "dot", "-o", "t.dot"], in: folder).status == 0)
        let dot = try String(contentsOf: folder.appendingPathComponent("t.dot"), encoding: .utf8)
        #expect(dot.hasPrefix("digraph \"forandringsteori\""))
    }

    @Test func sameInputGivesIdenticalFilesAcrossRuns() throws {
        let folder = try temporaryFolder(["t.ft": Self.good])
        for format in ["svg", "pdf", "png", "dot"] {
            _ = try toc(["render", "t.ft", "--format", format, "-o", "one.\(format)"], in: folder)
            _ = try toc(["render", "t.ft", "--format", format, "-o", "two.\(format)"], in: folder)
            let one = try Data(contentsOf: folder.appendingPathComponent("one.\(format)"))
            let two = try Data(contentsOf: folder.appendingPathComponent("two.\(format)"))
            #expect(!one.isEmpty && one == two, "\(format)")
        }
    }

    @Test func theoryFilesAreNeverOverwritten() throws {
        let folder = try temporaryFolder(["t.ft": Self.good, "other.ft": "# keep me\n"])
        let result = try toc(["render", "t.ft", "-o", "other.ft"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("refusing"))
        #expect(try String(contentsOf: folder.appendingPathComponent("other.ft"), encoding: .utf8) == "# keep me\n")
    }

    /// No output is written over a file the run reads, whatever its name:
    /// a theory without `.ft`, or the measurements.
    @Test func noInputIsEverWrittenOver() throws {
        let theory = "aktivitet a: A\n  -> m\nmål m: M\n  indikator i: I\n"
        let measurements = "indikator;dato;værdi\ni;2024-01-01;3\n"
        let folder = try temporaryFolder(["a": theory, "m.csv": measurements])
        for arguments in [
            ["render", "a", "-o", "a"], ["indicators", "a", "-o", "a"], ["render", "a", "--measurements", "m.csv", "-o", "m.csv"],
            ["status", "a", "--measurements", "m.csv", "-o", "m.csv"],
        ] {
            let result = try toc(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            let target = arguments.last!
            #expect(result.stderr.contains("toc: cannot write '\(target)': it is one of the files being read; it is not written over"),
                    "\(arguments): \(result.stderr)")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("a"), encoding: .utf8) == theory)
        #expect(try String(contentsOf: folder.appendingPathComponent("m.csv"), encoding: .utf8) == measurements)
        // toc fmt rewrites a file in place on purpose.
        try "aktivitet   a:  A\n".write(to: folder.appendingPathComponent("b.ft"), atomically: true, encoding: .utf8)
        #expect(try toc(["fmt", "b.ft"], in: folder).status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("b.ft"), encoding: .utf8) == "aktivitet a: A\n")
    }

    /// `-o -` writes the one diagram to standard output and every message to
    /// standard error, so it can be piped.
    @Test func dashWritesTheDiagramToStandardOutput() throws {
        let folder = try temporaryFolder(["t.ft": Self.good, "u.ft": Self.good])
        let svg = try toc(["render", "t.ft", "-o", "-"], in: folder)
        #expect(svg.status == 0)
        #expect(svg.stdout.hasPrefix("<?xml") && svg.stdout.hasSuffix("</svg>\n"))
        #expect(svg.stderr.contains("[level-leap]") && svg.stderr.hasSuffix("drew 1 of 1 theory: 1 warning\n"))
        let dot = try toc(["render", "t.ft", "-o", "-", "--format", "dot"], in: folder)
        #expect(dot.stdout.hasPrefix("digraph \"forandringsteori\" {"))
        let png = try toc(["render", "t.ft", "-o", "-", "--format", "png"], in: folder)
        #expect(png.stdout.dropFirst().hasPrefix("PNG"))
        let two = try toc(["render", "t.ft", "u.ft", "-o", "-"], in: folder)
        #expect(two.status == 2)
        #expect(two.stderr == "toc: -o - writes one diagram to standard output, but there are 2 theories; give a folder\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    }

    @Test func misuseExitsTwo() throws {
        let folder = try temporaryFolder(["a.ft": Self.good, "b.ft": Self.good])
        #expect(try toc(["render", "a.ft", "b.ft", "-o", "one.svg"], in: folder).status == 2)
        #expect(try toc(["render", "a.ft", "--dpi", "0"], in: folder).status == 2)
        #expect(try toc(["render", "a.ft", "--format", "gif"], in: folder).status == 2)
        let area = try toc(["render", "a.ft", "--area", "nope"], in: folder)
        #expect(area.status == 2)
        #expect(area.stderr == "toc: a.ft has no area 'nope'\n")
    }

    @Test func anUnwritableFolderGivesAClearMessageAndNoFile() throws {
        guard getuid() != 0 else {
            // root may write anywhere; use a path below a regular file instead.
            let folder = try temporaryFolder(["t.ft": Self.good, "blocker": "x"])
            let result = try toc(["render", "t.ft", "-o", "blocker/out"], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr == "toc: cannot write 'blocker/out/t.svg': 'blocker' is a file, not a folder\n")
            return
        }
        let folder = try temporaryFolder(["t.ft": Self.good])
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: locked.path)
        let result = try toc(["render", "t.ft", "-o", "locked"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "toc: cannot write 'locked/t.svg': no permission to write in 'locked'\n")
        #expect(files(in: locked).isEmpty)
    }

    @Test func noTemporaryFilesAreLeftBehind() throws {
        let folder = try temporaryFolder(["t.ft": Self.good])
        _ = try toc(["render", "t.ft", "--format", "pdf"], in: folder)
        #expect(files(in: folder.appendingPathComponent("output")) == ["t.pdf"])
    }
}
