import Foundation
import Testing
import TocPipeline
import TocTestSupport
@testable import TocCLI

/// Broken and extreme inputs: each ends with a clear message and an exit
/// status, never a crash or a hang (every run is stopped after 60 seconds).
@Suite struct BadInputTests {
    static let folder = packageRoot.appendingPathComponent("Tests/BadInput")

    struct Case: CustomTestStringConvertible, Sendable {
        let file: String, status: Int32, message: String
        var testDescription: String { file }
    }

    static let cases: [Case] = {
        let text = (try? String(contentsOf: folder.appendingPathComponent("expectations.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard fields.count == 3, let status = Int32(fields[1]) else { return nil }
            return Case(file: fields[0], status: status, message: fields[2])
        }
    }()

    @Test func theCorpusIsComplete() throws {
        #expect(Self.cases.count >= 11)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "expectations.tsv" }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
    }

    @Test(arguments: cases)
    func eachBrokenInputGivesItsMessage(_ item: Case) throws {
        let result = try runToc(["check", item.file], in: Self.folder, limit: 60)
        let output = result.stdout + result.stderr
        #expect(result.status == item.status, "\(output)")
        #expect(output.contains(item.message), "\(output)")
        #expect(!output.contains("Fatal error") && !output.contains("Stack dump"))
    }

    @Test func aOneMegabyteLineIsReadAndShortenedInTheDiagram() throws {
        let label = String(repeating: "lektiecafé ", count: 95_000)
        let folder = try temporaryFolder(["lang.ft": "aktivitet a: \(label)\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"])
        let check = try runToc(["check", "lang.ft"], in: folder, limit: 60)
        #expect(check.status == 0)
        let render = try runToc(["render", "lang.ft", "-o", "lang.svg"], in: folder, limit: 60)
        #expect(render.status == 0)
        #expect(render.stdout.contains("lang.ft:1:11: warning: text longer than 400 characters is shortened in the diagram [long-label]"))
        // The caret line shows a window of the line, not a megabyte.
        #expect(render.stdout.count < 2_000)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("lang.svg").path))
    }

    @Test func aHundredThousandNodesOnOneChainAreCheckedButNotDrawn() throws {
        var text = "forandringsteori: Kæde\naktivitet n0: Start\n"
        for index in 1..<100_000 { text += "resultat n\(index): Trin \(index)\n  indikator: x\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n" }
        text += "mål m: Mål\n  indikator: y\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n" + (0..<100_000).map { "n\($0)" }.joined(separator: " -> ") + " -> m\n"
        let folder = try temporaryFolder(["kæde.ft": text])
        let check = try runToc(["check", "kæde.ft", "--summary"], in: folder, limit: 60)
        #expect(check.status == 0)
        #expect(check.stdout.contains("kæde.ft"))
        let render = try runToc(["render", "kæde.ft", "-o", "kæde.svg"], in: folder, limit: 60)
        #expect(render.status == 1)
        #expect(render.stdout.contains("kæde.ft:1:1: error: the diagram is too large to lay out quickly (100001 nodes"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("kæde.svg").path))
        // Not even --force: Graphviz crashed at 200,000 nodes and ran past 100 s at 50,000 (issue #14).
        let forced = try runToc(["render", "kæde.ft", "-o", "kæde.svg", "--force"], in: folder, limit: 60)
        #expect(forced.status == 1)
        #expect(forced.stdout.contains(
            "kæde.ft:1:1: error: the diagram is too large to draw even with --force (100001 nodes, 100000 edges, 100000 steps deep; "
                + "Graphviz lays out at most 10000 nodes in about a minute); draw one area with --area ID"), "\(forced.stdout.suffix(400))")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("kæde.svg").path))
    }

    @Test func tenThousandEdgesIntoOneNode() throws {
        var text = "forandringsteori: Mange pile\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"
        for index in 0..<10_000 { text += "aktivitet a\(index): A \(index)\n  -> m\n" }
        let folder = try temporaryFolder(["pile.ft": text])
        let check = try runToc(["check", "pile.ft", "--format", "json"], in: folder, limit: 60)
        #expect(check.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.filter { $0["rule"] as? String == "level-leap" }.count == 10_000)
        let render = try runToc(["render", "pile.ft", "-o", "pile.svg"], in: folder, limit: 60)
        #expect(render.stdout.contains("--area ID") && render.status == 1)
    }

    @Test func twoThousandLevelsOfIndentation() throws {
        let text = "aktivitet a: A\n" + (1..<2_000).map { String(repeating: "  ", count: $0) + "antagelse: dybere\n" }.joined()
        let folder = try temporaryFolder(["dyb.ft": text])
        let result = try runToc(["check", "dyb.ft"], in: folder, limit: 60)
        #expect(result.status == 1)
        #expect(result.stdout.contains("dyb.ft:3:5: error: this line is indented under an assumption"))
        #expect(result.stdout.contains("checked 1 file: 1 error"))
    }

    @Test func aFolderWhereAFileBelongsAndAnEmptyFolder() throws {
        let folder = try temporaryFolder(["t.ft": "mål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tom"), withIntermediateDirectories: true)
        let empty = try runToc(["check", "tom"], in: folder)
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("toc: cannot read 'tom': the folder holds no theory files (*.ft)"))
        let measurements = try runToc(["status", "t.ft", "--measurements", "tom"], in: folder)
        #expect(measurements.status == 2)
        #expect(measurements.stderr.contains("toc: cannot read 'tom': it is a folder, not a file"))
    }

    @Test func aFileThatVanishesBetweenListingAndReading() throws {
        let folder = try temporaryFolder(["a.ft": "mål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n", "b.ft": "mål n: N\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"])
        let (files, failures) = InputFiles.expand([folder.path])
        #expect(failures.isEmpty && files.count == 2)
        try FileManager.default.removeItem(atPath: files[1])
        let results = Pipeline().check(listed: files)
        guard case .failure(let failure) = results[1] else {
            Issue.record("a vanished file was read")
            return
        }
        #expect(failure.message.hasSuffix("b.ft': no such file or folder"))
        if case .success = results[0] {} else { Issue.record("the other file was not checked") }
    }

    @Test func anUnwritableOutputFolder() throws {
        let folder = try temporaryFolder(["t.ft": "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n", "blokeret": "en fil"])
        let result = try runToc(["render", "t.ft", "-o", "blokeret/t.svg"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "toc: cannot write 'blokeret/t.svg': 'blokeret' is a file, not a folder\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(left) == ["t.ft", "blokeret"])
    }

    /// A folder of a portfolio that cannot be listed, and a file that cannot
    /// be read, are named; the rest is checked, and the run exits 2.
    @Test func unreadableFoldersAndFilesAreNamedNotSkipped() throws {
        let folder = try temporaryFolder([
            "open/a.ft": "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n", "shut/b.ft": "aktivitet b: B\n",
            "secret.ft": "aktivitet c: C\n",
        ])
        for (path, mode) in [("shut", 0o700), ("secret.ft", 0o600), ("", 0o755)] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: folder.appendingPathComponent(path).path)
        }
        let result: Subprocess.Result
        if getuid() == 0 {
            // root reads everything: run a copy of toc as the user nobody.
            let copy = folder.appendingPathComponent("toc-copy")
            try FileManager.default.copyItem(at: tocExecutable, to: copy)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
            result = try Subprocess.run(
                "/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", copy.path, "check", "."], in: folder)
        } else {
            for path in ["shut", "secret.ft"] {
                try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder.appendingPathComponent(path).path)
            }
            result = try Subprocess.run(tocExecutable.path, ["check", "."], in: folder)
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.appendingPathComponent("shut").path)
        }
        #expect(result.status == 2)
        #expect(result.stderr == "toc: cannot read './shut': permission denied\ntoc: cannot read './secret.ft': permission denied\n")
        #expect(result.stdout.hasSuffix("checked 1 file: 1 warning; 2 paths could not be read\n"))
    }

    /// Each reason a file cannot be written is said plainly, in the user's
    /// language, and leaves nothing behind.
    @Test(arguments: [
        (["render", "t.ft", "-o", "blokeret/under/t.svg"], "toc: cannot write 'blokeret/under/t.svg': 'blokeret' is a file, not a folder\n"),
        (["render", "t.ft", "-o", "mappe", "--lang", "da"], "toc: kan ikke skrive 'mappe/t.svg': 'mappe/t.svg' er en mappe\n"),
        (["indicators", "t.ft", "-o", "/proc/toc-test/plan.csv"], "toc: cannot write '/proc/toc-test/plan.csv': the folder '/proc/toc-test' cannot be made here\n"),
        (["render", "t.ft", "-o", "/proc/toc-test", "--lang", "da"], "toc: kan ikke skrive '/proc/toc-test/t.svg': mappen '/proc/toc-test' kan ikke oprettes her\n"),
    ])
    func whyAFileCannotBeWrittenIsSaidPlainly(arguments: [String], message: String) throws {
        let folder = try temporaryFolder(["t.ft": "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n", "blokeret": "en fil"])
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("mappe/t.svg"), withIntermediateDirectories: true)
        let result = try runToc(arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == message)
        let left = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["blokeret", "mappe", "mappe/t.svg", "t.ft"])
    }
}

/// Standard output that cannot be written (a full disk, a reader that has
/// stopped) ends the run with one line and status 2, never a crash (issue #14).
@Suite struct FailedOutputTests {
    static func shell(_ script: String, in folder: URL) throws -> Subprocess.Result {
        try Subprocess.run("/bin/sh", ["-c", script, "sh", tocExecutable.path], in: folder, limit: 60)
    }

    @Test func aFullDiskIsSaidInOneLine() throws {
        let folder = try temporaryFolder(["t.ft": "aktivitet a: A\n"])
        for (command, format) in [("check", "human"), ("check", "json"), ("check", "sarif")] {
            let result = try Self.shell("\"$1\" \(command) t.ft --format \(format) > /dev/full", in: folder)
            #expect(result.status == 2, "\(format): \(result.stderr)")
            #expect(result.stderr == "toc: cannot write to standard output: the disk is full\n", "\(format)")
        }
        let danish = try Self.shell("\"$1\" render t.ft -o - --lang da > /dev/full", in: folder)
        #expect(danish.status == 2)
        #expect(danish.stderr.hasSuffix("toc: kan ikke skrive til standardoutput: disken er fuld\n"))
        #expect(!danish.stderr.contains("Fatal error"))
    }

    @Test func aReaderThatStopsIsSaidInOneLine() throws {
        let theory = String(repeating: "aktivitet a: A\n", count: 20_000)
        let folder = try temporaryFolder(["t.ft": theory])
        let result = try Self.shell("{ \"$1\" check t.ft; echo \"status=$?\" >&2; } | head -c 1 > /dev/null", in: folder)
        #expect(result.stderr.contains("toc: cannot write to standard output: the program reading it has stopped\n"))
        #expect(result.stderr.contains("status=2"))
    }
}
