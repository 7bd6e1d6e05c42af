import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import TocPipeline
import UnixSignals

/// Looks for changed theory files every `interval` and tells the store.
/// Polling notices every way an editor saves (in place, or a new file renamed
/// over the old one), new files and deleted files alike. The first look
/// reads the whole folder while the server already answers.
struct FolderWatcher: Service {
    let store: PreviewStore
    let interval: Duration

    /// How often open event streams get a heartbeat (closed pages are noticed).
    static let heartbeat: Duration = .seconds(2)

    func run() async throws {
        var lastBeat = ContinuousClock.now
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            await store.refresh()
            if ContinuousClock.now - lastBeat >= Self.heartbeat {
                await store.heartbeat()
                lastBeat = .now
            }
            // A sleep ends early only when the server stops; the loop then ends too.
            try? await Task.sleep(for: interval)
        }
    }
}

/// The running server's port, and whether it was asked to stop.
final class ServerControl: @unchecked Sendable {
    private let lock = NSLock()
    private var stopping = false
    private var port = 0

    /// Remembers that the user asked the server to stop. A second signal,
    /// or a shutdown that has not ended `grace` later (a connection that
    /// will not close), stops the process at once: SIGTERM always stops it.
    func stopSignalled(grace: Duration, force: @escaping @Sendable () -> Void) {
        let again = lock.withLock { () -> Bool in
            defer { stopping = true }
            return stopping
        }
        if again { force() }
        let seconds = Double(grace.components.seconds) + Double(grace.components.attoseconds) / 1e18
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            if !lock.withLock({ finished }) { force() }
        }
    }

    private var finished = false

    /// The server has shut down by itself.
    func markFinished() {
        lock.withLock { finished = true }
    }

    var boundPort: Int {
        get { lock.withLock { port } }
        set { lock.withLock { port = newValue } }
    }
}

/// `toc serve`: the live preview for workshops.
public struct PreviewServer: Sendable {
    /// The start message: the address to open (with the token, which the
    /// page keeps for its writes) and, beyond this machine, who can write.
    static func announcement(address: String, host: String, write: WriteAccess) -> String {
        if write.readOnly { return "toc serve: \(address)  (read-only; Ctrl-C stops)" }
        var lines = "toc serve: \(address)?token=\(write.token)  (Ctrl-C stops)"
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host) || host.hasPrefix("127.")
        if !loopback {
            lines += "\ntoc serve: listening beyond this machine: anyone on the network can read the theories, "
                + "and anyone given the address with its token can change them (--read-only prevents that)"
        }
        return lines
    }

    /// The folder served.
    public var folder: String
    /// Where to listen.
    public var host: String
    /// The port.
    public var port: Int
    /// How often the folder is looked at.
    public var interval: Duration = .milliseconds(100)
    /// Where diagrams are drawn: by default in this process; `toc serve`
    /// draws in worker processes, each started afresh after some drawings
    /// to give back the memory Graphviz leaks (about 50 KiB a layout of 100
    /// nodes, docs/performance.md), so the server itself never restarts.
    public var drawings = Drawings()
    /// How long a connection may stay open without sending a request.
    public var idleTimeout: Duration = .seconds(30)
    /// The most event streams (open pages) at once.
    public var maxEventStreams = 1000
    /// Who may change files through the page (`--read-only`, the token).
    public var write = WriteAccess()
    /// How long a stop may wait for connections to close before the
    /// process is stopped anyway.
    public var shutdownGrace: Duration = .seconds(3)

    /// A server for a folder.
    public init(folder: String, host: String = "127.0.0.1", port: Int = 8080) {
        self.folder = folder
        self.host = host
        self.port = port
    }

    /// Lists the folder, prints the address, and serves until Ctrl-C; the
    /// theories are read and drawn while it already answers. When
    /// connections keep the shutdown from ending within `shutdownGrace`,
    /// `force` is called; it must not return to the server.
    public func run(announce: @escaping @Sendable (String) -> Void, force: @escaping @Sendable () -> Void) async throws {
        let store = PreviewStore(paths: TheoryPaths(folder: folder), drawings: drawings)
        await store.list()
        defer { drawings.stop() }
        var logger = Logger(label: "toc.serve")
        logger.logLevel = .critical
        let host = host
        let write = write
        let control = ServerControl()
        let access = ServerAccess(host: host, port: { control.boundPort }, maxEventStreams: maxEventStreams)
        let idle = TimeAmount.nanoseconds(Int64(idleTimeout.components.seconds) * 1_000_000_000
            + Int64(idleTimeout.components.attoseconds / 1_000_000_000))
        let app = Application(
            router: PreviewRouter.make(store: store, access: access, write: write, dropsClosedDrafts: true),
            server: .http1(configuration: .init(idleTimeout: idle)),
            configuration: .init(address: .hostname(host, port: port), serverName: "toc"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                control.boundPort = port
                let shown = host.contains(":") ? "[\(host)]" : host
                announce(Self.announcement(address: "http://\(shown):\(port)/", host: host, write: write))
            },
            logger: logger)
        let watcher = FolderWatcher(store: store, interval: interval)
        let group = ServiceGroup(configuration: .init(
            services: [app, watcher], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        let signals = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        let listener = Task {
            for await _ in signals {
                control.stopSignalled(grace: shutdownGrace, force: force)
            }
        }
        defer { listener.cancel() }
        try await group.run()
        control.markFinished()
    }
}
