import Foundation
import Testing
@testable import TocServer

/// A folder's write token outlives `toc serve` (issue #25): kept per folder,
/// readable by the user alone, so an open page saves after a restart.
@Suite struct KeptTokenTests {
    static func temporary(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("toc-token-\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func theSameFolderGetsTheSameTokenAndOnlyTheUserCanReadIt() throws {
        let state = try Self.temporary("state") + "/toc/serve"
        let plans = try Self.temporary("plans"), other = try Self.temporary("other")
        let first = try #require(KeptToken.token(for: plans, in: state))
        #expect(first.count == 32 && first.allSatisfy(\.isHexDigit))
        #expect(KeptToken.token(for: plans, in: state) == first)
        #expect(KeptToken.token(for: plans + "/.", in: state) == first, "the folder by its real path")
        let second = try #require(KeptToken.token(for: other, in: state))
        #expect(second != first)
        let files = try FileManager.default.contentsOfDirectory(atPath: state)
        #expect(files.count == 2)
        for file in files {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: state + "/" + file)[.posixPermissions] as? Int)
            #expect(mode == 0o600, "\(file)")
        }
        let folderMode = try FileManager.default.attributesOfItem(atPath: state)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
    }

    @Test func aTokenOthersCouldReadIsReplaced() throws {
        let state = try Self.temporary("state")
        let plans = try Self.temporary("plans")
        let first = try #require(KeptToken.token(for: plans, in: state))
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: state).first)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: state + "/" + file)
        let again = try #require(KeptToken.token(for: plans, in: state))
        #expect(again != first)
        #expect(try FileManager.default.attributesOfItem(atPath: state + "/" + file)[.posixPermissions] as? Int == 0o600)
    }

    @Test func noStateFolderMeansATokenOfTheRunsOwn() {
        #expect(KeptToken.token(for: "/", in: nil) == nil)
        #expect(KeptToken.token(for: "/", in: "/proc/no-such-place/toc") == nil)
        #expect(KeptToken.folder(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/toc/serve")
        #expect(KeptToken.folder(environment: ["HOME": "/h"]) == "/h/.local/state/toc/serve")
        #expect(KeptToken.folder(environment: ["XDG_STATE_HOME": "relative"]) == nil)
    }
}
