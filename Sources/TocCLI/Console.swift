import Foundation
import TocPipeline
import TocPlatform

/// Where a command's text goes and comes from, and the environment it sees:
/// the process's own streams, or memory, so that tests run commands in
/// their own process. Commands reach it as `Interface.console`.
public final class Console: @unchecked Sendable {
    /// The process's standard streams and environment.
    public static let process = Console(
        environment: ProcessInfo.processInfo.environment, input: nil, isTerminal: isatty(STDOUT_FILENO) == 1)

    /// The environment variables the run sees (`LANG`, `NO_COLOR`).
    public let environment: [String: String]
    /// Whether standard output is a terminal (for `--color auto`).
    public let isTerminal: Bool
    private let captures: Bool
    private let lock = NSLock()
    private var inputBytes: [UInt8]?
    private var outBytes: [UInt8] = []
    private var errBytes: [UInt8] = []
    private var failedWrite: Int32?

    private init(environment: [String: String], input: [UInt8]?, isTerminal: Bool, captures: Bool = false) {
        self.environment = environment
        self.inputBytes = input
        self.isTerminal = isTerminal
        self.captures = captures
    }

    /// A console in memory: `input` is standard input; what is written is
    /// kept for `standardOutput` and `standardError`.
    public static func memory(environment: [String: String] = [:], input: String = "") -> Console {
        Console(environment: environment, input: Array(input.utf8), isTerminal: false, captures: true)
    }

    /// Writes bytes to standard output. A write that fails (a full disk, a
    /// closed pipe) is remembered, never a crash: see `writeFailure`.
    public func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if captures { lock.withLock { outBytes += bytes } } else { put(bytes, to: STDOUT_FILENO) }
    }

    /// The system error of the first write to standard output that failed.
    public var writeFailure: Int32? { lock.withLock { failedWrite } }

    private func put(_ bytes: [UInt8], to fd: Int32) {
        // After a failed write to standard output, nothing more is sent there.
        if fd == STDOUT_FILENO, lock.withLock({ failedWrite != nil }) { return }
        if let code = POSIX.writeAll(fd, bytes), fd == STDOUT_FILENO { lock.withLock { failedWrite = code } }
    }

    /// Writes text to standard output.
    public func write(_ text: String) { write(Array(text.utf8)) }

    /// Writes text to standard error.
    public func writeError(_ text: String) {
        guard !text.isEmpty else { return }
        if captures { lock.withLock { errBytes += Array(text.utf8) } } else { put(Array(text.utf8), to: STDERR_FILENO) }
    }

    /// The most bytes a file or standard input may have (`TOC_MAX_INPUT_MB`).
    public var inputLimit: Int { InputLimit.bytes(environment: environment) }

    /// Standard input, read once: to its end, or to one byte past `limit`.
    public func readInput(limit: Int) -> [UInt8] {
        lock.withLock {
            if let inputBytes { return Array(inputBytes.prefix(limit + 1)) }
            let bytes = POSIX.readAll(STDIN_FILENO, limit: limit).bytes
            inputBytes = bytes
            return bytes
        }
    }

    /// What the run's files read from outside go through: standard input from here.
    func runInputs() -> RunInputs {
        RunInputs(limit: inputLimit, standardInput: { [self] in readInput(limit: $0) })
    }

    /// What was written to standard output (memory consoles).
    public var standardOutput: String { lock.withLock { String(decoding: outBytes, as: UTF8.self) } }
    /// What was written to standard error (memory consoles).
    public var standardError: String { lock.withLock { String(decoding: errBytes, as: UTF8.self) } }
}
