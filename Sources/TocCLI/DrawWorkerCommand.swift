import ArgumentParser
import TocPipeline

/// `toc draw-worker` (hidden): a drawing worker of `toc serve`, which runs
/// Graphviz for its parent over standard input and output, so that a slow
/// or crashing layout never holds the server (see `Drawings`).
public struct DrawWorkerCommand: ParsableCommand {
    /// Name, hidden from help.
    public static let configuration = CommandConfiguration(
        commandName: Drawings.workerCommand, abstract: "Draw for toc serve (started by it).", shouldDisplay: false)

    /// Creates the command.
    public init() {}

    /// Draws until the parent closes standard input.
    public func run() {
        Drawings.serveAsWorker()
    }
}
