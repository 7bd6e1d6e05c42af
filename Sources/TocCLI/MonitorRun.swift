import Foundation
import TocChecks
import TocModel
import TocMonitor
import TocSyntax

/// A measurements file read and matched to the theories of a run.
struct MeasurementInput {
    /// The measurements of each theory, in the order given.
    var perTheory: [[Observation]]
    /// Problems in the file (bad values, unknown ids), located at CSV line and column.
    var problems: [Diagnostic]
    /// The problems formatted with their CSV lines.
    var report: String

    /// Reads `path` and matches its measurements to `theories`.
    static func read(_ path: String, for theories: [Theory], formatter: HumanFormatter) -> Result<MeasurementInput, InputFiles.Failure> {
        InputFiles.read(path).map { bytes in
            let file = MeasurementFile(path: path, bytes: bytes)
            let (matched, unknown) = Measurements.match(file, theories: theories)
            let problems = Diagnostic.sortedByLocation(file.diagnostics + unknown)
            return MeasurementInput(
                perTheory: matched, problems: problems,
                report: formatter.format(problems, source: SourceFile(path: path, data: bytes)))
        }
    }
}

/// What `indicators`, `status`, `report` and `render --measurements` share:
/// the theories of a run, checked, and the measurements that belong to them.
struct MonitorInput {
    /// The theories that parsed, with their findings and sources.
    var theories: [CheckRun.CheckedSource] = []
    /// The files that did not parse, with their errors.
    var broken: [CheckRun.CheckedSource] = []
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
        paths: [String], measurementsPath: String?, everyRule: Bool, formatter: HumanFormatter,
        output: inout CommandOutput
    ) -> MonitorInput? {
        var input = MonitorInput()
        let (files, failures) = InputFiles.expand(paths)
        guard let rules = RuleConfiguration.load(
            files: files, paths: paths, everyRule: everyRule, formatter: formatter, output: &output) else { return nil }
        for failure in failures { output.stderr += failure.message(formatter.language) + "\n" }
        input.unreadable = failures.count
        let checked = CheckRun.checkAll(files, rules: rules)
        let parts = CheckRun.includedParts(checked, named: paths)
        for (index, item) in checked.enumerated() where !parts.contains(index) {
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
        switch MeasurementInput.read(measurementsPath, for: input.theories.compactMap(\.checked.theory), formatter: formatter) {
        case .failure(let failure):
            output.stderr += failure.message(formatter.language) + "\n"
            input.unreadable += 1
        case .success(let read):
            output.stderr += read.report
            input.problems += read.problems
            input.measurements = read.perTheory
        }
        return input
    }

    /// The statuses of theory `index`, when measurements were given.
    func status(of index: Int) -> [IndicatorStatus]? {
        guard let measurements, let theory = theories[index].checked.theory else { return nil }
        return Status.of(theory, measurements: measurements[index])
    }

    /// 2 when something could not be read, 1 when a theory or measurement had
    /// an error, else 0.
    var status: Int32 {
        if unreadable > 0 { return 2 }
        return problems.contains { $0.severity == .error } ? 1 : 0
    }
}
