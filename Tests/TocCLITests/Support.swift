import Foundation
import Testing
import TocCLI
import TocTestSupport

let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The `toc` executable built beside the test bundle.
let tocExecutable: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [beside, beside.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
        let candidate = folder.appendingPathComponent("toc")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    fatalError("toc executable not found beside \(beside.path)")
}()

struct RunResult {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs `toc` for real, in the package root, with extra environment variables.
/// A run that outlives `limit` seconds is stopped and recorded as a failure.
func runToc(
    _ arguments: [String], environment: [String: String] = [:], in folder: URL = packageRoot, input: String? = nil,
    limit: Double = 120
) throws -> RunResult {
    var env = ProcessInfo.processInfo.environment
    for key in ["NO_COLOR", "LC_ALL", "LC_MESSAGES", "LANG"] { env.removeValue(forKey: key) }
    for (key, value) in environment { env[key] = value }
    let result = try Subprocess.run(tocExecutable.path, arguments, environment: env, in: folder, input: input, limit: limit)
    #expect(!result.timedOut, "toc \(arguments.joined(separator: " ")) ran past \(Int(limit)) s and was stopped")
    return RunResult(stdout: result.stdout, stderr: result.stderr, status: result.status)
}

/// Runs a `toc` command line in this process, as `runToc` runs the binary:
/// the same arguments, environment (no `LANG`, `NO_COLOR` unless given),
/// folder and standard input, and the same result. The folder is bound for
/// the run (`WorkingFolder`); the process's working folder, which every
/// other test shares, is never changed, so runs need not take turns.
func toc(
    _ arguments: [String], environment: [String: String] = [:], in folder: URL = packageRoot, input: String? = nil
) throws -> RunResult {
    let console = Console.memory(environment: environment, input: input ?? "")
    let status = TocMain.run(arguments, console: console, folder: folder.path)
    return RunResult(stdout: console.standardOutput, stderr: console.standardError, status: status)
}

/// A fresh temporary folder with the given files.
func temporaryFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-test-\(UUID().uuidString)")
    for (name, text) in files {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// The state letter of a process in /proc (Z: ended, not yet reaped; empty: gone).
func readState(_ pid: Int32) -> String {
    let text = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    return text.split(separator: ")").last?.split(separator: " ").first.map(String.init) ?? ""
}
