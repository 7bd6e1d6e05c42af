import Foundation
import Hummingbird

/// Who may talk to `toc serve`: only requests whose `Host` names the
/// address served (so a foreign web page cannot read the theories through
/// DNS rebinding), and at most `maxEventStreams` open event streams.
public struct ServerAccess: Sendable {
    /// The address listened on, as given to `--host`.
    public var host: String
    /// The port actually bound (known once listening).
    public var port: @Sendable () -> Int
    /// The most event streams open at once; more are refused with 503.
    public var maxEventStreams: Int

    /// Access for a server on `host`.
    public init(host: String, port: @escaping @Sendable () -> Int, maxEventStreams: Int = 1000) {
        self.host = host
        self.port = port
        self.maxEventStreams = maxEventStreams
    }

    /// Whether a `Host` header (`127.0.0.1:8080`, `[::1]:8080`,
    /// `localhost:8080`) names this server. A missing or empty one does not.
    public func allows(_ header: String?) -> Bool {
        guard let header, !header.isEmpty, let (name, port) = Self.split(header) else { return false }
        guard port == self.port() else { return false }
        let served = Self.bare(host.lowercased())
        if name == served { return true }
        let loopback = ["localhost", "127.0.0.1", "::1"]
        if loopback.contains(name), loopback.contains(served) || served.hasPrefix("127.") || Self.isWildcard(served) {
            return true
        }
        // Listening on every address: any address of this machine, given as
        // an IP literal (DNS rebinding needs a name), or the machine's name.
        if Self.isWildcard(served) {
            return Self.isAddressLiteral(name) || name == Self.machineName || name == Self.machineName + ".local"
        }
        return false
    }

    /// Name (lowercased, brackets and a final dot removed) and port (80 when
    /// not given) of a `Host` header; nil when it is not one.
    static func split(_ header: String) -> (name: String, port: Int)? {
        let text = header.lowercased()
        var name = text, portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            name = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return nil }
                portText = rest.dropFirst()
            }
        } else if let colon = text.lastIndex(of: ":") {
            name = String(text[..<colon])
            portText = text[text.index(after: colon)...]
        }
        if name.hasSuffix(".") { name.removeLast() }
        guard !name.isEmpty, !name.contains("/"), !name.contains("@") else { return nil }
        guard let portText else { return (name, 80) }
        guard let port = Int(portText), (1...65535).contains(port) else { return nil }
        return (name, port)
    }

    static func bare(_ host: String) -> String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    static func isWildcard(_ host: String) -> Bool {
        ["0.0.0.0", "::", ""].contains(host)
    }

    static func isAddressLiteral(_ name: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, name, &v4) == 1 || inet_pton(AF_INET6, name, &v6) == 1
    }

    static let machineName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        return gethostname(&buffer, buffer.count) == 0 ? String(cString: buffer).lowercased() : "localhost"
    }()
}

/// Refuses requests whose `Host` is not the server's own with 421
/// (Misdirected Request) and a line saying which address to use.
struct HostCheck<Context: RequestContext>: RouterMiddleware {
    let access: ServerAccess

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard access.allows(request.head.authority) else {
            let shown = access.host.contains(":") ? "[\(access.host)]" : access.host
            var response = Response(
                status: .misdirectedRequest,
                body: .init(byteBuffer: ByteBuffer(string: "toc serve answers only at http://\(shown):\(access.port())/\n")))
            response.headers[.contentType] = "text/plain; charset=utf-8"
            response.headers[.cacheControl] = "no-store"
            return response
        }
        return try await next(request, context)
    }
}

/// Headers on every answer, errors too: no framing by another page (the
/// editor holds its token), no referrer, no type sniffing.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = Response(status: error.status, body: .init(byteBuffer: ByteBuffer(string: error.body ?? "")))
            response.headers[.contentType] = "text/plain; charset=utf-8"
            for field in error.headers { response.headers.append(field) }
        }
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        if let policy = response.headers[.contentSecurityPolicy], !policy.contains("frame-ancestors") {
            response.headers[.contentSecurityPolicy] = policy + "; frame-ancestors 'none'"
        } else if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = "frame-ancestors 'none'"
        }
        return response
    }
}
