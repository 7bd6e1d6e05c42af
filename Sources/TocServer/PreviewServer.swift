import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// Looks for changed theory files every `interval` and tells the store.
/// Polling notices every way an editor saves (in place, or a new file renamed
/// over the old one), new files and deleted files alike. Once the store has
/// drawn `recycleAfter` diagrams it stops the server so that the process can
/// start afresh (see `PreviewServer.Outcome.recycle`).
struct FolderWatcher: Service {
    let store: PreviewStore
    let interval: Duration
    let recycleAfter: Int?

    struct RecycleRequested: Error {}

    func run() async throws {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            await store.refresh()
            if let recycleAfter, await store.renderCount >= recycleAfter { throw RecycleRequested() }
            try? await Task.sleep(for: interval)
        }
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
        let boundPort = BoundPort()
        let app = Application(
            router: PreviewRouter.make(store: store),
            configuration: .init(address: .hostname(host, port: port), serverName: "toc"),
            services: [FolderWatcher(store: store, interval: interval, recycleAfter: recycleAfter)],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                boundPort.set(port)
                let shown = host.contains(":") ? "[\(host)]" : host
                announce("toc serve: http://\(shown):\(port)/  (Ctrl-C stops)")
            },
            logger: logger)
        do {
            try await app.runService()
            return .stopped
        } catch is FolderWatcher.RecycleRequested {
            return .recycle(port: boundPort.value)
        }
    }
}

/// The port the server bound, once it runs.
final class BoundPort: @unchecked Sendable {
    private let lock = NSLock()
    private var port = 0

    func set(_ value: Int) {
        lock.lock()
        port = value
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return port
    }
}
