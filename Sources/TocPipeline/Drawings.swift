import Foundation
import TocModel
import TocPlatform
import TocRender
import TocSyntax

/// Where a long-running front end's drawings are made, and in which order:
/// in worker processes (`toc serve`), each drawing with a time limit, or in
/// this process on Graphviz's one serial queue (tests, and where no
/// worker can be started). Either way drawings wait in a `DrawingQueue`
/// that is fair between theories and keeps only the newest draft of a file.
public final class Drawings: Sendable {
    /// What became of a drawing asked for.
    public enum Outcome: Sendable {
        /// Drawn, or the finding why not.
        case drawn(Result<RenderedDiagram, Diagnostic>)
        /// Not drawn: a newer drawing under the same key replaced it while it
        /// waited, or the asking task was cancelled.
        case superseded
    }

    private let queue: DrawingQueue
    private let workers: [DrawingWorker]
    /// Seconds a drawing may take in a worker before it is stopped.
    public let timeLimit: Double?

    /// Drawings in this process, one at a time (no time limit: a layout in
    /// this process cannot be stopped).
    public init() {
        queue = DrawingQueue(slots: 1)
        workers = []
        timeLimit = nil
    }

    /// Drawings in `count` worker processes, each `executable draw-worker`,
    /// started when first needed and afresh after `recycleAfter` drawings;
    /// a drawing that takes longer than `timeLimit` seconds is stopped (its
    /// worker killed) and becomes a finding.
    public init(workerExecutable executable: String, count: Int = Drawings.standardCount,
                timeLimit: Double? = Drawings.standardTimeLimit, recycleAfter: Int = 200) {
        let count = max(1, count)
        queue = DrawingQueue(slots: count)
        workers = (0..<count).map { _ in
            DrawingWorker(executable: executable, arguments: [Drawings.workerCommand], recycleAfter: recycleAfter)
        }
        self.timeLimit = timeLimit
    }

    /// The hidden command that makes `toc` a drawing worker.
    public static let workerCommand = "draw-worker"
    /// Workers by default: the machine's cores, two to four.
    public static let standardCount = min(4, max(2, ProcessInfo.processInfo.activeProcessorCount))
    /// The time limit of a drawing in the page, by default.
    public static let standardTimeLimit = 30.0

    /// Draws a checked theory when its turn comes. `owner` is whose turn it
    /// is (the theory's path); with `coalescing`, a drawing still waiting
    /// under the same key is replaced by this one.
    public func draw(
        _ theory: Theory, findings: [Diagnostic], format: OutputFormat, options: RenderOptions = RenderOptions(),
        owner: String, coalescing key: String? = nil
    ) async -> Outcome {
        guard let slot = await queue.acquire(owner: owner, coalescing: key) else { return .superseded }
        let result: Result<RenderedDiagram, Diagnostic>
        if workers.isEmpty {
            result = await Graphviz.shared.perform {
                Renderer.render(theory, findings: findings, format: format, options: options)
            }
        } else {
            let worker = workers[slot], limit = timeLimit
            result = await withCheckedContinuation { continuation in
                // The worker's pipe is read on a thread of its own, never on
                // one of the few threads that run Swift's tasks.
                DispatchQueue.global().async {
                    let run = WorkerRun(drawingIn: worker, limit: limit)
                    continuation.resume(returning: Renderer.render(theory, findings: findings, format: format, options: options, graphviz: run))
                }
            }
        }
        await queue.release(slot)
        return .drawn(result)
    }

    /// Draws at once in the first worker, waiting on this thread (`toc
    /// render --time-limit`, one file after another; no queue).
    public func drawNow(
        _ theory: Theory, findings: [Diagnostic], format: OutputFormat, options: RenderOptions = RenderOptions(), dpi: Int? = nil
    ) -> Result<RenderedDiagram, Diagnostic> {
        guard let worker = workers.first else {
            return Pipeline.draw(theory, findings: findings, format: format, options: options, dpi: dpi)
        }
        let run = WorkerRun(drawingIn: worker, limit: timeLimit)
        return Renderer.render(theory, findings: findings, format: format, options: options, dpi: dpi, graphviz: run)
    }

    /// The process ids of the workers running now (for tests and `ps`).
    public var workerProcesses: [Int32] { workers.compactMap(\.pid) }

    /// How many worker processes have been started so far.
    public var workersStarted: Int { workers.map(\.started).reduce(0, +) }

    /// Stops every worker process (the server is stopping).
    public func stop() {
        workers.forEach { $0.stop() }
    }

    /// The loop of `toc draw-worker`: Graphviz jobs from standard input,
    /// answers to standard output, until the input closes.
    public static func serveAsWorker() {
        GraphvizWorkerWire.serve()
    }
}
