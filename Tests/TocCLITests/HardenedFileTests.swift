import Foundation
import Testing
@testable import TocCLI
import TocPipeline
import TocPlatform
import TocTestSupport

/// Outputs and inputs that are not plain files, and files that change under
/// `toc` (issue #14, points 1, 7, 9 and 11), through the real binary with
/// real FIFOs, devices, links and shells.
@Suite struct HardenedFileTests {
    static let theory = "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"
    static let untidy = "mål   m: M\n    indikator:   I\n"
    static var isRoot: Bool { getuid() == 0 }

    static func shell(_ script: String, in folder: URL, environment: [String: String]? = nil) throws -> Subprocess.Result {
        try Subprocess.run("/bin/sh", ["-c", script, "sh", tocExecutable.path], environment: environment, in: folder, limit: 60)
    }

    static func kind(_ url: URL) -> POSIX.FileKind? {
        POSIX.linkFacts(of: url.path)?.kind
    }

    /// 1: a FIFO or a device named as output stays what it was; the run
    /// says what it is and exits 2.
    @Test func aFIFOOrDeviceIsNeverReplaced() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory])
        let fifo = folder.appendingPathComponent("rør")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        for arguments in [["render", "t.ft", "-o", "rør"], ["indicators", "t.ft", "-o", "rør"]] {
            let result = try runToc(arguments, in: folder, limit: 30)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("toc: cannot write 'rør': it is a named pipe (FIFO), not a file"), "\(result.stderr)")
            #expect(Self.kind(fifo) == .fifo)
        }
        guard Self.isRoot else { return }
        let device = folder.appendingPathComponent("enhed")
        #expect(mknod(device.path, S_IFCHR | 0o644, dev_t(1 << 8 | 3)) == 0)
        let result = try runToc(["render", "t.ft", "-o", "enhed", "--lang", "da"], in: folder, limit: 30)
        #expect(result.status == 2)
        #expect(result.stderr.contains("toc: kan ikke skrive 'enhed': det er en enhed, ikke en fil"))
        #expect(Self.kind(device) == .characterDevice)
    }

    /// 1: `-o /dev/stdout` is written through, like `-o -`.
    @Test func standardOutputByNameIsWrittenThrough() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory])
        let result = try runToc(["render", "t.ft", "-o", "/dev/stdout"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<?xml"))
    }

    /// 1 and 9: a link stays a link and its target gets the new text; the
    /// file keeps its permissions, and its owner where `toc` runs as root.
    @Test func aLinkStaysALinkAndTheFileKeepsItsOwner() throws {
        let folder = try temporaryFolder(["mål.ft": Self.untidy])
        let target = folder.appendingPathComponent("mål.ft")
        #expect(symlink("mål.ft", folder.appendingPathComponent("link.ft").path) == 0)
        #expect(chmod(target.path, 0o640) == 0)
        if Self.isRoot { #expect(chown(target.path, 1234, 5678) == 0) }
        let result = try runToc(["fmt", "link.ft"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.kind(folder.appendingPathComponent("link.ft")) == .symbolicLink)
        #expect(try String(contentsOf: target, encoding: .utf8) == "mål m: M\n  indikator: I\n")
        let facts = try #require(POSIX.facts(of: target.path))
        #expect(facts.mode & 0o7777 == 0o640)
        if Self.isRoot { #expect(facts.owner == 1234 && facts.group == 5678) }
        // A diagram through a link to an older diagram.
        let svgLink = folder.appendingPathComponent("seneste.svg")
        try "old".write(to: folder.appendingPathComponent("v1.svg"), atomically: true, encoding: .utf8)
        #expect(symlink("v1.svg", svgLink.path) == 0)
        try "aktivitet a: A\n".write(to: folder.appendingPathComponent("t.ft"), atomically: true, encoding: .utf8)
        _ = try runToc(["render", "t.ft", "-o", "seneste.svg"], in: folder)
        #expect(Self.kind(svgLink) == .symbolicLink)
        #expect(try String(contentsOf: folder.appendingPathComponent("v1.svg"), encoding: .utf8).hasPrefix("<?xml"))
    }

    /// 9: a file saved by someone else after `toc fmt` read it is not
    /// written over.
    @Test func aFileChangedSinceItWasReadIsNotOverwritten() throws {
        let folder = try temporaryFolder(["t.ft": Self.untidy])
        let path = folder.appendingPathComponent("t.ft").path
        let inputs = RunInputs()
        guard case .success = InputFiles.read(path, inputs: inputs) else { Issue.record("not read"); return }
        let saved = Self.untidy + "# en ny linje fra facilitatoren\n"
        try saved.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: WriteFailure(path: path, reason: .changedSinceRead)) {
            try AtomicWrite.write(Array("formatted\n".utf8), to: path, rewriting: true, protecting: inputs)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == saved)
    }

    /// 9: a write that fails is counted as not written, not as formatted.
    @Test func aFailedWriteIsNotCountedAsFormatted() throws {
        let folder = try temporaryFolder(["t.ft": Self.untidy])
        // No file may grow past 0 blocks; with SIGXFSZ ignored, write fails with EFBIG.
        // Only toc runs under the limit; its output goes through a pipe to `cat`.
        let result = try Self.shell(
            "{ (ulimit -f 0; trap '' XFSZ; exec \"$1\" fmt t.ft 2>&1); echo \"status=$?\"; } | cat", in: folder)
        #expect(result.stdout.contains("toc: cannot write 't.ft': the file would be larger than this system allows\n"))
        #expect(result.stdout.contains("formatted 0 of 1 file; 1 could not be written and is unchanged (see the messages)\n"))
        #expect(result.stdout.hasSuffix("status=2\n"), "\(result.stdout)")
        #expect(try String(contentsOf: folder.appendingPathComponent("t.ft"), encoding: .utf8) == Self.untidy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t.ft"])
    }

    /// Issue #26: a name that fits (here 243 bytes, æ taking two) can be
    /// written: the temporary name beside it is shortened to fit too.
    @Test func longDanishNamesCanBeWritten() throws {
        let stem = String(repeating: "æ", count: 120)
        let folder = try temporaryFolder(["\(stem).ft": Self.untidy, "t.ft": Self.theory])
        let formatted = try runToc(["fmt", "\(stem).ft"], in: folder)
        #expect(formatted.status == 0, "\(formatted.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("\(stem).ft"), encoding: .utf8) != Self.untidy)
        let long = String(repeating: "ø", count: 125) + ".svg"
        let drawn = try runToc(["render", "t.ft", "-o", long], in: folder)
        #expect(drawn.status == 0, "\(drawn.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(long).path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    /// Issue #26 (left untested by the red team): SIGTERM or SIGINT during
    /// `toc report -o DIR` leaves every report in DIR whole or not there
    /// (each is written beside it and renamed; figures before documents).
    @Test(arguments: ["TERM", "INT"], [0.3, 0.7, 1.0])
    func aStoppedReportLeavesNoHalfReport(signal: String, after seconds: Double) throws {
        var files: [String: String] = [:]
        for index in 0..<60 { files["in/t\(index).ft"] = Self.theory.replacingOccurrences(of: "A\n", with: "Aktivitet \(index)\n") }
        let folder = try temporaryFolder(files)
        let result = try Self.shell(
            "\"$1\" report in -o ud --format md > /dev/null 2>&1 & pid=$!; sleep \(seconds); kill -\(signal) $pid; wait $pid; echo status=$?",
            in: folder)
        #expect(result.stdout.contains("status="), "\(result.stdout)")
        let out = folder.appendingPathComponent("ud")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        func whole(_ name: String) -> Bool {
            guard let bytes = FileManager.default.contents(atPath: out.appendingPathComponent(name).path) else { return false }
            if name.hasSuffix(".png") { return bytes.suffix(8) == Data([0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]) }
            if name.hasSuffix(".pdf") { return bytes.suffix(6) == Data("%%EOF\n".utf8) }
            return true
        }
        for name in names where !name.hasPrefix(".") {
            #expect(whole(name), "\(name) is cut short")
            guard name.hasSuffix(".md") else { continue }
            // A report that is there names only figures that are there, whole.
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            for figure in text.matches(of: /\]\(([^)\s]+\.png)\)/).map({ String($0.1) }) {
                #expect(whole(figure.removingPercentEncoding ?? figure), "\(name) names \(figure), which is not whole")
            }
        }
    }

    /// 9: temporary files a killed `toc` left behind go with the next write
    /// in that folder; those of a running process and others' files stay.
    @Test func staleTemporaryFilesAreRemoved() throws {
        let uuid = "11111111-2222-3333-4444-555555555555"
        let gone = ".t.svg.2147483646.\(uuid).tmp", old = ".t.svg.\(uuid).tmp", fresh = ".u.svg.\(uuid).tmp"
        let running = ".v.svg.\(getpid()).\(uuid).tmp", other = ".noter.tmp"
        let folder = try temporaryFolder(["t.ft": Self.theory, "ud/\(gone)": "x", "ud/\(old)": "x", "ud/\(fresh)": "x",
                                          "ud/\(running)": "x", "ud/\(other)": "x"])
        let hourAgo = Date().addingTimeInterval(-7200)
        try FileManager.default.setAttributes(
            [.modificationDate: hourAgo], ofItemAtPath: folder.appendingPathComponent("ud/\(old)").path)
        let result = try runToc(["render", "t.ft", "-o", "ud"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("ud").path).sorted()
        #expect(left == [other, fresh, running, "t.svg"].sorted())
    }

    /// 7: standard input and files past the size limit end with a message,
    /// not 8 GB of memory; the limit can be raised.
    @Test func inputsHaveABound() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory])
        for command in ["check -", "fmt -"] {
            let result = try Self.shell("exec \"$1\" \(command) < /dev/zero", in: folder, environment: ["TOC_MAX_INPUT_MB": "2"])
            #expect(!result.timedOut)
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains(
                "toc: cannot read '<stdin>': it is larger than the limit of 2 MB; set TOC_MAX_INPUT_MB"), "\(result.stderr)")
        }
        let big = String(repeating: "# \(String(repeating: "x", count: 1000))\n", count: 1100)
        try (Self.theory + big).write(to: folder.appendingPathComponent("stor.ft"), atomically: true, encoding: .utf8)
        let refused = try runToc(["check", "stor.ft"], environment: ["TOC_MAX_INPUT_MB": "1"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("toc: cannot read 'stor.ft': it is larger than the limit of 1 MB"))
        let raised = try runToc(["check", "stor.ft"], environment: ["TOC_MAX_INPUT_MB": "3"], in: folder)
        #expect(raised.status == 0, "\(raised.stderr)")
    }

    /// 11: a FIFO, a device and a loop of links given to `check` are named
    /// for what they are, and a FIFO does not block the run.
    @Test func pathsAreCalledWhatTheyAre() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory])
        #expect(mkfifo(folder.appendingPathComponent("rør.ft").path, 0o644) == 0)
        #expect(symlink("b.ft", folder.appendingPathComponent("a.ft").path) == 0)
        #expect(symlink("a.ft", folder.appendingPathComponent("b.ft").path) == 0)
        var expected = [
            "toc: cannot read 'a.ft': its symbolic links form a loop",
            "toc: cannot read 'rør.ft': it is a named pipe (FIFO), not a file; to read a pipe, give - and send it to standard input",
        ]
        var arguments = ["check", "rør.ft", "a.ft"]
        if Self.isRoot {
            #expect(mknod(folder.appendingPathComponent("enhed.ft").path, S_IFCHR | 0o644, dev_t(1 << 8 | 3)) == 0)
            arguments.append("enhed.ft")
            expected.append("toc: cannot read 'enhed.ft': it is a device, not a file")
        }
        let result = try runToc(arguments, in: folder, limit: 30)
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").map(String.init).sorted() == expected.sorted())
    }
}
