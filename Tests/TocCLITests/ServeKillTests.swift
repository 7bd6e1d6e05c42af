import Foundation
import Testing
import TocTestSupport

/// Issue #26, left untested by the red team: `toc serve` killed with
/// SIGKILL while a page saves. Nothing can run on SIGKILL, so what must
/// hold is what the disk shows: the old text whole or the new text whole,
/// never a mix, no temporary file that looks like a theory, and no drawing
/// worker left running without its server.
@Suite(.timeLimit(.minutes(3))) struct ServeKillTests {
    static let old = ServeHardeningTests.theory
    /// About 19 MB, so that the kill lands while the body is read or written.
    static let new = ServeHardeningTests.theory + String(repeating: "# en lang kommentar i en stor kladde\n", count: 520_000)

    /// Sends a PUT of `Self.new` over a fresh connection: the head and
    /// `part` of the body (all of it by default). The open socket.
    static func startPut(port: Int, token: String, part: Int? = nil) throws -> Int32 {
        let body = Array(new.utf8)
        let head = "PUT /t/t.ft HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nOrigin: http://127.0.0.1:\(port)\r\n"
            + "X-Toc-Token: \(token)\r\nIf-Match: *\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.count)\r\n\r\n"
        let fd = try HTTPGet.connect(port: port, limit: 30)
        let bytes = Array(head.utf8) + body[0..<(part ?? body.count)]
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { break }
            sent += count
        }
        return fd
    }

    @Test func aServerKilledDuringAPutLeavesOneWholeText() throws {
        let folder = try temporaryFolder(["t.ft": Self.old])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("t.ft")
        var outcomes: [String] = []
        // Round 0 kills with half the body sent; the others after all of
        // it, 0 to 150 ms later (while it is read, checked or written).
        for round in 0..<7 {
            let (server, port) = try ServeRulesTests.serve(folder)
            defer { server.stop() }
            let token = try #require(server.stdoutSoFar.firstMatch(of: /token=([0-9a-f]+)/).map { String($0.1) })
            let workers = ServeHardeningTests.workers(of: server.pid)
            let fd = try Self.startPut(port: port, token: token, part: round == 0 ? Self.new.utf8.count / 2 : nil)
            if round > 0 { usleep(UInt32(round - 1) * 30_000) }
            kill(server.pid, SIGKILL)
            _ = server.wait(limit: 10)
            close(fd)

            let onDisk = try String(contentsOf: file, encoding: .utf8)
            #expect(onDisk == Self.old || onDisk == Self.new, "round \(round): \(onDisk.utf8.count) bytes, a mix")
            if round == 0 { #expect(onDisk == Self.old, "half a body was written") }
            outcomes.append(onDisk == Self.new ? "new" : "old")
            let visible = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
            #expect(visible == ["t.ft"], "round \(round): \(visible)")
            // The workers notice their server has gone (their pipe closes) and end.
            let deadline = Date().addingTimeInterval(10)
            while workers.contains(where: { kill($0, 0) == 0 && readState($0) != "Z" }), Date() < deadline { usleep(10_000) }
            #expect(!workers.contains { kill($0, 0) == 0 && readState($0) != "Z" }, "round \(round): a worker outlived its server")
            try Self.old.write(to: file, atomically: false, encoding: .utf8)
        }
        // The next server's first save removes what a killed one left.
        let (server, port) = try ServeRulesTests.serve(folder)
        defer { server.stop() }
        let token = try #require(server.stdoutSoFar.firstMatch(of: /token=([0-9a-f]+)/).map { String($0.1) })
        let fd = try Self.startPut(port: port, token: token)
        var answer = [UInt8](repeating: 0, count: 512)
        let count = recv(fd, &answer, answer.count, 0)
        close(fd)
        #expect(String(decoding: answer[0..<max(0, count)], as: UTF8.self).hasPrefix("HTTP/1.1 200"))
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.new)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["t.ft"], "temporary files left after a save: \(left); outcomes \(outcomes)")
    }
}
