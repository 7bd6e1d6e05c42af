import Foundation
import Testing
import TocTestSupport

/// `toc lsp` driven by a real LSP client: Tests/lsp/test_lsp.py runs
/// pytest-lsp (installed by scripts/install-deps) against this build's
/// `toc`: diagnostics with rule ids, Danish messages and UTF-16 positions in
/// a file with æøå and emoji, a change, formatting, the outline.
@Suite struct LanguageServerTests {
    @Test func aRealClientDrivesTheServer() throws {
        try runPytest("lsp")
    }

    /// The end of input ends the server without a crash; `shutdown` then
    /// `exit` ends it with status 0.
    @Test func theServerEndsCleanly() throws {
        func frame(_ json: String) -> String { "Content-Length: \(json.utf8.count)\r\n\r\n" + json }
        let closed = try Subprocess.run(tocExecutable.path, ["lsp"], input: frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#), limit: 30)
        #expect(closed.status == 1 && closed.stdout.contains("\"capabilities\""), "\(closed.stderr)")
        let polite = frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#)
            + frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#) + frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let ended = try Subprocess.run(tocExecutable.path, ["lsp"], input: polite, limit: 30)
        #expect(ended.status == 0, "\(ended.stderr)")
        let garbage = "Content-Length: 5\r\n\r\nnope!" + frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#)
        let survived = try Subprocess.run(tocExecutable.path, ["lsp"], input: garbage, limit: 30)
        #expect(survived.stdout.contains("-32700") && survived.stdout.contains("\"capabilities\""), "\(survived.stdout)")
    }
}
