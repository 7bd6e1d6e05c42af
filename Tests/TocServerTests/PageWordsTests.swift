import Foundation
import Testing
@testable import TocServer

/// The node tests of the page's scripts (Tests/page) read the keyword list
/// from Tests/page/keywords.json; it must be the one the page is given.
@Suite struct PageWordsTests {
    @Test func theNodeTestsUseThePagesOwnKeywords() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("page/keywords.json")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        #expect(text == EditorWords.keywordsJSON, "write EditorWords.keywordsJSON to Tests/page/keywords.json again")
    }

    @Test func everyScriptThePageLoadsIsEmbedded() {
        for name in PageAssets.scripts {
            #expect(PageAssets.file(name) != nil, "\(name) is not in Sources/TocServer/Assets")
        }
        #expect(PageAssets.file("nothing.js") == nil)
    }
}
