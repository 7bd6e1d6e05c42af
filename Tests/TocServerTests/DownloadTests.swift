import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Testing
@testable import TocServer
import TocTestSupport

/// The page offers the theory as PowerPoint, draw.io, Mermaid, PNG and PDF
/// (issue #19): each a download of the file as it is on disk, named after it.
@Suite(.timeLimit(.minutes(2))) struct DownloadTests {
    @Test func everyFormatDownloadsUnderTheTheorysName() async throws {
        let fixture = try await Fixture(["lektiecafe.ft": Fixture.good])
        let app = Application(router: PreviewRouter.make(store: fixture.store, write: WriteAccess(token: "t", readOnly: false)))
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/t/lektiecafe", method: .get) { String(buffer: $0.body) }
            for (format, _) in PreviewRouter.downloads {
                let uri = "/t/lektiecafe." + format.fileExtension
                #expect(page.contains("href=\"\(uri)\" download"), "\(format)")
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(format)")
                    let disposition = response.headers[.contentDisposition] ?? ""
                    #expect(disposition.contains("filename*=UTF-8''lektiecafe.\(format.fileExtension)"), "\(disposition)")
                    let bytes = Array(response.body.readableBytesView)
                    switch format {
                    case .pptx: #expect(bytes.starts(with: Array("PK".utf8)))
                    case .pdf: #expect(bytes.starts(with: Array("%PDF".utf8)))
                    case .png: #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
                    case .drawio: #expect(String(decoding: bytes, as: UTF8.self).contains("<mxfile"))
                    default: #expect(String(decoding: bytes, as: UTF8.self).contains("flowchart LR"))
                    }
                }
            }
            try await client.execute(uri: "/t/findes-ikke.pptx", method: .get) { #expect($0.status == .notFound) }
        }
    }

    /// The folder's `toc.yml` decides bundles on the page too (issue #24):
    /// `diagram: bundle: false` draws every edge in the preview and downloads.
    @Test func theFoldersTocYmlDecidesBundlesOnThePage() async throws {
        let table = "output a: A\noutput b: B\nresultat x: X\nresultat y: Y\nresultat z: Z\na, b -> x, y, z\n"
        for (config, bundled) in [("rules: {}\n", true), ("diagram:\n  bundle: false\n", false)] {
            let fixture = try await Fixture(["t.ft": table, "toc.yml": config])
            try await fixture.app().test(.router) { client in
                for uri in ["/t/t.svg", "/t/t.drawio"] {
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect(response.status == .ok)
                        #expect(String(buffer: response.body).contains("junction") == bundled, "\(uri) \(config)")
                    }
                }
            }
        }
    }
}
