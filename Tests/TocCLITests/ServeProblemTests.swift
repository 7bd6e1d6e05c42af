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

/// `toc serve` checks through the same pipeline as `toc check`: the levels
/// of each theory's nearest `toc.yml`, and the same findings in the same
/// words, so the projector shows what the command line says.
@Suite struct ServeRulesTests {
    /// Starts `toc serve` on a folder; the port it announced.
    static func serve(_ folder: URL, _ extra: [String] = []) throws -> (Subprocess, Int) {
        let server = try Subprocess(tocExecutable.path, ["serve", ".", "--port", "0"] + extra, in: folder)
        // The first line names the address: "toc serve: http://127.0.0.1:PORT/  (Ctrl-C stops)".
        let deadline = Date().addingTimeInterval(30)
        while !server.stdoutSoFar.contains("\n") && Date() < deadline { usleep(10_000) }
        let announced = server.stdoutSoFar
        guard let port = announced.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//).flatMap({ Int($0.1) }) else {
            server.stop()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no address in: \(announced)"])
        }
        return (server, port)
    }

    /// rule, line, column and message of each finding in a JSON object's `findings`.
    static func findings(_ body: Data) throws -> [String] {
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        return findings.map { "\($0["rule"]!) \($0["line"]!):\($0["column"]!) \($0["message"]!)" }
    }

    /// The page's findings are `toc check --lang X --format json`'s, rule,
    /// line, column and message, in both languages; without `?lang` the
    /// browser's `Accept-Language` decides.
    @Test func thePageSaysExactlyWhatTocCheckSays() throws {
        let draft = try String(contentsOf: packageRoot.appendingPathComponent("theories/workshop-kladde.ft"), encoding: .utf8)
        let folder = try temporaryFolder([
            "kladde.ft": draft, "stavefejl.ft": "resulat r: R\naktivitet a: A\n  -> cv\n",
            "ref.ft": "aktivitet a: A\n  -> cv\nmål m: M\n",
        ])
        let (server, port) = try Self.serve(folder)
        defer { server.stop() }
        for name in ["kladde", "stavefejl", "ref"] {
            var seen: [String: [String]] = [:]
            for language in ["da", "en"] {
                let check = try runToc(["check", "--lang", language, "--format", "json", "\(name).ft"], in: folder)
                let expected = try Self.findings(Data(check.stdout.utf8))
                #expect(!expected.isEmpty)
                let page = try HTTPGet.fetch(port: port, path: "/t/\(name).json?lang=\(language)")
                #expect(page.status == 200)
                #expect(try Self.findings(page.body) == expected, "\(name) in \(language)")
                seen[language] = expected
            }
            #expect(seen["da"] != seen["en"], "\(name): the two languages differ")
            let browser = try HTTPGet.fetch(port: port, path: "/t/\(name).json", headers: ["Accept-Language": "da-DK,da;q=0.9,en;q=0.8"])
            #expect(try Self.findings(browser.body) == seen["da"])
            let english = try HTTPGet.fetch(port: port, path: "/t/\(name).json", headers: ["Accept-Language": "en-GB"])
            #expect(try Self.findings(english.body) == seen["en"])
        }
    }

    /// A broken `toc.yml` is shown on the page, located, as `toc check` says it.
    @Test func aBrokenTocYmlShowsOnThePage() throws {
        let folder = try temporaryFolder([
            "t.ft": "aktivitet a: A\n  -> m\nmål m: M\n", "toc.yml": "rules:\n  level-lep: off\n",
        ])
        let (server, port) = try Self.serve(folder)
        defer { server.stop() }
        let check = try runToc(["check", "--lang", "da", "t.ft"], in: folder)
        #expect(check.status == 2)
        #expect(check.stderr.contains("toc.yml:2:3: error: ukendt regel 'level-lep'; mente du 'level-leap'?"))
        let page = try HTTPGet.fetch(port: port, path: "/t/t.json?lang=da")
        let findings = try Self.findings(page.body)
        #expect(findings.first == "config-error 2:3 ukendt regel 'level-lep'; mente du 'level-leap'?")
        let json = try #require(try JSONSerialization.jsonObject(with: page.body) as? [String: Any])
        let first = try #require((json["findings"] as? [[String: Any]])?.first)
        #expect((first["file"] as? String)?.hasSuffix("toc.yml") == true)
        #expect(first["severity"] as? String == "error")
    }

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
