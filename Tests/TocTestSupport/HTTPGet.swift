import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.0 GET over a plain socket, with a time limit on every step.
///
/// For tests of `toc serve` through the real binary: unlike URLSession on
/// Linux it cannot hang, and it needs nothing but the socket.
public enum HTTPGet {
    /// A reply: status code and body.
    public struct Reply: Sendable {
        /// The status code, 200 for OK.
        public var status: Int
        /// The body's bytes.
        public var body: Data
    }

    /// Why a request failed.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// A socket connected to 127.0.0.1:`port`, with `limit` seconds on
    /// every send and receive; the caller closes it.
    public static func connect(port: Int, limit: Int = 10) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var timeout = timeval(tv_sec: limit, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "connect to port \(port): \(String(cString: strerror(errno)))")
        }
        return fd
    }

    /// What the request says in its `Host` header.
    public enum Host: Sendable {
        /// `127.0.0.1:PORT`, as a browser at the announced address sends.
        case served
        /// This value (`evil.example`, or empty).
        case custom(String)
        /// No `Host` header at all.
        case none
    }

    /// Fetches `path` from 127.0.0.1:`port`, giving up after `limit` seconds
    /// of silence on connecting, sending or reading.
    public static func fetch(
        port: Int, path: String, headers: [String: String] = [:], host: Host = .served, limit: Int = 10
    ) throws -> Reply {
        let fd = try connect(port: port, limit: limit)
        defer { close(fd) }
        let extra = headers.keys.sorted().map { "\($0): \(headers[$0]!)\r\n" }.joined()
        let hostLine = switch host {
        case .served: "Host: 127.0.0.1:\(port)\r\n"
        case .custom(let value): "Host: \(value)\r\n"
        case .none: ""
        }
        let request = Array("GET \(path) HTTP/1.0\r\n\(hostLine)\(extra)Connection: close\r\n\r\n".utf8)
        guard send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else {
            throw Failure(description: "send: \(String(cString: strerror(errno)))")
        }
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count == 0 { break }
            guard count > 0 else { throw Failure(description: "no answer from port \(port) within \(limit) s") }
            received += buffer[0..<count]
        }
        let separator = Array("\r\n\r\n".utf8)
        guard let end = (0..<max(0, received.count - 3)).first(where: { Array(received[$0..<$0 + 4]) == separator }) else {
            throw Failure(description: "no HTTP header in the answer")
        }
        let statusLine = String(decoding: received[..<end], as: UTF8.self).split(separator: "\r\n").first ?? ""
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure(description: "bad status line: \(statusLine)") }
        return Reply(status: status, body: Data(received[(end + 4)...]))
    }
}
