import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TocServer
import TocTestSupport

/// Issue #26: names already on disk that look the same. New names are
/// written in NFC, but a folder copied from a Mac or unpacked from an
/// archive may hold `å.ft` both as one letter (NFC) and as `a` with a ring
/// (NFD). Swift compares the two equal; the server must keep them apart.
@Suite(.timeLimit(.minutes(2))) struct LookAlikeNameTests {
    static let composed = "\u{E5}rhus"
    static let decomposed = "a\u{30A}rhus"

    /// Both files, written with their own bytes, and a store that has read them.
    func twoLookAlikes() async throws -> Fixture {
        let fixture = try await Fixture(["andet.ft": "mål m: Andet\n"])
        for (name, title) in [(Self.composed, "Sammensat"), (Self.decomposed, "Adskilt")] {
            let path = fixture.folder.path + "/" + name + ".ft"
            #expect(FileManager.default.createFile(atPath: path, contents: Data("forandringsteori: \(title)\nmål m: M\n".utf8)))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
        try #require(names.count == 3, "the file system keeps both spellings: \(names)")
        await fixture.store.refreshAndDraw()
        return fixture
    }

    @Test func bothFilesAreListedAndEachIsMarkedWithItsOwnSpelling() async throws {
        let fixture = try await twoLookAlikes()
        let listed = await fixture.store.listed().map { Array($0.path.unicodeScalars) }
        #expect(listed.count == 3, "\(listed)")
        #expect(Set(listed.map { $0.map(\.value) }).count == 3)
        try await fixture.app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = body(response)
                #expect(page.contains("href=\"/t/%C3%A5rhus\"") && page.contains("href=\"/t/a%CC%8Arhus\""))
                #expect(page.contains("<code>[U+00E5]rhus.ft</code>") && page.contains("<code>a[U+030A]rhus.ft</code>"))
                #expect(page.components(separatedBy: "data-t=\"lookalike\"").count == 3, "only the two look-alikes are marked")
            }
        }
    }

    @Test func eachSpellingServesItsOwnFileAndIsDrawn() async throws {
        let fixture = try await twoLookAlikes()
        try await fixture.app().test(.router) { client in
            for (encoded, title) in [("%C3%A5rhus", "Sammensat"), ("a%CC%8Arhus", "Adskilt")] {
                try await client.execute(uri: "/t/\(encoded)", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(body(response).contains(title), "\(encoded)")
                }
                try await client.execute(uri: "/t/\(encoded).svg", method: .get) { response in
                    #expect(response.status == .ok, "\(encoded) has its own diagram")
                    #expect(body(response).contains("<svg"))
                }
            }
        }
    }

    @Test func removingOneSpellingKeepsTheOther() async throws {
        let fixture = try await twoLookAlikes()
        try FileManager.default.removeItem(atPath: fixture.folder.path + "/" + Self.decomposed + ".ft")
        let changed = await fixture.store.refreshAndDraw()
        #expect(changed.map { Array($0.unicodeScalars) } == [Array(Self.decomposed.unicodeScalars)])
        let left = await fixture.store.listed().map(\.path)
        #expect(left.count == 2)
        #expect(left.contains { $0.unicodeScalars.elementsEqual(Self.composed.unicodeScalars) })
        #expect(await fixture.store.state(of: Self.composed)?.title == "Sammensat")
    }
}
