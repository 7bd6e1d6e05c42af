import Foundation
import TocPipeline
import TocPlatform
import TocSyntax

/// `toc render` without the command-line layer, so tests can run it directly.
public struct RenderRun: Sendable {
    /// Theory files or folders.
    public var paths: [String]
    /// `-o`: a file (one theory) or a folder; `output/` when nil.
    public var destination: String?
    /// The format to write.
    public var format: OutputFormat = .svg
    /// Resolution for PNG.
    public var dpi: Int?
    /// How to draw.
    public var options = RenderOptions()
    /// Whether warnings fail the run.
    public var strict = false
    /// Run the rules that are off by default too (`--all-rules`).
    public var everyRule = false
    /// A CSV file of measurements: each measured node shows its status.
    public var measurementsPath: String?
    /// Whether to colour human output.
    public var colour = false
    /// Seconds a drawing may take: drawn in a worker process, stopped past it.
    public var timeLimit: Double?
    /// Whether to report how long each step took, on stderr.
    public var timings = false
    /// The language of messages.
    public var language = Language.en
    /// What the run reads.
    public var inputs = RunInputs()

    /// A run over some paths.
    public init(paths: [String]) {
        self.paths = paths
    }

    /// Checks and draws every theory; files that do not parse get their
    /// messages and no diagram, and the rest go on.
    public func run() -> CommandOutput {
        var output = CommandOutput()
        let pipeline = Pipeline(everyRule: everyRule, inputs: inputs)
        var portfolio = pipeline.check(paths: paths)
        let (files, failures) = (portfolio.files, portfolio.failures)
        for failure in failures { output.stderr += failure.message(language) + "\n" }
        let plan: OutputPlan
        do {
            plan = try OutputPlan.plan(paths: paths, files: files, destination: destination, format: format)
        } catch {
            output.stderr += error.message.text(language) + "\n"
            output.status = 2
            return output
        }
        let formatter = HumanFormatter(colour: colour, language: language)
        // With a time limit, every drawing runs in one worker process that
        // can be stopped (a layout in this process cannot).
        let worker = timeLimit.map { Drawings(workerExecutable: POSIX.executablePath, count: 1, timeLimit: $0) }
        defer { worker?.stop() }
        portfolio.failures = []  // said above, before the output plan
        guard report(portfolio, formatter: formatter, output: &output) else { return output }
        var all: [Diagnostic] = []
        var unreadable = failures.count
        var written = 0
        let checked = portfolio.checked
        let parts = portfolio.parts
        var statuses: [String: [IndicatorStatus]] = [:]
        if let measurementsPath {
            var theories: [Theory] = []
            for (index, item) in checked.enumerated() where !parts.contains(index) {
                if case .success(let file) = item, let theory = file.checked.theory { theories.append(theory) }
            }
            switch pipeline.measurements(measurementsPath, for: theories) {
            case .failure(let failure):
                output.stderr += failure.message(language) + "\n"
                unreadable += 1
            case .success(let read):
                output.stdout += formatter.format(read.problems, source: read.source)
                all += read.problems
                for (theory, values) in zip(theories, read.perTheory) {
                    statuses[theory.path] = Pipeline.status(of: theory, measurements: values)
                }
            }
        }
        for (index, (item, target)) in zip(checked, plan.targets).enumerated() where !parts.contains(index) {
            guard case .success(let file) = item else {
                if case .failure(let failure) = item { output.stderr += failure.message(language) + "\n" }
                unreadable += 1
                continue
            }
            var diagnostics = file.checked.diagnostics
            if let theory = file.checked.theory {
                if let area = options.area, !theory.areas.contains(where: { $0.id == area }) {
                    let known = theory.areas.map(\.id).joined(separator: ", ")
                    let noArea = LocalizedText(
                        "toc: \(file.source.path) has no area '\(area)'", da: "toc: \(file.source.path) har intet område '\(area)'")
                    let areas = LocalizedText(" (its areas: \(known))", da: " (dens områder: \(known))")
                    output.stderr += (known.isEmpty ? noArea : noArea + areas).text(language) + "\n"
                    unreadable += 1
                    continue
                }
                var options = file.diagram.applied(to: options)
                options.status = statuses[theory.path]
                switch worker?.drawNow(theory, findings: diagnostics, format: format, options: options, dpi: dpi)
                    ?? Pipeline.draw(theory, findings: diagnostics, format: format, options: options, dpi: dpi) {
                case .success(let diagram):
                    diagnostics += diagram.warnings
                    if timings {
                        output.stderr += String(
                            format: "%@: dot text %.2f ms, graphviz %.2f ms\n", file.source.path,
                            diagram.timings.dot * 1000, diagram.timings.graphviz * 1000)
                    }
                    if target == OutputPlan.standardOutput {
                        output.data = diagram.bytes
                        written += 1
                    } else {
                        do {
                            try AtomicWrite.write(diagram.bytes, to: target, protecting: inputs)
                            written += 1
                            output.stdout += LocalizedText("wrote \(target)\n", da: "skrev \(target)\n").text(language)
                        } catch {
                            output.stderr += WriteFailure.message(error, writing: target, language: language)
                            unreadable += 1
                        }
                    }
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                }
            }
            output.stdout += formatter.format(Diagnostic.sortedByLocation(diagnostics), sources: file.sources)
            all += diagnostics
        }
        let tally = Tally(all)
        let count = files.count - parts.count
        let lead = LocalizedText(
            "drew \(written) of \(count) \(count == 1 ? "theory" : "theories")",
            da: "tegnede \(written) af \(count) \(count == 1 ? "teori" : "teorier")").text(language)
        output.stdout += formatter.summary(lead: lead, errors: tally.errors, warnings: tally.warnings, failed: formatter.failedNote(unreadable))
        output.status = tally.status(unreadable: unreadable, strict: strict)
        if plan.targets == [OutputPlan.standardOutput] {
            // Standard output holds the diagram alone.
            output.stderr = output.stdout + output.stderr
            output.stdout = ""
        }
        return output
    }
}
