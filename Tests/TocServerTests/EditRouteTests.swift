import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Testing
@testable import TocServer
import TocChecks
import TocModel
import TocSyntax
import TocTestSupport

/// The page's write contract (issue #16): GET/PUT of a theory's text with
/// ETags, drafts previewed without writing, and the guards before them.
@Suite(.timeLimit(.minutes(2))) struct EditRouteTests {
    static let token = "0123456789abcdef0123456789abcdef"

    func app(_ fixture: Fixture, readOnly: Bool = false) -> some ApplicationProtocol {
        Application(router: PreviewRouter.make(
            store: fixture.store, write: WriteAccess(token: Self.token, readOnly: readOnly)))
    }

    /// The headers toc's own page sends with a write (the test client
    /// sends its requests to `localhost`).
    func page(_ extra: HTTPFields = [:], token: String = token, origin: String? = nil) -> HTTPFields {
        var fields = extra
        fields[HTTPField.Name(WriteAccess.header)!] = token
        fields[.origin] = origin ?? "http://localhost"
        return fields
    }

    func onDisk(_ fixture: Fixture, _ name: String) -> String? {
        try? String(contentsOf: fixture.folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func getGivesTheTextAndAnETagThatPutNeeds() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        try await app(fixture).test(.router) { client in
            let tag = try await client.execute(uri: "/t/a.ft", method: .get) { response in
                #expect(response.status == .ok)
                #expect(body(response) == Fixture.good)
                return try #require(response.headers[.eTag])
            }
            #expect(tag == EntityTag.of(Array(Fixture.good.utf8)))
            let edited = Fixture.good.replacingOccurrences(of: "M\n", with: "Målet\n")
            // No If-Match: 428, nothing written.
            try await client.execute(uri: "/t/a.ft", method: .put, headers: page(), body: ByteBuffer(string: edited)) { response in
                #expect(response.status == .preconditionRequired)
            }
            #expect(onDisk(fixture, "a.ft") == Fixture.good)
            // The right tag: written, and the new tag comes back.
            let newTag = try await client.execute(
                uri: "/t/a.ft", method: .put, headers: page([.ifMatch: tag]), body: ByteBuffer(string: edited)
            ) { response in
                #expect(response.status == .ok)
                return response.headers[.eTag]
            }
            #expect(newTag == EntityTag.of(Array(edited.utf8)))
            #expect(onDisk(fixture, "a.ft") == edited)
            // The old tag is stale now: 412, nothing written, the current tag told.
            try await client.execute(
                uri: "/t/a.ft", method: .put, headers: page([.ifMatch: tag]), body: ByteBuffer(string: "aktivitet x: X\n")
            ) { response in
                #expect(response.status == .preconditionFailed)
                #expect(response.headers[.eTag] == newTag)
            }
            #expect(onDisk(fixture, "a.ft") == edited)
            // The store has checked the saved text at once and draws it in the background.
            await fixture.store.drawingsDone()
            #expect(await fixture.store.state(of: "a")?.svg.map { String(decoding: $0, as: UTF8.self).contains("Målet") } == true)
        }
    }

    @Test func aSaveKeepsTheFilesPermissions() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        let path = fixture.folder.appendingPathComponent("a.ft").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try await app(fixture).test(.router) { client in
            try await client.execute(
                uri: "/t/a.ft", method: .put, headers: page([.ifMatch: EntityTag.of(Array(Fixture.good.utf8))]),
                body: ByteBuffer(string: Fixture.good + "# gemt\n")
            ) { response in
                #expect(response.status == .ok)
            }
        }
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    /// Issue #26: a name that fits (250 bytes with .ft, æ taking two) is
    /// written; one that no file system holds is a 400 that does not echo it.
    @Test func longNamesAreWrittenOrRefusedInWords() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        let fits = String(repeating: "æ", count: 123) + "x", tooLong = String(repeating: "ø", count: 140)
        try await app(fixture).test(.router) { client in
            let encoded = fits.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            try await client.execute(
                uri: "/t/\(encoded).ft", method: .put, headers: page([.ifNoneMatch: "*"]), body: ByteBuffer(string: "mål m: M\n")
            ) { response in
                #expect(response.status == .created, "\(body(response))")
            }
            #expect(onDisk(fixture, fits + ".ft") == "mål m: M\n")
            let long = tooLong.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            try await client.execute(
                uri: "/t/\(long).ft", method: .put, headers: page([.ifNoneMatch: "*"]), body: ByteBuffer(string: "x\n")
            ) { response in
                #expect(response.status == .badRequest)
                #expect(body(response).contains("the name is too long: 280 bytes") && !body(response).contains(tooLong))
            }
        }
    }

    /// Issue #26: "å" typed as one letter (NFC) or as a and a ring (NFD) is
    /// one file, written in NFC; zero-width spaces and direction overrides
    /// (Unicode format characters) never get into a new name.
    @Test func newNamesAreOneSpellingWithoutFormatCharacters() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        try await app(fixture).test(.router) { client in
            try await client.execute(
                uri: "/t/a%CC%8Arhus.ft", method: .put, headers: page([.ifNoneMatch: "*"]), body: ByteBuffer(string: "mål m: M\n")
            ) { response in
                #expect(response.status == .created)
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
            #expect(names.contains { $0.unicodeScalars.elementsEqual("\u{E5}rhus.ft".unicodeScalars) }, "\(names)")
            try await client.execute(
                uri: "/t/%C3%A5rhus.ft", method: .put, headers: page([.ifNoneMatch: "*"]), body: ByteBuffer(string: "x\n")
            ) { response in
                #expect(response.status == .preconditionFailed, "the NFC spelling is the same theory")
            }
            for hidden in ["ny%E2%80%8Bteori", "ny%E2%80%AEteori", "ny%E2%81%A6teori"] {
                try await client.execute(
                    uri: "/t/\(hidden).ft", method: .put, headers: page([.ifNoneMatch: "*"]), body: ByteBuffer(string: "x\n")
                ) { response in
                    #expect(response.status == .forbidden, "\(hidden)")
                }
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).count == 2)
        }
    }

    /// Issue #27: the page's completion comes from the same Swift code as
    /// `toc lsp`'s: the draft in the body, the caret as a UTF-16 offset.
    @Test func completionIsAnsweredForADraftAtItsCaret() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        try await app(fixture).test(.router) { client in
            let draft = "aktivitet lektiecafe: Lektiecafé\n  -> del\noutput deltagelse: 40 børn\n"
            let caret = "aktivitet lektiecafe: Lektiecafé\n  -> del".utf16.count
            try await client.execute(uri: "/t/a/complete?at=\(caret)", method: .post, headers: page(), body: ByteBuffer(string: draft)) {
                response in
                #expect(response.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let items = try #require(json["items"] as? [[String: Any]])
                #expect(json["from"] as? Int == caret - 3)
                #expect(items.map { $0["show"] as? String } == ["deltagelse"] && items.first?["note"] as? String == "40 børn")
            }
            try await client.execute(uri: "/t/a/complete", method: .post, headers: page(), body: ByteBuffer(string: draft)) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/t/a/complete?at=1", method: .post, headers: page(token: "wrong"), body: ByteBuffer(string: "x")) {
                response in
                #expect(response.status == .forbidden)
            }
        }
    }

    /// Issue #26 (left untested by the red team): a PUT or a preview whose
    /// body is over the 64 MB a theory may have is refused with 413 in
    /// words, and the file on disk stays as it was.
    @Test func aBodyOverTheLimitIsRefusedAndNothingChanges() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        let huge = ByteBuffer(repeating: UInt8(ascii: "x"), count: 64 * 1024 * 1024 + 1)
        try await app(fixture).test(.router) { client in
            let tag = EntityTag.of(Array(Fixture.good.utf8))
            try await client.execute(uri: "/t/a.ft", method: .put, headers: page([.ifMatch: tag]), body: huge) { response in
                #expect(response.status == .contentTooLarge)
                #expect(body(response).contains("64 MB"))
            }
            try await client.execute(uri: "/t/a/preview", method: .post, headers: page(), body: huge) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
        #expect(onDisk(fixture, "a.ft") == Fixture.good)
    }

    @Test func ifNoneMatchStarCreatesANewTheoryOnce() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        try await app(fixture).test(.router) { client in
            let text = "forandringsteori: Ny teori\n"
            try await client.execute(
                uri: "/t/ny%20teori.ft", method: .put, headers: page([.ifNoneMatch: "*"]), body: ByteBuffer(string: text)
            ) { response in
                #expect(response.status == .created)
                #expect(response.headers[.location] == "/t/ny%20teori")
            }
            #expect(onDisk(fixture, "ny teori.ft") == text)
            try await client.execute(
                uri: "/t/ny%20teori.ft", method: .put, headers: page([.ifNoneMatch: "*"]), body: ByteBuffer(string: "x")
            ) { response in
                #expect(response.status == .preconditionFailed)
            }
            // A new file without If-None-Match: 428.
            try await client.execute(uri: "/t/andet.ft", method: .put, headers: page(), body: ByteBuffer(string: text)) { response in
                #expect(response.status == .preconditionRequired)
            }
            #expect(onDisk(fixture, "andet.ft") == nil)
        }
    }

    @Test(arguments: [
        "/t/..%2Fude.ft", "/t/%2E%2E/ude.ft", "/t/sub/../../ude.ft", "/t/.skjult.ft", "/t/sub/.git/x.ft",
        "/t/%2Ftmp%2Fx.ft", "/t/a.txt", "/t/a%00.ft", "/t/a%0A.ft", "/t/ud/..%5C..%5Cx.ft", "/t/link/x.ft",
    ])
    func pathEscapesAreRefusedAndWriteNothing(uri: String) async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("toc-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: fixture.folder.appendingPathComponent("link"), withDestinationURL: outside)
        let before = try FileManager.default.subpathsOfDirectory(atPath: fixture.folder.path).sorted()
        let parent = fixture.folder.deletingLastPathComponent()
        try await app(fixture).test(.router) { client in
            try await client.execute(uri: uri, method: .put, headers: page([.ifNoneMatch: "*"]), body: ByteBuffer(string: "x")) { response in
                #expect([.forbidden, .notFound, .badRequest].contains(response.status), "\(uri): \(response.status)")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: fixture.folder.path).sorted() == before)
        for name in ["ude.ft", "x.ft", "tmp/x.ft"] {
            #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent(name).path), "\(name)")
        }
    }

    @Test func guardsComeFirst() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        try await app(fixture).test(.router) { client in
            // Without token, wrong token, foreign or missing Origin: 403, even with no If-Match at all.
            var noToken = page()
            noToken[HTTPField.Name(WriteAccess.header)!] = nil
            var noOrigin = page()
            noOrigin[.origin] = nil
            for headers in [noToken, page(token: "f" + Self.token.dropFirst()), page(origin: "http://evil.example"),
                            page(origin: "http://localhost:9999"), noOrigin] {
                for (uri, method) in [("/t/a.ft", HTTPRequest.Method.put), ("/t/a/preview", .post), ("/t/ny.ft", .put)] {
                    try await client.execute(uri: uri, method: method, headers: headers, body: ByteBuffer(string: "x")) { response in
                        #expect(response.status == .forbidden, "\(uri) \(headers)")
                    }
                }
            }
        }
        #expect(onDisk(fixture, "a.ft") == Fixture.good)
        #expect(onDisk(fixture, "ny.ft") == nil)
    }

    @Test func readOnlyRefusesEveryWrite() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        try await app(fixture, readOnly: true).test(.router) { client in
            try await client.execute(
                uri: "/t/a.ft", method: .put, headers: page([.ifMatch: EntityTag.of(Array(Fixture.good.utf8))]),
                body: ByteBuffer(string: "x")
            ) { response in
                #expect(response.status == .forbidden)
                #expect(body(response).contains("read-only"))
            }
        }
        #expect(onDisk(fixture, "a.ft") == Fixture.good)
    }

    @Test func previewDrawsADraftAndWritesNothing() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        try await app(fixture).test(.router) { client in
            let draft = Fixture.good + "aktivitet jobcafe: Jobcafé i kælderen\n  -> cv\n"
            try await client.execute(
                uri: "/t/a/preview?lang=da", method: .post, headers: page(), body: ByteBuffer(string: draft)
            ) { response in
                #expect(response.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(body(response).utf8)) as? [String: Any])
                #expect(json["parses"] as? Bool == true)
                #expect((json["svg"] as? String)?.contains("Jobcafé i kælderen") == true)
                let findings = try #require(json["findings"] as? [[String: Any]])
                #expect(findings.contains { $0["rule"] as? String == "undefined-reference" && $0["line"] as? Int == 10 })
            }
            // A draft that does not parse: no diagram, its findings.
            try await client.execute(
                uri: "/t/a/preview", method: .post, headers: page(), body: ByteBuffer(string: "aktivitet : \n")
            ) { response in
                let json = try #require(try JSONSerialization.jsonObject(with: Data(body(response).utf8)) as? [String: Any])
                #expect(json["parses"] as? Bool == false)
                #expect(json["svg"] is NSNull || json["svg"] == nil)
                #expect((json["findings"] as? [Any])?.isEmpty == false)
            }
        }
        #expect(onDisk(fixture, "a.ft") == Fixture.good)
    }
}

/// The index for a room: a new theory from a template, and Notepad's
/// `.ft.txt` files named with the way out.
@Suite(.timeLimit(.minutes(2))) struct IndexPageTests {
    @Test func theIndexOffersANewTheoryOnlyWhenThePageMayWrite() async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good, "noter/teori.ft.txt": "forandringsteori: T\n"])
        for readOnly in [false, true] {
            let app = Application(router: PreviewRouter.make(
                store: fixture.store, write: WriteAccess(token: EditRouteTests.token, readOnly: readOnly)))
            try await app.test(.router) { client in
                try await client.execute(uri: "/", method: .get) { response in
                    let page = body(response)
                    #expect(page.contains("id=\"toc-new\"") == !readOnly)
                    #expect(page.contains("<code>noter/teori.ft.txt</code>"))
                    #expect(page.contains("Notesblok"))
                }
            }
        }
    }

    @Test func everyTemplateParsesAndTheMasterPlanHasTheFourAreas() throws {
        for (name, text) in EditorWords.templates {
            let (theory, findings) = try #require(Optional(checkedTemplate(text)), "\(name)")
            #expect(!findings.contains { $0.rule == .parseError }, "\(name): \(findings.map(\.message))")
            if name == "masterPlan" {
                #expect(theory?.areas.map(\.label) == [
                    "Uddannelse og livschancer", "Beskæftigelse", "Kriminalitetsforebyggelse", "Sammenhængskraft og medborgerskab",
                ])
            }
        }
    }

    func checkedTemplate(_ text: String) -> (theory: Theory?, findings: [Diagnostic]) {
        let result = Checker().check(SourceFile(path: "t.ft", text: text))
        return (result.theory, result.diagnostics)
    }

    @Test func theStartMessageGivesTheTokenAndSaysWhoCanWriteBeyondThisMachine() {
        let write = WriteAccess(token: EditRouteTests.token)
        let local = PreviewServer.announcement(address: "http://127.0.0.1:8080/", host: "127.0.0.1", write: write)
        #expect(local == "toc serve: http://127.0.0.1:8080/?token=\(EditRouteTests.token)  (Ctrl-C stops)")
        let wide = PreviewServer.announcement(address: "http://0.0.0.0:8080/", host: "0.0.0.0", write: write)
        #expect(wide.contains("anyone on the network can read the theories"))
        #expect(wide.contains("--read-only"))
        let readOnly = PreviewServer.announcement(
            address: "http://127.0.0.1:8080/", host: "127.0.0.1", write: WriteAccess(readOnly: true))
        #expect(!readOnly.contains("token") && readOnly.contains("read-only"))
    }
}
