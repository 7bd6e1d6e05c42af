import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals

/// Looks for changed theory files every `interval` and tells the store.
/// Polling notices every way an editor saves (in place, or a new file renamed
/// over the old one), new files and deleted files alike. Once the store has
/// drawn `recycleAfter` diagrams it shuts the server down gracefully so that
/// the process can start afresh (see `PreviewServer.Outcome.recycle`).
struct FolderWatcher: Service {
    let store: PreviewStore
    let interval: Duration
    let recycleAfter: Int?
    let control: ServerControl

    func run() async throws {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            await store.refresh()
            if let recycleAfter, await store.renderCount >= recycleAfter {
                await control.recycle()
                try? await gracefulShutdown()
                return
            }
            try? await Task.sleep(for: interval)
        }
    }
}

/// The running server's group, the port it bound and whether a recycle was asked for.
final class ServerControl: @unchecked Sendable {
    private let lock = NSLock()
    private var group: ServiceGroup?
    private var recycling = false
    private var stopping = false
    private var port = 0

    func attach(_ group: ServiceGroup) {
        lock.withLock { self.group = group }
    }

    func recycle() async {
        let group = lock.withLock { () -> ServiceGroup? in
            recycling = true
            return self.group
        }
        await group?.triggerGracefulShutdown()
    }

    /// A recycle was asked for and no Ctrl-C or SIGTERM came meanwhile.
    var recycleRequested: Bool { lock.withLock { recycling && !stopping } }

    /// Remembers that the user asked the server to stop.
    func stopSignalled() {
        lock.withLock { stopping = true }
    }

    var boundPort: Int {
        get { lock.withLock { port } }
        set { lock.withLock { port = newValue } }
    }
}

/// `toc serve`: the live preview for workshops.
public struct PreviewServer: Sendable {
    /// The folder served.
    public var folder: String
    /// Where to listen.
    public var host: String
    /// The port.
    public var port: Int
    /// How often the folder is looked at.
    public var interval: Duration = .milliseconds(100)
    /// After this many diagrams the server stops with `.recycle`, so that the
    /// memory Graphviz leaks on every layout (about 50 KiB for 100 nodes,
    /// measured in docs/performance.md) is given back; nil never recycles.
    public var recycleAfter: Int? = 500

    /// Why `run` returned.
    public enum Outcome: Sendable {
        /// Stopped by Ctrl-C or SIGTERM.
        case stopped
        /// Stopped to be started again in a fresh process, on `port`.
        case recycle(port: Int)
    }

    /// A server for a folder.
    public init(folder: String, host: String = "127.0.0.1", port: Int = 8080) {
        self.folder = folder
        self.host = host
        self.port = port
    }

    /// Reads the folder, prints the address, and serves until Ctrl-C or a recycle.
    public func run(announce: @escaping @Sendable (String) -> Void) async throws -> Outcome {
        let store = PreviewStore(paths: TheoryPaths(folder: folder))
        await store.refresh()
        var logger = Logger(label: "toc.serve")
        logger.logLevel = .critical
        let host = host
        let control = ServerControl()
        let app = Application(
            router: PreviewRouter.make(store: store),
            configuration: .init(address: .hostname(host, port: port), serverName: "toc"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                control.boundPort = port
                let shown = host.contains(":") ? "[\(host)]" : host
                announce("toc serve: http://\(shown):\(port)/  (Ctrl-C stops)")
            },
            logger: logger)
        let watcher = FolderWatcher(store: store, interval: interval, recycleAfter: recycleAfter, control: control)
        let group = ServiceGroup(configuration: .init(
            services: [app, watcher], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        control.attach(group)
        // A stop signal that arrives while a recycle is under way must stop
        // the server, not be lost in the restart.
        let signals = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        let listener = Task {
            for await _ in signals {
                control.stopSignalled()
            }
        }
        defer { listener.cancel() }
        try await group.run()
        return control.recycleRequested ? .recycle(port: control.boundPort) : .stopped
    }
}
