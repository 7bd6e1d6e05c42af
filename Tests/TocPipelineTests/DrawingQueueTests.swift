import Testing
@testable import TocPipeline

/// The order in which `toc serve` draws (issue #26): fair between theories,
/// only the newest draft of a file, nothing for a request given up.
@Suite(.timeLimit(.minutes(1))) struct DrawingQueueTests {
    /// Records the order in which waiting drawings got their slot.
    actor Order {
        var names: [String] = []
        func add(_ name: String) { names.append(name) }
    }

    /// Waits until `count` drawings wait (conditions, not sleeps).
    static func until(_ queue: DrawingQueue, waiting count: Int) async {
        while await queue.waitingCount < count { await Task.yield() }
    }

    /// Starts a drawing that waits for a slot, records its turn and gives
    /// the slot back at once.
    static func waiter(
        _ queue: DrawingQueue, _ order: Order, _ name: String, owner: String, key: String? = nil
    ) -> Task<Bool, Never> {
        Task {
            guard let slot = await queue.acquire(owner: owner, coalescing: key) else { return false }
            await order.add(name)
            await queue.release(slot)
            return true
        }
    }

    @Test func aSmallTheoryIsNotStuckBehindABigOnesDrawings() async {
        let queue = DrawingQueue(slots: 1), order = Order()
        let held = await queue.acquire(owner: "big", coalescing: nil)!
        var tasks: [Task<Bool, Never>] = []
        for index in 1...3 {
            tasks.append(Self.waiter(queue, order, "big\(index)", owner: "big"))
            await Self.until(queue, waiting: index)
        }
        tasks.append(Self.waiter(queue, order, "small", owner: "small"))
        await Self.until(queue, waiting: 4)
        await queue.release(held)
        for task in tasks { _ = await task.value }
        // The big theory had the last turn: the small one, though last to come, goes first.
        #expect(await order.names == ["small", "big1", "big2", "big3"])
    }

    @Test func turnsAlternateBetweenTheoriesThatBothWait() async {
        let queue = DrawingQueue(slots: 1), order = Order()
        let held = await queue.acquire(owner: "x", coalescing: nil)!
        var tasks: [Task<Bool, Never>] = []
        for (index, (name, owner)) in [("a1", "a"), ("a2", "a"), ("b1", "b"), ("b2", "b")].enumerated() {
            tasks.append(Self.waiter(queue, order, name, owner: owner))
            await Self.until(queue, waiting: index + 1)
        }
        await queue.release(held)
        for task in tasks { _ = await task.value }
        #expect(await order.names == ["a1", "b1", "a2", "b2"])
    }

    @Test func onlyTheNewestDraftOfAFileIsDrawn() async {
        let queue = DrawingQueue(slots: 1), order = Order()
        let held = await queue.acquire(owner: "other", coalescing: nil)!
        let first = Self.waiter(queue, order, "draft1", owner: "t", key: "draft:t")
        await Self.until(queue, waiting: 1)
        let second = Self.waiter(queue, order, "draft2", owner: "t", key: "draft:t")
        // The first draft is given up as soon as the second comes.
        #expect(await first.value == false)
        await Self.until(queue, waiting: 1)
        let otherFile = Self.waiter(queue, order, "u", owner: "u", key: "draft:u")
        await Self.until(queue, waiting: 2)
        await queue.release(held)
        #expect(await second.value == true)
        #expect(await otherFile.value == true)
        #expect(await order.names.sorted() == ["draft2", "u"])
    }

    @Test func aDrawingWhoseRequestIsGivenUpGetsNoSlot() async {
        let queue = DrawingQueue(slots: 1), order = Order()
        let held = await queue.acquire(owner: "big", coalescing: nil)!
        let dropped = Self.waiter(queue, order, "dropped", owner: "t")
        await Self.until(queue, waiting: 1)
        dropped.cancel()
        #expect(await dropped.value == false)
        #expect(await queue.waitingCount == 0)
        await queue.release(held)
        let next = Self.waiter(queue, order, "next", owner: "t")
        #expect(await next.value == true)
        #expect(await order.names == ["next"])
    }
}
