import Foundation
import TocLSPKit
import TocPipeline
import TocSyntax

/// `toc lsp`: the Language Server Protocol over standard input and output,
/// on the same pipeline as the command line and the page. One message at a
/// time, in order; documents are kept whole (full text sync).
public final class LanguageServer {
    var documents: [String: String] = [:] {
        didSet { lastChecked = lastChecked.filter { documents[$0.key] != nil } }
    }
    var lastChecked: [String: (text: String, file: CheckedSource)] = [:]
    /// Lines and ids of recent texts, found by the text's own storage (a
    /// pointer, not a hash: hashing a long text normalises all of it). Each
    /// entry keeps its text, so the storage cannot be reused meanwhile.
    var made: [(text: String, address: UnsafeRawPointer, lines: TextLines?, ids: [IdOccurrence]?)] = []

    private func entry(_ text: String) -> Int? {
        guard let address = text.utf8.withContiguousStorageIfAvailable({ UnsafeRawPointer($0.baseAddress) }) ?? nil else { return nil }
        if let index = made.firstIndex(where: { $0.address == address && $0.text.utf8.count == text.utf8.count }) { return index }
        if made.count >= 8 { made.removeFirst() }
        made.append((text, address, nil, nil))
        return made.count - 1
    }

    /// The lines of a text, made once.
    func textLines(_ text: String) -> TextLines {
        guard let index = entry(text) else { return TextLines(text, encoding: encoding) }
        if let known = made[index].lines, known.encoding == encoding { return known }
        let lines = TextLines(text, encoding: encoding)
        made[index].lines = lines
        return lines
    }

    /// The ids of a text, found once.
    func occurrences(in text: String) -> [IdOccurrence] {
        guard let index = entry(text) else { return IdOccurrences.scan(text) }
        if let known = made[index].ids { return known }
        let ids = IdOccurrences.scan(text)
        made[index].ids = ids
        return ids
    }

    var encoding = PositionEncoding.utf16
    var language: Language
    var initialized = false
    var shutdownRequested = false
    private let send: ([UInt8]) -> Void

    /// A server that writes framed messages through `send`; messages are
    /// in `language` unless the client's locale says otherwise.
    public init(language: Language, send: @escaping ([UInt8]) -> Void) {
        self.language = language
        self.send = send
    }

    /// Reads messages until the input ends or `exit` comes; returns the
    /// exit status (0 after `shutdown`, else 1, as the protocol asks).
    public func run(reader: inout MessageReader) -> Int32 {
        while true {
            let body: [UInt8]?
            do {
                body = try reader.next()
            } catch {
                // In words, on standard error too (the client's log), and on.
                FileHandle.standardError.write(Data("toc lsp: \(error)\n".utf8))
                respondError(id: .null, code: ErrorCode.parseError, message: "\(error)")
                continue
            }
            guard let body else { return shutdownRequested ? 0 : 1 }
            // Why it is not JSON-RPC is Swift's debug text, not for the user: the words below say it.
            guard let message = try? JSONDecoder().decode(Incoming.self, from: Data(body)) else {
                respondError(id: .null, code: ErrorCode.parseError, message: "the message is not JSON-RPC")
                continue
            }
            if message.method == "exit" { return shutdownRequested ? 0 : 1 }
            handle(message)
        }
    }

    func handle(_ message: Incoming) {
        guard let method = message.method else { return }  // a response to us: none expected
        let params = message.params ?? .null
        guard initialized || method == "initialize" else {
            if let id = message.id { respondError(id: id, code: ErrorCode.serverNotInitialized, message: "initialize first") }
            return
        }
        switch method {
        case "initialize": respond(message.id, initialize(params))
        case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration": break
        case "shutdown":
            shutdownRequested = true
            respond(message.id, .null)
        case "textDocument/didOpen":
            guard let uri = params["textDocument"]?["uri"]?.string, let text = params["textDocument"]?["text"]?.string else { return }
            documents[uri] = text
            publishDiagnostics(uri)
        case "textDocument/didChange":
            guard let uri = params["textDocument"]?["uri"]?.string,
                  let text = params["contentChanges"]?.array?.last?["text"]?.string else { return }
            documents[uri] = text
            publishDiagnostics(uri)
        case "textDocument/didSave":
            guard let uri = params["textDocument"]?["uri"]?.string else { return }
            if let text = params["text"]?.string { documents[uri] = text }
            publishDiagnostics(uri)
        case "textDocument/didClose":
            guard let uri = params["textDocument"]?["uri"]?.string else { return }
            documents[uri] = nil
            notify("textDocument/publishDiagnostics", .object(["uri": .string(uri), "diagnostics": .array([])]))
        default:
            guard let id = message.id else { return }
            if Self.askAtAPosition.contains(method), params.position == nil || params["textDocument"]?["uri"]?.string == nil {
                respondError(id: id, code: ErrorCode.invalidParams,
                             message: "\(method) needs textDocument.uri and a position {line, character} in whole numbers")
                return
            }
            if method == "textDocument/rename" {
                switch rename(params) {
                case .success(let edit): respond(id, edit)
                case .failure(let why): respondError(id: id, code: ErrorCode.requestFailed, message: why.message)
                }
            } else if let result = answer(method, params) {
                respond(id, result)
            } else {
                respondError(id: id, code: ErrorCode.methodNotFound, message: "toc lsp does not offer \(method)")
            }
        }
    }

    /// The requests about one position in a document.
    static let askAtAPosition: Set<String> = [
        "textDocument/definition", "textDocument/references", "textDocument/completion", "textDocument/hover",
        "textDocument/rename",
    ]

    /// The answer to a request about a document, or nil for an unknown method.
    func answer(_ method: String, _ params: JSONValue) -> JSONValue? {
        let uri = params["textDocument"]?["uri"]?.string ?? ""
        switch method {
        case "textDocument/formatting": return formatting(uri)
        case "textDocument/documentSymbol": return symbols(uri)
        case "textDocument/definition": return definition(params)
        case "textDocument/references": return references(params)
        case "textDocument/completion": return completion(params)
        case "textDocument/hover": return hover(params)
        case "textDocument/foldingRange": return foldingRanges(uri)
        case "textDocument/codeAction": return codeActions(params)
        default: return nil
        }
    }

    func initialize(_ params: JSONValue) -> JSONValue {
        initialized = true
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
        encoding = offered.contains("utf-8") ? .utf8 : .utf16
        if let locale = params["locale"]?.string?.lowercased() {
            language = locale.hasPrefix("da") ? .da : locale.hasPrefix("en") ? .en : language
        }
        return .object([
            "capabilities": .object([
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": .object([
                    "openClose": .bool(true), "change": .number(1), "save": .object(["includeText": .bool(false)]),
                ]),
                "documentFormattingProvider": .bool(true),
                "documentSymbolProvider": .bool(true),
                "definitionProvider": .bool(true),
                "referencesProvider": .bool(true),
                "renameProvider": .bool(true),
                "hoverProvider": .bool(true),
                "foldingRangeProvider": .bool(true),
                "codeActionProvider": .bool(true),
                "completionProvider": .object(["triggerCharacters": .array([.string(">"), .string(","), .string(" ")])]),
            ]),
            "serverInfo": .object(["name": .string("toc"), "version": .string("1")]),
        ])
    }

    // MARK: Writing

    func respond(_ id: JSONValue?, _ result: JSONValue) {
        write(.object(["jsonrpc": .string("2.0"), "id": id ?? .null, "result": result]))
    }

    func respondError(id: JSONValue, code: Int, message: String) {
        write(.object([
            "jsonrpc": .string("2.0"), "id": id,
            "error": .object(["code": .number(Double(code)), "message": .string(message)]),
        ]))
    }

    func notify(_ method: String, _ params: JSONValue) {
        write(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params]))
    }

    private func write(_ value: JSONValue) {
        send(framed(value.serialized))
    }
}
