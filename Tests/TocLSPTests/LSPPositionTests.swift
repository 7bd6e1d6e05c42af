import Foundation
import Testing
import TocLSP
import TocLSPKit

/// `toc lsp` answers every request about any position (issue #26): before
/// the first line, past the last (as a client sends just after the last
/// lines were deleted), past a line's end, negative, and inside a surrogate
/// pair; each gets a result or an LSP error, and the server goes on.
@Suite struct LSPPositionTests {
    static let text = """
        forandringsteori: Lektiecafé i Bispehaven 🏠
        aktivitet lektiecafe: Lektiecafé 👩‍👧 to gange om ugen
          -> deltagelse

        output deltagelse: 40 børn deltager fast\r
        mål trivsel: Børn i Bispehaven trives
        """

    final class Sent: @unchecked Sendable {
        var bytes: [UInt8] = []
    }

    /// The JSON messages in framed output.
    static func messages(_ bytes: [UInt8]) -> [[String: Any]] {
        var found: [[String: Any]] = []
        var rest = bytes[...]
        while let header = rest.firstRange(of: Array("\r\n\r\n".utf8)) {
            let head = String(decoding: rest[..<header.lowerBound], as: UTF8.self)
            guard let length = Int(head.replacingOccurrences(of: "Content-Length: ", with: "")) else { break }
            let body = rest[header.upperBound..<header.upperBound + length]
            if let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] { found.append(object) }
            rest = rest[(header.upperBound + length)...]
        }
        return found
    }

    static func request(_ id: Int, _ method: String, _ params: String) -> [UInt8] {
        framed(Array(#"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#.utf8))
    }

    @Test(arguments: [
        "textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/completion",
        "textDocument/rename", "textDocument/codeAction", "textDocument/formatting", "textDocument/documentSymbol",
        "textDocument/foldingRange",
    ])
    func everyPositionGetsAnAnswer(method: String) throws {
        let open: [String: Any] = ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": "file:///tmp/t.ft", "languageId": "toc", "version": 1, "text": Self.text]]]
        let document = try JSONSerialization.data(withJSONObject: open)
        var input = Self.request(0, "initialize", #"{"capabilities":{}}"#)
        input += framed(Array(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#.utf8))
        input += framed(Array(document))
        let lines = Self.text.split(separator: "\n", omittingEmptySubsequences: false)
        var asked: [Int] = []
        var id = 1
        for line in -2...(lines.count + 2) {
            let width = line >= 0 && line < lines.count ? lines[line].utf16.count + 2 : 3
            for character in [-3, -1] + Array(0...width) {
                let at = #"{"line":\#(line),"character":\#(character)}"#
                let params = #"{"textDocument":{"uri":"file:///tmp/t.ft"},"position":\#(at),"newName":"ny","#
                    + #""range":{"start":\#(at),"end":\#(at)},"context":{"diagnostics":[],"includeDeclaration":true},"#
                    + #""options":{"tabSize":2,"insertSpaces":true}}"#
                input += Self.request(id, method, params)
                asked.append(id)
                id += 1
            }
        }
        input += Self.request(id, "shutdown", "null")
        input += framed(Array(#"{"jsonrpc":"2.0","method":"exit"}"#.utf8))
        var chunks = [input]
        var reader = MessageReader { chunks.isEmpty ? nil : chunks.removeFirst() }
        let sent = Sent()
        let server = LanguageServer(language: .da) { sent.bytes += $0 }
        let status = server.run(reader: &reader)
        #expect(status == 0, "the server ended with \(status) before exit")
        let answered = Set(Self.messages(sent.bytes).compactMap { message -> Int? in
            guard message["result"] != nil || message["error"] != nil else { return nil }
            return message["id"] as? Int
        })
        let missing = asked.filter { !answered.contains($0) }
        #expect(missing.isEmpty, "\(method): \(missing.count) of \(asked.count) positions got no answer")
        #expect(answered.contains(id), "shutdown was not answered")
    }

    /// Issue #27: a position that is not `{line, character}` in whole
    /// numbers is an InvalidParams error in words; a huge number (which
    /// once trapped converting to Int) is one too, and the server goes on.
    @Test func aPositionThatIsNoPositionIsAnInvalidParamsError() throws {
        var input = Self.request(0, "initialize", #"{"capabilities":{}}"#)
        let bad = [#""x""#, #"{"line":1e300,"character":0}"#, #"{"line":0.5,"character":0}"#, #"{"line":0}"#, "null"]
        for (index, position) in bad.enumerated() {
            input += Self.request(index + 1, "textDocument/hover", #"{"textDocument":{"uri":"file:///t.ft"},"position":\#(position)}"#)
        }
        input += Self.request(9, "textDocument/completion", #"{"position":{"line":0,"character":0}}"#)
        input += Self.request(10, "shutdown", "null")
        input += framed(Array(#"{"jsonrpc":"2.0","method":"exit"}"#.utf8))
        var chunks = [input]
        var reader = MessageReader { chunks.isEmpty ? nil : chunks.removeFirst() }
        let sent = Sent()
        let server = LanguageServer(language: .da) { sent.bytes += $0 }
        #expect(server.run(reader: &reader) == 0)
        let errors = Self.messages(sent.bytes).compactMap { message -> (Int, Int, String)? in
            guard let id = message["id"] as? Int, let error = message["error"] as? [String: Any] else { return nil }
            return (id, error["code"] as? Int ?? 0, error["message"] as? String ?? "")
        }
        #expect(errors.map(\.0) == [1, 2, 3, 4, 5, 9])
        #expect(errors.allSatisfy { $0.1 == -32602 && $0.2.contains("needs textDocument.uri and a position {line, character}") })
    }

    @Test func framingErrorsAreWords() {
        #expect(MessageReader.Failure.badHeader("no Content-Length").description
            == "a message without a Content-Length header; it was skipped")
        #expect(MessageReader.Failure.tooLarge(2_000_000_000).description.contains("2000000000 bytes"))
        let long = String(repeating: "x", count: 500)
        #expect(MessageReader.Failure.badHeader(long).description.count < 200)
    }
}
