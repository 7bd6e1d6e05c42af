import Foundation
import TocChecks
import TocModel
import TocMonitor
import TocPipeline
import TocSyntax

/// What `indicators`, `status`, `report` and `render --measurements` share:
/// the theories of a run, checked, and the measurements that belong to them.
struct MonitorInput {
    /// The theories that parsed, with their findings and sources.
    var theories: [CheckedSource] = []
    /// The files that did not parse, with their errors.
    var broken: [CheckedSource] = []
    /// Measurements per theory (same order), when a file was given.
    var measurements: [[Observation]]?
    /// Every diagnostic that stops a theory or a measurement from being used.
    var problems: [Diagnostic] = []
    /// Sources to show problem lines from (theories, included files, the CSV).
    var sources: [SourceFile] = []
    /// Paths that could not be read at all.
    var unreadable = 0

    /// Reads and checks `paths` and the measurements file; problems go to
    /// `output.stderr`. Nil when `toc.yml` is broken (status 2 is set).
    static func load(
        paths: [String], measurementsPath: String?, pipeline: Pipeline, formatter: HumanFormatter,
        output: inout CommandOutput
    ) -> MonitorInput? {
        var input = MonitorInput()
        let portfolio = pipeline.check(paths: paths)
        guard report(portfolio, formatter: formatter, output: &output) else { return nil }
        input.unreadable = portfolio.failures.count
        for item in portfolio.theories {
            switch item {
            case .failure(let failure):
                output.stderr += failure.message(formatter.language) + "\n"
                input.unreadable += 1
            case .success(let file):
                guard file.checked.theory != nil else {
                    input.problems += file.checked.diagnostics
                    input.broken.append(file)
                    output.stderr += formatter.format(file.checked.diagnostics, sources: file.sources)
                    continue
                }
                input.theories.append(file)
            }
        }
        guard let measurementsPath else { return input }
        switch pipeline.measurements(measurementsPath, for: input.theories.compactMap(\.checked.theory)) {
        case .failure(let failure):
            output.stderr += failure.message(formatter.language) + "\n"
            input.unreadable += 1
        case .success(let read):
            output.stderr += formatter.format(read.problems, source: read.source)
            input.problems += read.problems
            input.measurements = read.perTheory
        }
        return input
    }

    /// The statuses of theory `index`, when measurements were given.
    func status(of index: Int) -> [IndicatorStatus]? {
        guard let measurements, let theory = theories[index].checked.theory else { return nil }
        return Pipeline.status(of: theory, measurements: measurements[index])
    }

    /// 2 when something could not be read, 1 when a theory or measurement had
    /// an error, else 0.
    var status: Int32 {
        if unreadable > 0 { return 2 }
        return problems.contains { $0.severity == .error } ? 1 : 0
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
