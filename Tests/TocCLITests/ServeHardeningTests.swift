import Foundation
import Testing
import TocTestSupport

/// `toc serve` against foreign pages and greedy clients (issue #14, points 5
/// and 6), through the real binary and plain sockets.
@Suite struct ServeHardeningTests {
    static let theory = "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"

    /// Opens an event stream and reads until the server says it is connected;
    /// the socket, or nil when the answer was something else (its start).
    static func openStream(_ port: Int) throws -> (fd: Int32?, answer: String) {
        let fd = try HTTPGet.connect(port: port)
        let request = Array("GET /events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        _ = send(fd, request, request.count, Int32(MSG_NOSIGNAL))
        var received = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.contains(": connected"), !received.contains("too many") {
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            received += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        guard received.contains(": connected") else {
            close(fd)
            return (nil, received)
        }
        return (fd, received)
    }

    /// 5: only the address served is answered; a page on another name
    /// (DNS rebinding), an empty or missing Host, another port get 421.
    @Test func onlyTheServedAddressIsAnswered() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory])
        let (server, port) = try ServeRulesTests.serve(folder)
        defer { server.stop() }
        let foreign: [HTTPGet.Host] = [
            .custom("evil.example"), .custom("evil.example:\(port)"), .custom("127.0.0.1.evil.example:\(port)"),
            .custom(""), .none, .custom("127.0.0.1:\(port + 1)"), .custom("127.0.0.1@evil.example:\(port)"),
        ]
        for path in ["/", "/t/t.json", "/t/t.svg", "/events", "/static/preview.js"] {
            for host in foreign {
                let reply = try HTTPGet.fetch(port: port, path: path, host: host)
                #expect(reply.status == 421, "\(path) with \(host): \(reply.status)")
                #expect(!String(decoding: reply.body, as: UTF8.self).contains("<svg"))
            }
        }
        // The server answers at once and draws in the background: the
        // diagram is there once its state says it is.
        for _ in 0..<200 {
            let state = try HTTPGet.fetch(port: port, path: "/t/t.json")
            if String(decoding: state.body, as: UTF8.self).contains("\"hasDiagram\":true") { break }
            usleep(50_000)
        }
        for path in ["/", "/t/t.json", "/t/t.svg"] {
            #expect(try HTTPGet.fetch(port: port, path: path).status == 200, "\(path)")
            #expect(try HTTPGet.fetch(port: port, path: path, host: .custom("localhost:\(port)")).status == 200, "\(path)")
        }
        let refused = try HTTPGet.fetch(port: port, path: "/", host: .custom("evil.example"))
        #expect(String(decoding: refused.body, as: UTF8.self) == "toc serve answers only at http://127.0.0.1:\(port)/\n")
    }

    /// 6: a connection that never sends anything is closed.
    @Test func aSilentConnectionIsClosed() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory])
        let (server, port) = try ServeRulesTests.serve(folder, ["--idle-timeout", "1"])
        defer { server.stop() }
        let fd = try HTTPGet.connect(port: port, limit: 20)
        defer { close(fd) }
        let started = Date()
        var byte: UInt8 = 0
        let count = recv(fd, &byte, 1, 0)
        #expect(count == 0, "the connection should be closed by the server, recv gave \(count)")
        #expect(Date().timeIntervalSince(started) < 15)
    }

    /// 6: past the cap, an event stream is refused with a reason; a closed
    /// one makes room again.
    @Test func eventStreamsAreCapped() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory])
        let (server, port) = try ServeRulesTests.serve(folder, ["--max-event-streams", "3"])
        defer { server.stop() }
        var open: [Int32] = []
        defer { open.forEach { close($0) } }
        for _ in 0..<3 { open.append(try #require(Self.openStream(port).fd)) }
        let refused = try HTTPGet.fetch(port: port, path: "/events")
        #expect(refused.status == 503)
        #expect(String(decoding: refused.body, as: UTF8.self).contains("too many open pages (3)"))
        close(open.removeLast())
        var reopened: Int32?
        for _ in 0..<50 where reopened == nil {
            usleep(100_000)
            reopened = try Self.openStream(port).fd
        }
        #expect(reopened != nil, "a stream closed should make room for another")
        if let reopened { open.append(reopened) }
    }

    /// 6: SIGTERM stops the server even while pages keep streams open.
    @Test func sigtermAlwaysStops() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory])
        let (server, port) = try ServeRulesTests.serve(folder)
        var open: [Int32] = []
        defer { open.forEach { close($0) } }
        for _ in 0..<20 { if let fd = try Self.openStream(port).fd { open.append(fd) } }
        #expect(open.count == 20)
        kill(server.pid, SIGTERM)
        let result = server.wait(limit: 15)
        #expect(!result.timedOut, "toc serve did not stop on SIGTERM")
        #expect(result.status == 0)
    }

    /// The drawing workers (children) of a process, from /proc.
    static func workers(of pid: Int32) -> Set<Int32> {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var children: Set<Int32> = []
        for task in tasks {
            let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
            children.formUnion(text.split(separator: " ").compactMap { Int32($0) })
        }
        return children
    }

    /// Issue #26: after N diagrams a drawing worker is started afresh, not
    /// the server: pages keep their event streams and every save is drawn.
    @Test func aWorkerIsRecycledNotTheListener() throws {
        let folder = try temporaryFolder(["t.ft": Self.theory])
        let (server, port) = try ServeRulesTests.serve(folder, ["--recycle-after", "2", "--workers", "1"])
        defer { server.stop() }
        var open: [Int32] = []
        defer { open.forEach { close($0) } }
        for _ in 0..<5 { if let fd = try Self.openStream(port).fd { open.append(fd) } }
        #expect(open.count == 5)
        var seen: Set<Int32> = []
        for round in 1...4 {
            let text = Self.theory + (1...round).map { "aktivitet b\($0): B\($0)\n  -> m\n" }.joined()
            try text.write(to: folder.appendingPathComponent("t.ft"), atomically: true, encoding: .utf8)
            var nodes = 0
            for _ in 0..<100 where nodes != 2 + round {
                usleep(50_000)
                let state = try? HTTPGet.fetch(port: port, path: "/t/t.json", limit: 2)
                let json = state.flatMap { try? JSONSerialization.jsonObject(with: $0.body) as? [String: Any] }
                if json?["drawing"] as? Bool == false { nodes = json?["nodes"] as? Int ?? 0 }
            }
            #expect(nodes == 2 + round, "save \(round) was not drawn")
            seen.formUnion(Self.workers(of: server.pid))
        }
        #expect(seen.count >= 2, "the worker was never started afresh: \(seen)")
        // Every stream is still open: the server did not restart.
        var buffer = [UInt8](repeating: 0, count: 4096)
        for fd in open {
            var pollFD = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pollFD, 1, 0)
            let closed = ready > 0 && recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT)) == 0
            #expect(!closed, "a page's stream was closed")
        }
    }
}
