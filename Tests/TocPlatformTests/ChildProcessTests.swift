import Foundation
import Testing
import TocPlatform

/// The helper processes `toc serve` draws in (`ChildProcess`), and the
/// folder relative paths are taken from (`WorkingFolder`), on their own.
@Suite(.timeLimit(.minutes(1))) struct ChildProcessTests {
    @Test func whatIsSentComesBackAndAClosedOutputIsSaid() throws {
        let child = try #require(ChildProcess(executable: "/bin/cat", arguments: []))
        defer { child.stop() }
        #expect(child.send(Array("Bispehaven æøå\n".utf8)))
        let back = try child.receive("Bispehaven æøå\n".utf8.count, until: .now + .seconds(10))
        #expect(String(decoding: back, as: UTF8.self) == "Bispehaven æøå\n")
        let done = try #require(ChildProcess(executable: "/bin/sh", arguments: ["-c", "printf ab"]))
        defer { done.stop() }
        #expect(try done.receive(2, until: .now + .seconds(10)) == Array("ab".utf8))
        #expect(throws: ChildProcess.ReadEnd.closed) { try done.receive(1, until: .now + .seconds(10)) }
    }

    @Test func aSilentProcessTimesOutAtItsDeadlineAndIsKilled() throws {
        let child = try #require(ChildProcess(executable: "/bin/sleep", arguments: ["30"]))
        let start = ContinuousClock.now
        #expect(throws: ChildProcess.ReadEnd.timedOut) { try child.receive(1, until: .now + .milliseconds(200)) }
        let waited = ContinuousClock.now - start
        #expect(waited >= .milliseconds(190) && waited < .seconds(5), "\(waited)")
        child.stop(kill: true)
        #expect(kill(child.pid, 0) != 0, "the process still runs after stop")
    }

    @Test func aChildInheritsNoDescriptorBeyondTheStandardThree() throws {
        let held = open("/dev/null", O_RDONLY)  // without O_CLOEXEC, as a server's sockets may be
        defer { close(held) }
        let child = try #require(ChildProcess(executable: "/bin/sh", arguments: ["-c", "ls /proc/self/fd | wc -l"]))
        defer { child.stop() }
        var text = ""
        while let byte = try? child.receive(1, until: .now + .seconds(10)) { text += String(decoding: byte, as: UTF8.self) }
        // 0, 1, 2, and the folder `ls` reads /proc/self/fd through.
        #expect(Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) == 4, "\(text)")
    }

    @Test func aBoundWorkingFolderResolvesRelativePathsOnly() throws {
        #expect(WorkingFolder.resolve("a.ft") == "a.ft")
        WorkingFolder.$bound.withValue("/srv/teorier") {
            #expect(WorkingFolder.resolve("a.ft") == "/srv/teorier/a.ft")
            #expect(WorkingFolder.resolve("./sub/b.ft") == "/srv/teorier/sub/b.ft")
            #expect(WorkingFolder.resolve(".") == "/srv/teorier")
            #expect(WorkingFolder.resolve("/etc/hosts") == "/etc/hosts")
            #expect(WorkingFolder.path == "/srv/teorier")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-wf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mål m: M\n".utf8).write(to: folder.appendingPathComponent("m.ft"))
        #expect(POSIX.facts(of: "m.ft") == nil)
        WorkingFolder.$bound.withValue(folder.path) {
            #expect(POSIX.facts(of: "m.ft")?.size == "mål m: M\n".utf8.count)
            #expect(POSIX.readFile("m.ft", limit: 100).value?.bytes == Array("mål m: M\n".utf8))
        }
    }
}
