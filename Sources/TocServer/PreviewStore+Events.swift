import Foundation

/// The browsers to tell when a theory changes.
extension PreviewStore {
    /// A stream of changed paths, until the caller stops listening.
    public func subscribe() -> (UUID, AsyncStream<String>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(256))
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        return (id, stream)
    }

    /// Stops telling one subscriber.
    public func unsubscribe(_ id: UUID) {
        subscribers.removeValue(forKey: id)?.finish()
    }

    /// Ends every event stream (the server is stopping).
    public func closeSubscribers() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }

    /// Sends every subscriber an empty path, which the event stream writes
    /// as a comment: a stream whose page has gone fails to write and ends,
    /// so its connection and memory are given back.
    public func heartbeat() {
        for continuation in subscribers.values { continuation.yield("") }
    }

    /// How many browsers are listening.
    public var subscriberCount: Int { subscribers.count }

    func announce(_ path: String) {
        for continuation in subscribers.values { continuation.yield(path) }
    }
}
