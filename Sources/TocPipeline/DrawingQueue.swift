/// Who draws next: a queue of drawings waiting for one of a few slots
/// (worker processes, or this process's Graphviz), fair between owners.
///
/// A free slot goes to the waiting drawing whose owner (a theory) was
/// served least recently, the earliest of its drawings first: a big theory
/// drafted without a pause takes every other turn at most, and a small
/// theory's drawing waits for at most one of its turns. A drawing with a
/// `coalescing` key replaces one still waiting under the same key (the
/// page's drafts of one file: only the newest is worth drawing); the
/// replaced one, and one whose task is cancelled (its connection closed),
/// is given no slot.
actor DrawingQueue {
    private struct Waiter {
        var id: UInt64
        var owner: String
        var key: String?
        var continuation: CheckedContinuation<Int?, Never>
    }

    private var free: [Int]
    private var waiting: [Waiter] = []
    private var lastServed: [String: UInt64] = [:]
    private var turns: UInt64 = 0
    private var nextID: UInt64 = 0

    /// A queue over `slots` slots, numbered from 0.
    init(slots: Int) {
        free = Array((0..<max(1, slots)).reversed())
    }

    /// Waits for a slot; nil when the drawing was replaced by a newer one
    /// under its key, or its task was cancelled. Give the slot back with
    /// `release`.
    func acquire(owner: String, coalescing key: String?) async -> Int? {
        nextID += 1
        let id = nextID
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                guard !Task.isCancelled else { return continuation.resume(returning: nil) }
                if let key {
                    for replaced in waiting where replaced.key == key { replaced.continuation.resume(returning: nil) }
                    waiting.removeAll { $0.key == key }
                }
                waiting.append(Waiter(id: id, owner: owner, key: key, continuation: continuation))
                dispatch()
            }
        } onCancel: {
            Task { await self.cancel(id) }
        }
    }

    /// Gives a slot back.
    func release(_ slot: Int) {
        free.append(slot)
        dispatch()
    }

    /// How many drawings wait.
    var waitingCount: Int { waiting.count }

    private func cancel(_ id: UInt64) {
        guard let index = waiting.firstIndex(where: { $0.id == id }) else { return }
        waiting.remove(at: index).continuation.resume(returning: nil)
    }

    private func dispatch() {
        while !free.isEmpty, !waiting.isEmpty {
            let next = waiting.indices.min { a, b in
                (lastServed[waiting[a].owner] ?? 0, a) < (lastServed[waiting[b].owner] ?? 0, b)
            }!
            let waiter = waiting.remove(at: next)
            turns += 1
            lastServed[waiter.owner] = turns
            waiter.continuation.resume(returning: free.removeLast())
        }
    }
}
