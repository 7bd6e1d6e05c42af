import Benchmark
import TocChecks
import TocModel
import TocSyntax

/// Parse, build and check one generated theory per size, in process, with
/// every rule at its default level (the only finding is the warning that
/// the diagram is large).
/// Time per node at 100k nodes should stay within 1.5x that at 1k nodes.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(10),
        maxIterations: 50)
    for size in [1_000, 10_000, 100_000] {
        let text = Generator.theory(nodes: size)
        let bytes = Array(text.utf8)
        Benchmark("parse+check \(size) nodes (\(bytes.count / 1024) KiB)") { benchmark in
            for _ in benchmark.scaledIterations {
                let source = SourceFile(path: "generated.ft", data: bytes)
                let checked = Checker().check(source)
                precondition(checked.theory != nil && checked.diagnostics.allSatisfy { $0.rule == .oversizedDiagram },
                             "generated theory should be clean")
                blackHole(checked)
            }
        }
    }
}
