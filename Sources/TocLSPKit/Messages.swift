/// The LSP messages `toc lsp` reads and the answer to `initialize`, typed
/// (the mirror has no LSP library, so only the fields toc uses).

/// A document named by its URI.
public struct TextDocumentIdentifier: Codable, Sendable {
    /// The document's URI.
    public var uri: String
}

/// `textDocument/didOpen`: the document and its whole text.
public struct DidOpenParams: Decodable, Sendable {
    /// The opened document.
    public struct Document: Decodable, Sendable {
        /// Its URI.
        public var uri: String
        /// Its whole text.
        public var text: String
    }
    /// The opened document.
    public var textDocument: Document
}

/// `textDocument/didChange`, with full text sync: the last change is the text.
public struct DidChangeParams: Decodable, Sendable {
    /// A change; with full sync, the whole new text.
    public struct Change: Decodable, Sendable {
        /// The text.
        public var text: String
    }
    /// The changed document.
    public var textDocument: TextDocumentIdentifier
    /// The changes, in order.
    public var contentChanges: [Change]
}

/// `textDocument/didSave` and `didClose` (`text` only in a save that sends it).
public struct DocumentParams: Decodable, Sendable {
    /// The document.
    public var textDocument: TextDocumentIdentifier
    /// The saved text, when the client sends it.
    public var text: String?
}

/// `initialize`: what of the client `toc lsp` reads.
public struct InitializeParams: Decodable, Sendable {
    /// The client's capabilities: only the position encodings it offers.
    public struct Capabilities: Decodable, Sendable {
        /// General capabilities.
        public struct General: Decodable, Sendable {
            /// `utf-8`, `utf-16`, `utf-32`, in the client's order of preference.
            public var positionEncodings: [String]?
        }
        /// General capabilities.
        public var general: General?
    }
    /// The client's capabilities.
    public var capabilities: Capabilities?
    /// The client's locale, such as `da-DK`.
    public var locale: String?

    /// What a client that says nothing of itself is taken to have said.
    public init(capabilities: Capabilities? = nil, locale: String? = nil) {
        self.capabilities = capabilities
        self.locale = locale
    }
}

/// The answer to `initialize`.
public struct InitializeResult: Encodable, Sendable {
    /// What `toc lsp` offers.
    public struct Capabilities: Encodable, Sendable {
        /// Full text sync, on open, change and save.
        public struct Sync: Encodable, Sendable {
            /// The save notification's options.
            public struct Save: Encodable, Sendable {
                /// Whether the client sends the text with a save: no.
                public var includeText = false
            }
            /// Open and close notifications: yes.
            public var openClose = true
            /// 1: the whole text on every change.
            public var change = 1
            /// Save notifications.
            public var save = Save()
        }
        /// Completion, and the characters that ask for it.
        public struct Completion: Encodable, Sendable {
            /// `>`, `,` and a space (after `->`, in edge lists).
            public var triggerCharacters = [">", ",", " "]
        }
        /// The position encoding agreed on.
        public var positionEncoding: String
        /// How documents are synchronised.
        public var textDocumentSync = Sync()
        /// Formatting, symbols, definition, references, rename, hover, folding, code actions: yes.
        public var documentFormattingProvider = true, documentSymbolProvider = true, definitionProvider = true
        /// References and rename.
        public var referencesProvider = true, renameProvider = true
        /// Hover, folding and code actions.
        public var hoverProvider = true, foldingRangeProvider = true, codeActionProvider = true
        /// Completion.
        public var completionProvider = Completion()
    }
    /// The server's name and version.
    public struct ServerInfo: Encodable, Sendable {
        /// `toc`.
        public var name = "toc"
        /// The protocol version of toc's server.
        public var version = "1"
    }
    /// What `toc lsp` offers.
    public var capabilities: Capabilities
    /// Who answers.
    public var serverInfo = ServerInfo()

    /// The answer for a position encoding.
    public init(positionEncoding: String) {
        capabilities = Capabilities(positionEncoding: positionEncoding)
    }
}

/// A request about one place in a document: definition, references,
/// completion, hover and rename (`newName`), references' `context`.
public struct PositionParams: Decodable, Sendable {
    /// What references include.
    public struct Context: Decodable, Sendable {
        /// Whether the declaration is one of the references (yes unless false).
        public var includeDeclaration: Bool?
    }
    /// The document.
    public var textDocument: TextDocumentIdentifier
    /// The place, in the agreed position encoding.
    public var position: Position
    /// A rename's new id.
    public var newName: String?
    /// A references request's context.
    public var context: Context?
}

/// `textDocument/codeAction`: the range and the findings shown there.
public struct CodeActionParams: Decodable, Sendable {
    /// A finding the client shows, as toc published it.
    public struct Shown: Decodable, Sendable {
        /// The rule id (a string from toc; a client may send a number).
        public var code: JSONValue?
        /// Where it is.
        public var range: LSPRange
    }
    /// The findings the action is asked for.
    public struct Context: Decodable, Sendable {
        /// The findings.
        public var diagnostics: [Shown]
    }
    /// The document.
    public var textDocument: TextDocumentIdentifier
    /// The findings the action is asked for.
    public var context: Context?
}
