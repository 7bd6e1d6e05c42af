import Foundation
import NIOCore

/// Why the server could not start listening, in words a user can act on.
public enum BindProblem: Equatable, Sendable {
    /// Something else already listens on the port.
    case portInUse
    /// The machine has no such address to listen on.
    case noSuchAddress
    /// Ports below 1024 need privileges.
    case notPermitted
    /// Anything else, as the system describes it.
    case other(String)

    /// The problem behind an error thrown while starting the server.
    public init(_ error: any Error) {
        switch (error as? IOError)?.errnoCode {
        case EADDRINUSE: self = .portInUse
        case EADDRNOTAVAIL: self = .noSuchAddress
        case EACCES, EPERM: self = .notPermitted
        default: self = .other(String(describing: error))
        }
    }
}
