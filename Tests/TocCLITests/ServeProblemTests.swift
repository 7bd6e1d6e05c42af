import Foundation
import Testing
import TocTestSupport

/// `toc serve` says plainly why it cannot listen, in the user's language.
@Suite struct ServeProblemTests {
    /// A socket listening on a free port of 127.0.0.1, and that port.
    static func occupiedPort() throws -> (socket: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(fd >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, raw, &length) == 0
            }
        }
        try #require(bound)
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    @Test func aPortInUseIsNamedWithWhatToDo() throws {
        let (fd, port) = try Self.occupiedPort()
        defer { close(fd) }
        let folder = try temporaryFolder(["t.ft": "aktivitet a: A\n"])
        let english = try runToc(["serve", ".", "--port", "\(port)"], in: folder, limit: 30)
        #expect(english.status == 2)
        #expect(english.stderr == "toc: port \(port) on 127.0.0.1 is already in use (another toc serve?); choose another with --port\n")
        let danish = try runToc(["serve", ".", "--port", "\(port)"], environment: ["LANG": "da_DK.UTF-8"], in: folder, limit: 30)
        #expect(danish.stderr == "toc: port \(port) på 127.0.0.1 er allerede i brug (en anden toc serve?); vælg en anden med --port\n")
    }

    @Test func anAddressTheMachineDoesNotHaveIsNamed() throws {
        // 192.0.2.1 is reserved for documentation (RFC 5737): no machine has it.
        let folder = try temporaryFolder(["t.ft": "aktivitet a: A\n"])
        let result = try runToc(["serve", ".", "--host", "192.0.2.1", "--port", "0"], in: folder, limit: 30)
        #expect(result.status == 2)
        #expect(result.stderr == "toc: cannot listen on 192.0.2.1: this machine has no such address; leave out --host to use 127.0.0.1\n")
    }
}

/// `toc serve` checks with the levels of each theory's nearest `toc.yml`, as
/// `toc check` does, so the projector shows the same findings.
@Suite struct ServeRulesTests {
    @Test func thePreviewFollowsTocYml() throws {
        let theory = "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"
        let folder = try temporaryFolder([
            "plain/t.ft": theory, "quiet/t.ft": theory, "quiet/toc.yml": "rules:\n  level-leap: off\n  unowned-activity: error\n",
        ])
        let server = try Subprocess(tocExecutable.path, ["serve", ".", "--port", "0"], in: folder)
        defer { server.stop() }
        // The first line names the address: "toc serve: http://127.0.0.1:PORT/  (Ctrl-C stops)".
        let deadline = Date().addingTimeInterval(30)
        while !server.stdoutSoFar.contains("\n") && Date() < deadline { usleep(10_000) }
        let announced = server.stdoutSoFar
        let port = try #require(announced.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//).flatMap { Int($0.1) }, "\(announced)")
        func rules(_ path: String) throws -> [String] {
            let reply = try HTTPGet.fetch(port: port, path: "/t/\(path).json")
            #expect(reply.status == 200)
            let json = try #require(try JSONSerialization.jsonObject(with: reply.body) as? [String: Any])
            let findings = try #require(json["findings"] as? [[String: Any]])
            return findings.compactMap { $0["rule"] as? String }.sorted()
        }
        #expect(try rules("plain/t") == ["level-leap"])
        #expect(try rules("quiet/t") == ["unowned-activity"])
    }
}
