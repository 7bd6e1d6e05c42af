/// The few Language Server Protocol (3.17) types `toc lsp` uses, as `Codable`.

/// A place in a document: 0-based line and character, the character counted
/// in the negotiated encoding's code units.
public struct Position: Codable, Equatable, Hashable, Sendable {
    /// 0-based line.
    public var line: Int
    /// 0-based offset in the line, in code units.
    public var character: Int
    /// A position.
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

/// A span of a document.
public struct LSPRange: Codable, Equatable, Hashable, Sendable {
    /// Where it starts.
    public var start: Position
    /// Where it ends (exclusive).
    public var end: Position
    /// A span.
    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }
}

/// A span in a document named by its URI.
public struct Location: Codable, Equatable, Sendable {
    /// The document.
    public var uri: String
    /// The span.
    public var range: LSPRange
    /// A location.
    public init(uri: String, range: LSPRange) {
        self.uri = uri
        self.range = range
    }
}

/// Another place that explains a diagnostic.
public struct RelatedInformation: Codable, Equatable, Sendable {
    /// Where.
    public var location: Location
    /// What is there.
    public var message: String
    /// A related place.
    public init(location: Location, message: String) {
        self.location = location
        self.message = message
    }
}

/// A finding as an editor shows it.
public struct LSPDiagnostic: Codable, Equatable, Sendable {
    /// Where.
    public var range: LSPRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int
    /// The rule id.
    public var code: String
    /// Always `toc`.
    public var source: String
    /// The message, as `toc check` says it.
    public var message: String
    /// Other places it concerns.
    public var relatedInformation: [RelatedInformation]?
    /// A diagnostic.
    public init(range: LSPRange, severity: Int, code: String, message: String, relatedInformation: [RelatedInformation]? = nil) {
        self.range = range
        self.severity = severity
        self.code = code
        self.source = "toc"
        self.message = message
        self.relatedInformation = relatedInformation
    }
}

/// A replacement of a span's text.
public struct TextEdit: Codable, Equatable, Sendable {
    /// The span replaced.
    public var range: LSPRange
    /// The new text.
    public var newText: String
    /// An edit.
    public init(range: LSPRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// An area or node in the outline.
public struct DocumentSymbol: Codable, Equatable, Sendable {
    /// Its id.
    public var name: String
    /// Its label and level.
    public var detail: String?
    /// The LSP symbol kind (namespace 3 for areas, class 5, field 8, ...).
    public var kind: Int
    /// All its lines.
    public var range: LSPRange
    /// Its id.
    public var selectionRange: LSPRange
    /// The nodes of an area.
    public var children: [DocumentSymbol]?
    /// A symbol.
    public init(name: String, detail: String?, kind: Int, range: LSPRange, selectionRange: LSPRange, children: [DocumentSymbol]? = nil) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}

/// One incoming JSON-RPC message: a request (with `id`), a notification
/// (without), or a response to one of ours.
public struct Incoming: Decodable, Sendable {
    /// The request's id (a number or a string).
    public var id: JSONValue?
    /// The method; nil for a response.
    public var method: String?
    /// The params.
    public var params: JSONValue?
}

/// JSON-RPC error codes used here.
public enum ErrorCode {
    /// The JSON could not be parsed.
    public static let parseError = -32700
    /// Not a valid request.
    public static let invalidRequest = -32600
    /// No such method.
    public static let methodNotFound = -32601
    /// Bad params.
    public static let invalidParams = -32602
    /// A request before `initialize`.
    public static let serverNotInitialized = -32002
    /// The request failed (an invalid rename).
    public static let requestFailed = -32803
}
