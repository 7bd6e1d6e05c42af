import Foundation
import Testing
import TocTestSupport

/// Issue #26, left untested by the red team: a disk that fills while
/// `toc report` writes. Every file is whole or not there, the run says
/// which could not be written and ends with status 2, no temporary file is
/// left, and a Markdown document is not written without its diagrams.
///
/// The disk is a 400 KB tmpfs where this machine may mount one (CI runs as
/// root); elsewhere each file is held under 30 KB by a file-size limit,
/// which makes `write` fail the same way.
@Suite(.serialized, .timeLimit(.minutes(3))) struct FullDiskTests {
    /// A small disk, mounted; nil where mounting is not allowed.
    static func mountSmallDisk() -> URL? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-full-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try? Subprocess.run("/bin/mount", ["-t", "tmpfs", "-o", "size=400k", "tmpfs", folder.path], limit: 10)
        guard result?.status == 0 else {
            try? FileManager.default.removeItem(at: folder)
            return nil
        }
        return folder
    }

    static func unmount(_ folder: URL) {
        _ = try? Subprocess.run("/bin/umount", [folder.path], limit: 10)
        try? FileManager.default.removeItem(at: folder)
    }

    /// `toc report theories ARGS` on a small disk; its result and the disk.
    static func reportOnAFullDisk(_ arguments: (URL) -> [String]) throws -> (RunResult, URL, mounted: Bool) {
        if let disk = mountSmallDisk() {
            // Fill most of it first, so that the report runs out of room.
            _ = FileManager.default.createFile(atPath: disk.path + "/fyld", contents: Data(count: 200 * 1024))
            return (try runToc(["report", "theories"] + arguments(disk), environment: ["LANG": "da_DK.UTF-8"]), disk, true)
        }
        let disk = try temporaryFolder([:])
        let script = "trap '' XFSZ; ulimit -f 60; exec \"$0\" \"$@\""
        let result = try Subprocess.run(
            "/bin/sh", ["-c", script, tocExecutable.path, "report", "theories"] + arguments(disk),
            environment: ProcessInfo.processInfo.environment.merging(["LANG": "da_DK.UTF-8"]) { $1 }, in: packageRoot,
            limit: 120)
        return (RunResult(stdout: result.stdout, stderr: result.stderr, status: result.status), disk, false)
    }

    static func files(in folder: URL) -> [String] {
        let found = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return found.filter { !$0.hasSuffix("fyld") && !(($0 as NSString).lastPathComponent == "md") }.sorted()
    }

    @Test func aFolderOfReportsHoldsOnlyWholeFiles() throws {
        let (result, disk, mounted) = try Self.reportOnAFullDisk { ["-o", $0.appendingPathComponent("rapporter").path] }
        defer { mounted ? Self.unmount(disk) : try? FileManager.default.removeItem(at: disk) }
        #expect(result.status == 2, "\(result.stderr)")
        let failed = result.stderr.split(separator: "\n").filter { $0.hasPrefix("toc: kan ikke skrive") }
        #expect(!failed.isEmpty, "\(result.stderr)")
        let reason = mounted ? "disken er fuld" : "filen ville blive større, end systemet tillader"
        #expect(failed.allSatisfy { $0.hasSuffix(reason) }, "\(failed)")
        let written = Self.files(in: disk.appendingPathComponent("rapporter"))
        #expect(!written.contains { $0.hasPrefix(".") }, "temporary files left: \(written)")
        for name in written {
            let text = try String(contentsOf: disk.appendingPathComponent("rapporter/" + name), encoding: .utf8)
            #expect(text.hasSuffix("</html>\n"), "\(name) is cut off")
            #expect(result.stderr.contains("skrev \(disk.path)/rapporter/\(name)"))
        }
    }

    @Test func aMarkdownReportIsNotWrittenWithoutItsDiagrams() throws {
        let (result, disk, mounted) = try Self.reportOnAFullDisk { ["-o", $0.appendingPathComponent("md/rapport.md").path] }
        defer { mounted ? Self.unmount(disk) : try? FileManager.default.removeItem(at: disk) }
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: disk.appendingPathComponent("md/rapport.md").path))
        #expect(result.stderr.contains("toc: skrev ikke '\(disk.path)/md/rapport.md':"), "\(result.stderr.suffix(400))")
        #expect(!Self.files(in: disk.appendingPathComponent("md")).contains { $0.hasPrefix(".") })
    }
}
