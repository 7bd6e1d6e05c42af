import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TocServer
import TocTestSupport

/// A temporary folder of theories, and a router over it.
struct Fixture {
    let folder: URL
    let store: PreviewStore

    static let good = "forandringsteori: Lektiecafé <b>&</b>\naktivitet a: A <script>alert(1)</script>\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"

    init(_ files: [String: String]) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Fixture.write(name, text, in: folder) }
        // Files the tests write are whole at once: no waiting for them to settle.
        store = PreviewStore(paths: TheoryPaths(folder: folder.path), settle: 0)
        await store.refreshAndDraw()
    }

    func write(_ name: String, _ text: String) throws {
        try Fixture.write(name, text, in: folder)
    }

    static func write(_ name: String, _ text: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    func app() -> some ApplicationProtocol {
        Application(router: PreviewRouter.make(store: store))
    }
}

func body(_ response: TestResponse) -> String {
    String(buffer: response.body)
}

// A hang (a stream that never closes) fails the test after two minutes and names it.
@Suite(.timeLimit(.minutes(2))) struct RouterTests {
    @Test func indexListsTheoriesWithCounts() async throws {
        let fixture = try await Fixture([
            "a.ft": Fixture.good, "sub/b.ft": "aktivitet løs: Løs\n", "notes.txt": "x", ".hidden/c.ft": Fixture.good,
        ])
        try await fixture.app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let page = body(response)
                #expect(page.contains("href=\"/t/a\""))
                #expect(page.contains("href=\"/t/sub/b\""))
                #expect(page.contains("Lektiecafé &lt;b&gt;&amp;&lt;/b&gt;"))
                #expect(!page.contains(".hidden") && !page.contains("c.ft"))
                #expect(page.contains("<td class=\"num bad\">1</td>"))
            }
        }
    }

    @Test func theoryPageSvgAndJSON() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        try await fixture.app().test(.router) { client in
            try await client.execute(uri: "/t/a", method: .get) { response in
                #expect(response.status == .ok)
                #expect(body(response).contains("data-path=\"a\""))
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            }
            try await client.execute(uri: "/t/a.svg", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/svg+xml")
                let svg = body(response)
                #expect(svg.contains("<svg"))
                #expect(!svg.contains("<script"))
                #expect(svg.contains("&lt;script&gt;"))
            }
            try await client.execute(uri: "/t/a.json", method: .get) { response in
                let json = try JSONSerialization.jsonObject(with: Data(body(response).utf8)) as? [String: Any]
                #expect(json?["parses"] as? Bool == true)
                #expect(json?["nodes"] as? Int == 2)
                #expect((json?["findings"] as? [Any])?.count == 1)
            }
            for asset in ["/static/preview.js", "/static/preview.css"] {
                try await client.execute(uri: asset, method: .get) { response in
                    #expect(response.status == .ok)
                }
            }
        }
    }

    @Test func nonAsciiPathsWork() async throws {
        let fixture = try await Fixture(["område/æble.ft": Fixture.good])
        try await fixture.app().test(.router) { client in
            try await client.execute(uri: "/t/omr%C3%A5de/%C3%A6ble.svg", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test(arguments: [
        "/t/../secret", "/t/%2e%2e/secret", "/t/%2E%2E%2Fsecret", "/t/sub/../../secret", "/t//etc/passwd",
        "/t/%2Fetc%2Fpasswd", "/t/outside", "/t/outside.svg", "/t/nope", "/t/.hidden/c", "/t/a%00", "/t/outside.ft", "/t/.hidden/c.ft", "/t/../secret.ft", "/t/nope.ft",
        "/t/sub", "/nothing",
    ])
    func traversalAndUnknownPathsAre404(uri: String) async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good, "sub/b.ft": Fixture.good, ".hidden/c.ft": Fixture.good])
        let secret = fixture.folder.deletingLastPathComponent().appendingPathComponent("secret.ft")
        try Fixture.good.write(to: secret, atomically: true, encoding: .utf8)
        let outsideFolder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outsideFolder, withIntermediateDirectories: true)
        try Fixture.good.write(to: outsideFolder.appendingPathComponent("x.ft"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: fixture.folder.appendingPathComponent("outside.ft"), withDestinationURL: outsideFolder.appendingPathComponent("x.ft"))
        await fixture.store.refreshAndDraw()
        try await fixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound, "\(uri)")
            }
        }
    }

    @Test func aBrokenFileKeepsItsLastGoodDiagramAndReportsTheError() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        let before = await fixture.store.state(of: "a")?.svg
        try fixture.write("a.ft", Fixture.good + "aktivitett x: X\n")
        await fixture.store.refreshAndDraw()
        try await fixture.app().test(.router) { client in
            try await client.execute(uri: "/t/a.json", method: .get) { response in
                let json = try JSONSerialization.jsonObject(with: Data(body(response).utf8)) as? [String: Any]
                #expect(json?["parses"] as? Bool == false)
                #expect(json?["hasDiagram"] as? Bool == true)
                let findings = json?["findings"] as? [[String: Any]]
                #expect(findings?.first?["line"] as? Int == 9)
                #expect(findings?.first?["rule"] as? String == "parse-error")
            }
            try await client.execute(uri: "/t/a.svg", method: .get) { response in
                #expect(Array(response.body.readableBytesView) == before)
            }
        }
    }

    @Test func eventsAnnounceEveryChangedTheory() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good, "b.ft": Fixture.good])
        let store = fixture.store
        let saver = Task {
            while await store.subscriberCount == 0 { try await Task.sleep(for: .milliseconds(10)) }
            try fixture.write("b.ft", Fixture.good + "# gemt\n")
            await store.refreshAndDraw()
            // The change is in the stream's buffer already; a finished stream still delivers it.
            await store.closeSubscribers()
        }
        try await fixture.app().test(.router) { client in
            try await client.execute(uri: "/events", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/event-stream")
                let text = body(response)
                #expect(text.hasPrefix("retry: 1000\n"))
                #expect(text.contains("event: change\ndata: \"b\"\n\n"))
                #expect(!text.contains("data: \"a\""))
            }
        }
        try await saver.value
    }

    @Test func aFileThatNeverParsedHasNoDiagramYet() async throws {
        let fixture = try await Fixture(["bad.ft": "aktivitett x: X\n"])
        try await fixture.app().test(.router) { client in
            try await client.execute(uri: "/t/bad", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/t/bad.svg", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}

/// Which `Host` headers reach the server (issue #14): the address served,
/// loopback names for a loopback address, and on 0.0.0.0 any IP literal or
/// the machine's own name; never a name chosen by a foreign page.
@Suite struct HostCheckTests {
    @Test(arguments: [
        ("127.0.0.1", "127.0.0.1:8080", true), ("127.0.0.1", "localhost:8080", true), ("127.0.0.1", "[::1]:8080", true),
        ("127.0.0.1", "127.0.0.1:8081", false), ("127.0.0.1", "evil.example:8080", false),
        ("127.0.0.1", "127.0.0.1.evil.example:8080", false), ("127.0.0.1", "", false), ("127.0.0.1", "127.0.0.1", false),
        ("0.0.0.0", "192.168.1.5:8080", true), ("0.0.0.0", "evil.example:8080", false),
        ("::1", "[::1]:8080", true), ("::1", "[::1]", false),
    ])
    func hosts(served: String, header: String, allowed: Bool) {
        let access = ServerAccess(host: served, port: { 8080 })
        #expect(access.allows(header) == allowed, "\(served) with Host \(header)")
    }

    @Test func theMachinesOwnNameWhenListeningOnEveryAddress() {
        let access = ServerAccess(host: "0.0.0.0", port: { 8080 })
        #expect(access.allows(ServerAccess.machineName + ":8080"))
        #expect(access.allows(ServerAccess.machineName + ".local:8080"))
        #expect(!access.allows(nil))
    }
}
