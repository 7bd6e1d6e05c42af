import Foundation
import Hummingbird

/// Who may change files through `toc serve`. A page that can write files
/// is a target: any web site open in the same browser can send requests to
/// 127.0.0.1. So a write (`PUT`, `POST`) needs the run's secret token in
/// `X-Toc-Token` and an `Origin` equal to the page's own address; the Host
/// check (`HostCheck`) has already refused foreign names. `--read-only`
/// refuses every write.
public struct WriteAccess: Sendable {
    /// The header that carries the token.
    public static let header = "X-Toc-Token"

    /// The run's token: 32 hex digits from the system's random source.
    public let token: String
    /// Whether every write is refused.
    public let readOnly: Bool

    /// Access with a given token (tests, and a restarted server keeping its
    /// predecessor's), or a new random one.
    public init(token: String? = nil, readOnly: Bool = false) {
        var generator = SystemRandomNumberGenerator()
        self.token = token ?? (0..<2).map { _ in
            let value = generator.next() as UInt64
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
        self.readOnly = readOnly
    }

    /// Why a write request is refused, or nil when it may go on. Compared
    /// in constant time, so the token cannot be guessed digit by digit.
    func refusal(token given: String?, origin: String?, authority: String?) -> String? {
        if readOnly { return "toc serve runs with --read-only: nothing can be written\n" }
        guard let given, Self.same(given, token) else {
            return "this needs the token from the address toc serve printed (header \(Self.header))\n"
        }
        guard let origin, let authority, origin.lowercased() == "http://" + authority.lowercased() else {
            return "writes are accepted only from toc's own page (Origin)\n"
        }
        return nil
    }

    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = x.count ^ y.count
        for index in 0..<min(x.count, y.count) { difference |= Int(x[index] ^ y[index]) }
        return difference == 0
    }
}

/// A file's version for `ETag` and `If-Match`: a 64-bit FNV-1a hash of its
/// bytes and their count, quoted as HTTP wants.
public enum EntityTag {
    /// The tag of these bytes.
    public static func of(_ bytes: [UInt8]) -> String {
        let hex = String(fnv1a(bytes), radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "-\(bytes.count)\""
    }

    /// The 64-bit FNV-1a hash of some bytes (also names kept tokens' files).
    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// Whether an `If-Match` header names `tag` (a list, or `*`).
    static func matches(_ header: String, _ tag: String) -> Bool {
        header.split(separator: ",").contains { part in
            let item = part.trimmingCharacters(in: .whitespaces)
            return item == "*" || item == tag || item == "W/" + tag
        }
    }
}

extension Response {
    /// A plain-text answer with a status.
    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        var response = Response(status: status, body: .init(byteBuffer: ByteBuffer(string: text)))
        response.headers[.contentType] = "text/plain; charset=utf-8"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
