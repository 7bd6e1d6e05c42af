import Foundation
import Testing
import TocTestSupport

/// The helper that runs programs for the tests must never let one hang the run.
@Suite struct SubprocessTests {
    @Test func outputStatusInputAndFolderComeBack() throws {
        let folder = try temporaryFolder(["here.txt": ""])
        let result = try Subprocess.run(
            "/bin/sh", ["-c", "cat; ls; echo oops >&2; exit 3"], in: folder, input: "æøå\n", limit: 30)
        #expect(result.stdout == "æøå\nhere.txt\n")
        #expect(result.stderr == "oops\n")
        #expect(result.status == 3)
        #expect(!result.timedOut)
    }

    @Test func aProgramPastItsTimeIsStoppedWithEverythingItStarted() throws {
        // The shell leaves a grandchild behind that would hold a pipe open for ever.
        let started = Date()
        let result = try Subprocess.run("/bin/sh", ["-c", "sleep 300 & echo $!; wait"], limit: 1)
        #expect(result.timedOut)
        #expect(Date().timeIntervalSince(started) < 10)
        let grandchild = try #require(Int32(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        // Gone, or a zombie waiting for whoever adopted it (it holds no files
        // then); a loaded machine may take a moment to reap it.
        var stat = ""
        var state: Substring = ""
        let deadline = Date().addingTimeInterval(5)
        repeat {
            stat = (try? String(contentsOfFile: "/proc/\(grandchild)/stat", encoding: .utf8)) ?? ""
            state = stat.split(separator: ")").last?.split(separator: " ").first ?? "gone"
            if state == "gone" || state == "Z" { break }
            usleep(20_000)
        } while Date() < deadline
        #expect(state == "gone" || state == "Z", "the grandchild \(grandchild) is still there: \(stat)")
    }

    @Test func aSignalIsReportedAsItsShellStatus() throws {
        let result = try Subprocess.run("/bin/sh", ["-c", "kill -9 $$"], limit: 30)
        #expect(result.status == 128 + 9)
    }
}
