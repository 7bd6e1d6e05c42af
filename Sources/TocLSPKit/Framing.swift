import Foundation

/// JSON-RPC messages framed as the Language Server Protocol frames them:
/// `Content-Length: N` headers, an empty line, N bytes of JSON.
public struct MessageReader {
    private var buffer: [UInt8] = []
    private let read: () -> [UInt8]?
    /// The largest message accepted (a theory is at most 64 MB).
    public let limit: Int

    /// Reads from `read`, which gives the next bytes, or nil at the end.
    public init(limit: Int = 80 << 20, read: @escaping () -> [UInt8]?) {
        self.read = read
        self.limit = limit
    }

    /// Why a message could not be read.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// A header without a usable `Content-Length`.
        case badHeader(String)
        /// A message larger than `limit`.
        case tooLarge(Int)

        /// What went wrong, in words, for standard error and the error
        /// response (a header line is quoted shortened, never whole).
        public var description: String {
            switch self {
            case .badHeader(let line) where line == "no Content-Length":
                return "a message without a Content-Length header; it was skipped"
            case .badHeader(let line):
                let shown = line.count > 60 ? String(line.prefix(60)) + "…" : line
                return "a message header that is not 'Content-Length: N' (\"\(shown)\"); it was skipped"
            case .tooLarge(let size):
                return "a message of \(size) bytes, more than toc lsp reads; it was skipped"
            }
        }
    }

    /// The next message's JSON bytes; nil when the input has ended.
    public mutating func next() throws -> [UInt8]? {
        var length: Int?
        while true {
            guard let line = try readLine() else { return nil }
            if line.isEmpty {
                guard let length else { throw Failure.badHeader("no Content-Length") }
                return try readBody(length)
            }
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { throw Failure.badHeader(line) }
            if parts[0].lowercased() == "content-length" {
                guard let value = Int(parts[1]), value >= 0 else { throw Failure.badHeader(line) }
                guard value <= limit else { throw Failure.tooLarge(value) }
                length = value
            }
        }
    }

    private mutating func readLine() throws -> String? {
        while true {
            if let end = buffer.firstIndex(of: 0x0A) {
                var line = Array(buffer[..<end])
                buffer.removeFirst(end + 1)
                if line.last == 0x0D { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard buffer.count < 65536 else { throw Failure.badHeader("a header line longer than 64 KB") }
            guard let more = read(), !more.isEmpty else { return nil }
            buffer += more
        }
    }

    private mutating func readBody(_ length: Int) throws -> [UInt8]? {
        while buffer.count < length {
            guard let more = read(), !more.isEmpty else { return nil }
            buffer += more
        }
        let body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return body
    }
}

/// Frames one message for writing.
public func framed(_ json: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(json.count)\r\n\r\n".utf8) + json
}
