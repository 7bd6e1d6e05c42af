import TocModel
import TocMonitor
import TocSyntax

/// What `indicators`, `status`, `report` and `render --measurements` start
/// from, as one job of the facade (`Pipeline.monitor`): the theories of a
/// run, checked, and the measurements that belong to them, with what to
/// tell the user about the rest, in the order it happened.
public struct MonitorInput: Sendable {
    /// Something to tell the user, in the order the run met it.
    public enum Note: Sendable {
        /// A path, a theory or the measurements file could not be read.
        case unreadable(InputFiles.Failure)
        /// Findings that stop a theory from being used, shown with its sources.
        case findings([Diagnostic], sources: [SourceFile])
        /// Problems of the measurements file.
        case measurementProblems([Diagnostic], source: SourceFile)
    }

    /// The theories that parsed, with their findings and sources.
    public var theories: [CheckedSource] = []
    /// The files that did not parse, with their errors.
    public var broken: [CheckedSource] = []
    /// Measurements per theory (same order), when a file was given.
    public var measurements: [[Observation]]?
    /// Every diagnostic that stops a theory or a measurement from being used.
    public var problems: [Diagnostic] = []
    /// What to tell the user, in order.
    public var notes: [Note] = []
    /// Paths that could not be read at all.
    public var unreadable = 0

    /// The language the theories are written in (their keywords): Danish
    /// unless more of them are English; nil without any theory. A report is
    /// written in it unless `--lang` chooses.
    public var language: Language? {
        let files = theories + broken
        guard !files.isEmpty else { return nil }
        let english = files.filter { Keyword.language(of: String(decoding: $0.source.bytes, as: UTF8.self)) == .en }.count
        return english * 2 > files.count ? .en : .da
    }

    /// The statuses of theory `index`, when measurements were given.
    public func status(of index: Int) -> [IndicatorStatus]? {
        guard let measurements, let theory = theories[index].checked.theory else { return nil }
        return Pipeline.status(of: theory, measurements: measurements[index])
    }

    /// 2 when something could not be read, 1 when a theory or measurement had
    /// an error, else 0.
    public var status: Int32 {
        if unreadable > 0 { return 2 }
        return problems.contains { $0.severity == .error } ? 1 : 0
    }
}

extension Pipeline {
    /// Reads and checks `paths` (already checked as `portfolio`) and the
    /// measurements file at `measurementsPath`, matched to the theories that parse.
    public func monitor(_ portfolio: Portfolio, measurementsPath: String?) -> MonitorInput {
        var input = MonitorInput()
        input.unreadable = portfolio.failures.count
        for item in portfolio.theories {
            switch item {
            case .failure(let failure):
                input.notes.append(.unreadable(failure))
                input.unreadable += 1
            case .success(let file):
                guard file.checked.theory != nil else {
                    input.problems += file.checked.diagnostics
                    input.broken.append(file)
                    input.notes.append(.findings(file.checked.diagnostics, sources: file.sources))
                    continue
                }
                input.theories.append(file)
            }
        }
        guard let measurementsPath else { return input }
        switch measurements(measurementsPath, for: input.theories.compactMap(\.checked.theory)) {
        case .failure(let failure):
            input.notes.append(.unreadable(failure))
            input.unreadable += 1
        case .success(let read):
            input.notes.append(.measurementProblems(read.problems, source: read.source))
            input.problems += read.problems
            input.measurements = read.perTheory
        }
        return input
    }
}
