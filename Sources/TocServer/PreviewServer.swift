import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// Looks for changed theory files every `interval` and tells the store.
/// Polling notices every way an editor saves (in place, or a new file renamed
/// over the old one), new files and deleted files alike.
struct FolderWatcher: Service {
    let store: PreviewStore
    let interval: Duration

    func run() async throws {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            await store.refresh()
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

    /// A server for a folder.
    public init(folder: String, host: String = "127.0.0.1", port: Int = 8080) {
        self.folder = folder
        self.host = host
        self.port = port
    }

    /// Reads the folder, prints the address, and serves until Ctrl-C.
    public func run(announce: @escaping @Sendable (String) -> Void) async throws {
        let store = PreviewStore(paths: TheoryPaths(folder: folder))
        await store.refresh()
        var logger = Logger(label: "toc.serve")
        logger.logLevel = .warning
        let host = host
        let app = Application(
            router: PreviewRouter.make(store: store),
            configuration: .init(address: .hostname(host, port: port), serverName: "toc"),
            services: [FolderWatcher(store: store, interval: interval)],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                announce("toc serve: http://\(shown):\(port)/  (Ctrl-C stops)")
            },
            logger: logger)
        try await app.runService()
    }
}
