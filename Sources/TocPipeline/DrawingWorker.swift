import Foundation
import TocPlatform
import TocRender

/// One drawing worker: `toc draw-worker`, started when first needed, given
/// Graphviz jobs over a pipe (`GraphvizWorkerWire`). It is stopped and
/// started afresh after `recycleAfter` drawings (Graphviz leaks a little on
/// every layout, and the leak stays in the worker), when a drawing passes
/// its time limit, and when it dies. Used by one drawing at a time.
final class DrawingWorker: @unchecked Sendable {
    private let executable: String
    private let arguments: [String]
    private let recycleAfter: Int
    private let lock = NSLock()
    private var process: ChildProcess?
    private var drawings = 0
    private var starts = 0
    /// How many worker processes this slot has started.
    var started: Int { lock.withLock { starts } }

    init(executable: String, arguments: [String], recycleAfter: Int) {
        self.executable = executable
        self.arguments = arguments
        self.recycleAfter = max(1, recycleAfter)
    }

    deinit { process?.stop() }

    /// Counts a drawing, and starts the process afresh when it has drawn
    /// its share.
    func beginDrawing() {
        lock.withLock {
            drawings += 1
            if drawings > recycleAfter, let old = process {
                old.stop(kill: false, grace: 1)
                process = nil
                drawings = 1
            }
        }
    }

    /// The process id of the running worker, if one runs.
    var pid: Int32? { lock.withLock { process?.pid } }

    /// Stops the worker process.
    func stop() {
        lock.withLock {
            process?.stop(kill: false, grace: 0.5)
            process = nil
        }
    }

    /// Runs a job in the worker process, waiting until `deadline` at most.
    /// A worker that died while it waited (killed, out of memory) is
    /// started afresh and given the job once more.
    func run(_ job: GraphvizJob, until deadline: ContinuousClock.Instant?, limit: Double?) throws -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        let frame: [UInt8]
        do { frame = GraphvizWorkerWire.frame(Array(try JSONEncoder().encode(job))) } catch {
            throw GraphvizError(message: "the drawing could not be handed to the helper", dotLine: nil)
        }
        let waited = process != nil
        do {
            return try attempt(frame, until: deadline, limit: limit)
        } catch let error as GraphvizError where waited && error == Self.died {
            return try attempt(frame, until: deadline, limit: limit)
        }
    }

    private static let died = GraphvizError(message: "Graphviz stopped while drawing this diagram", dotLine: nil)

    private func attempt(_ frame: [UInt8], until deadline: ContinuousClock.Instant?, limit: Double?) throws -> [UInt8] {
        guard let worker = process ?? start() else {
            throw GraphvizError(message: "the drawing helper (\(executable) draw-worker) could not be started", dotLine: nil)
        }
        guard worker.send(frame) else { throw died(worker) }
        do {
            let head = try worker.receive(5, until: deadline)
            let count = GraphvizWorkerWire.length(Array(head[1...]))
            guard count <= GraphvizWorkerWire.largestFrame else { throw died(worker) }
            let payload = try worker.receive(count, until: deadline)
            if head[0] == 0 { return payload }
            let error = try? JSONDecoder().decode(GraphvizError.self, from: Data(payload))  // its words, or the general ones
            throw error ?? GraphvizError(message: "Graphviz could not draw the diagram", dotLine: nil)
        } catch ChildProcess.ReadEnd.timedOut {
            worker.stop(kill: true)
            process = nil
            throw DrawingTimeLimit(seconds: limit ?? 0)
        } catch ChildProcess.ReadEnd.closed {
            throw died(worker)
        }
    }

    private func start() -> ChildProcess? {
        BrokenPipes.ignore()
        process = ChildProcess(executable: executable, arguments: arguments)
        if process != nil { starts += 1 }
        return process
    }

    private func died(_ worker: ChildProcess) -> GraphvizError {
        worker.stop(kill: true)
        process = nil
        return Self.died
    }
}

/// A worker bound to one drawing's deadline, as `Renderer` calls Graphviz.
struct WorkerRun: GraphvizRunning {
    let worker: DrawingWorker
    let deadline: ContinuousClock.Instant?
    let limit: Double?

    /// One more drawing in `worker`, which must end within `limit` seconds from now.
    init(drawingIn worker: DrawingWorker, limit: Double?) {
        worker.beginDrawing()
        self.worker = worker
        self.limit = limit
        deadline = limit.map { .now + .milliseconds(Int($0 * 1000)) }
    }

    func run(_ job: GraphvizJob) throws -> [UInt8] {
        try worker.run(job, until: deadline, limit: limit)
    }
}
