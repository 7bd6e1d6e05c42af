import Foundation
import TocChecks
import TocSyntax

/// The output format of `toc check`.
public enum CheckFormat: String, CaseIterable, Sendable {
    /// `file:line:col: severity: message [rule]` with source lines.
    case human
    /// One JSON object.
    case json
}

/// What a command produced: text for stdout and stderr, and the exit status.
public struct CommandOutput: Sendable, Equatable {
    /// Text for standard output.
    public var stdout = ""
    /// Text for standard error.
    public var stderr = ""
    /// The exit status: 0 clean, 1 findings, 2 misuse or unreadable input.
    public var status: Int32 = 0
}

/// `toc check` without the command-line layer, so tests can run it directly.
public struct CheckRun: Sendable {
    /// The paths to check.
    public var paths: [String]
    /// The output format.
    public var format: CheckFormat = .human
    /// Whether warnings fail the run.
    public var strict = false
    /// Whether to colour human output.
    public var colour = false

    /// Creates a run over some paths.
    public init(paths: [String]) {
        self.paths = paths
    }

    /// Checks every file and formats the result.
    public func run() -> CommandOutput {
        var output = CommandOutput()
        let (files, failures) = InputFiles.expand(paths)
        for failure in failures { output.stderr += failure.message + "\n" }
        let checked = CheckRun.checkAll(files)
        var all: [Diagnostic] = []
        let formatter = HumanFormatter(colour: colour)
        for item in checked {
            switch item {
            case .failure(let failure):
                output.stderr += failure.message + "\n"
            case .success(let (source, diagnostics)):
                all += diagnostics
                if format == .human {
                    for diagnostic in diagnostics { output.stdout += formatter.format(diagnostic, source: source) }
                }
            }
        }
        let readCount = checked.filter { if case .success = $0 { true } else { false } }.count
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count
        switch format {
        case .human: output.stdout += formatter.summary(files: readCount, errors: errors, warnings: warnings)
        case .json: output.stdout += JSONFormatter.format(all, files: readCount)
        }
        let unreadable = failures.count + (checked.count - readCount)
        if unreadable > 0 {
            output.status = 2
        } else if errors > 0 || (strict && warnings > 0) {
            output.status = 1
        }
        return output
    }

    /// Reads and checks files, in parallel, keeping their order.
    static func checkAll(_ files: [String]) -> [Result<(SourceFile, [Diagnostic]), InputFiles.Failure>] {
        let results = ResultSlots<Result<(SourceFile, [Diagnostic]), InputFiles.Failure>>(count: files.count)
        let checker = Checker()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let result = InputFiles.read(files[index]).map { bytes in
                let source = SourceFile(path: files[index], data: bytes)
                return (source, checker.check(source).diagnostics)
            }
            results.set(index, result)
        }
        return results.values
    }
}

/// Fixed slots written from many threads, each slot once.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
