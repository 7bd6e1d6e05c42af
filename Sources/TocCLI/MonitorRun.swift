import Foundation
import TocPipeline
import TocSyntax

extension MonitorInput {
    /// Reads and checks `paths` and the measurements file (`Pipeline.monitor`);
    /// what the run has to say goes to `output.stderr`, in order. Nil when
    /// `toc.yml` is broken (status 2 is set).
    static func load(
        paths: [String], measurementsPath: String?, pipeline: Pipeline, formatter: HumanFormatter,
        output: inout CommandOutput
    ) -> MonitorInput? {
        let portfolio = pipeline.check(paths: paths)
        guard report(portfolio, formatter: formatter, output: &output) else { return nil }
        let input = pipeline.monitor(portfolio, measurementsPath: measurementsPath)
        for note in input.notes {
            switch note {
            case .unreadable(let failure): output.stderr += failure.message(formatter.language) + "\n"
            case .findings(let findings, let sources): output.stderr += formatter.format(findings, sources: sources)
            case .measurementProblems(let problems, let source): output.stderr += formatter.format(problems, source: source)
            }
        }
        return input
    }
}

/// Says what stops a run before any theory is checked: a broken `toc.yml`
/// (status 2, nothing checked) and paths that could not be read. False
/// when the run cannot go on.
func report(_ portfolio: Portfolio, formatter: HumanFormatter, output: inout CommandOutput) -> Bool {
    guard portfolio.configProblems.isEmpty else {
        output.stderr += formatter.format(portfolio.configProblems, sources: portfolio.configSources)
        output.status = 2
        return false
    }
    for failure in portfolio.failures { output.stderr += failure.message(formatter.language) + "\n" }
    return true
}
