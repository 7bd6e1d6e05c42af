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
    /// Lines and ids of the last few texts, found by their bytes (compared
    /// as bytes: `==` on strings, or a hash, would normalise all of a long text).
    var made: [(text: String, lines: TextLines?, ids: [IdOccurrence]?)] = []

    private func entry(_ text: String) -> Int? {
        if let index = made.firstIndex(where: { Self.sameBytes($0.text, text) }) { return index }
        if made.count >= 8 { made.removeFirst() }
        made.append((text, nil, nil))
        return made.count - 1
    }

    /// Whether two texts are the same bytes (`memcmp` where both are contiguous).
    static func sameBytes(_ one: String, _ other: String) -> Bool {
        guard one.utf8.count == other.utf8.count else { return false }
        let compared = one.utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
        return (compared ?? nil) ?? one.utf8.elementsEqual(other.utf8)
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
            guard let opened = notification(DidOpenParams.self, method, params) else { return }
            documents[opened.textDocument.uri] = opened.textDocument.text
            publishDiagnostics(opened.textDocument.uri)
        case "textDocument/didChange":
            guard let changed = notification(DidChangeParams.self, method, params), let text = changed.contentChanges.last?.text
            else { return }
            documents[changed.textDocument.uri] = text
            publishDiagnostics(changed.textDocument.uri)
        case "textDocument/didSave":
            guard let saved = notification(DocumentParams.self, method, params) else { return }
            if let text = saved.text { documents[saved.textDocument.uri] = text }
            publishDiagnostics(saved.textDocument.uri)
        case "textDocument/didClose":
            guard let closed = notification(DocumentParams.self, method, params) else { return }
            documents[closed.textDocument.uri] = nil
            notify("textDocument/publishDiagnostics", .object(["uri": .string(closed.textDocument.uri), "diagnostics": .array([])]))
        default:
            guard let id = message.id else { return }
            switch answer(method, params) {
            case .success(let result): respond(id, result)
            case .failure(let failure): respondError(id: id, code: failure.code, message: failure.message)
            case nil: respondError(id: id, code: ErrorCode.methodNotFound, message: "toc lsp does not offer \(method)")
            }
        }
    }

    /// Why a request got no result: an LSP error code and words.
    struct Failure: Error {
        var code: Int
        var message: String
    }

    /// A request's params as `T`, or an InvalidParams error saying what it needs.
    func typed<T: Decodable>(_ type: T.Type, _ method: String, _ params: JSONValue) -> Result<T, Failure> {
        do {
            return .success(try params.decode(T.self))
        } catch {
            let needs = T.self == PositionParams.self
                ? "textDocument.uri and a position {line, character} in whole numbers" : "textDocument.uri"
            return .failure(Failure(code: ErrorCode.invalidParams, message: "\(method) needs \(needs)"))
        }
    }

    /// The answer to a request about a document, its params typed; nil for an unknown method.
    func answer(_ method: String, _ params: JSONValue) -> Result<JSONValue, Failure>? {
        switch method {
        case "textDocument/formatting": return typed(DocumentParams.self, method, params).map { formatting($0.textDocument.uri) }
        case "textDocument/documentSymbol": return typed(DocumentParams.self, method, params).map { symbols($0.textDocument.uri) }
        case "textDocument/foldingRange": return typed(DocumentParams.self, method, params).map { foldingRanges($0.textDocument.uri) }
        case "textDocument/definition": return typed(PositionParams.self, method, params).map(definition)
        case "textDocument/references": return typed(PositionParams.self, method, params).map(references)
        case "textDocument/completion": return typed(PositionParams.self, method, params).map(completion)
        case "textDocument/hover": return typed(PositionParams.self, method, params).map(hover)
        case "textDocument/codeAction": return typed(CodeActionParams.self, method, params).map(codeActions)
        case "textDocument/rename":
            return typed(PositionParams.self, method, params).flatMap { at in
                rename(at).mapError { Failure(code: ErrorCode.requestFailed, message: $0.message) }
            }
        default: return nil
        }
    }

    /// A notification's params as `T`; nil, and a line on standard error
    /// (the client's log), when they are not (a notification gets no answer).
    func notification<T: Decodable>(_ type: T.Type, _ method: String, _ params: JSONValue) -> T? {
        do {
            return try params.decode(T.self)
        } catch {
            FileHandle.standardError.write(Data("toc lsp: \(method) without the fields it needs; it was skipped\n".utf8))
            return nil
        }
    }

    func initialize(_ params: JSONValue) -> JSONValue {
        initialized = true
        // A client that says nothing of itself gets UTF-16 positions and the server's language.
        let client = (try? params.decode(InitializeParams.self)) ?? InitializeParams()
        let offered = client.capabilities?.general?.positionEncodings ?? []
        encoding = offered.contains("utf-8") ? .utf8 : .utf16
        if let locale = client.locale?.lowercased() {
            language = locale.hasPrefix("da") ? .da : locale.hasPrefix("en") ? .en : language
        }
        return JSONValue.from(InitializeResult(positionEncoding: encoding.rawValue))
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
