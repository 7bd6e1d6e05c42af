import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Testing
@testable import TocServer

/// No page of `toc serve` can be framed by another site (the editor holds
/// its token in the page), none sends a referrer (issue #26): every answer,
/// errors included, says so.
@Suite(.timeLimit(.minutes(2))) struct SecurityHeaderTests {
    @Test(arguments: ["/", "/t/a", "/t/a.svg", "/t/a.json", "/t/a.ft", "/static/preview.js", "/t/nothing", "/static/none.js",
                      "/t/a.pptx"])
    func everyAnswerForbidsFramingAndReferrers(uri: String) async throws {
        let fixture = try await Fixture(["a.ft": Fixture.good])
        try await fixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(uri)")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(uri)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true, "\(uri)")
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(uri)")
            }
        }
    }
}
