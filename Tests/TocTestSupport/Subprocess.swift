import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A program the tests start for real, that can never hang the test run.
///
/// Its output goes to files, not pipes, so nothing waits for an end of file
/// that a stray grandchild (a browser, a server) could hold back. It runs in
/// a process group of its own with no descriptor of the test process but its
/// three standard ones, and when its time is up the whole group is stopped:
/// SIGTERM, then SIGKILL two seconds later.
public final class Subprocess: @unchecked Sendable {
    /// What a finished program left behind.
    public struct Result: Sendable {
        /// Everything it wrote on standard output.
        public var stdout: String
        /// Everything it wrote on standard error.
        public var stderr: String
        /// Its exit status, or 128 + the signal that ended it.
        public var status: Int32
        /// Whether it was stopped for running past its time.
        public var timedOut: Bool
    }

    /// Why a program could not be started.
    public struct StartError: Error, CustomStringConvertible {
        /// The program and the system's reason.
        public var description: String
    }

    /// The process id, also the id of its process group.
    public let pid: pid_t
    let folder: URL
    let lock = NSLock()
    var exitStatus: Int32?

    /// Starts `executable` in `directory` with exactly `environment`, and
    /// `input` (if any) as its standard input; standard input is empty otherwise.
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        in directory: URL? = nil, input: String? = nil
    ) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let inputPath = folder.appendingPathComponent("stdin").path
        try Data((input ?? "").utf8).write(to: URL(fileURLWithPath: inputPath))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder.appendingPathComponent("stdout").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, folder.appendingPathComponent("stderr").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = Self.closeFrom?(&actions, 3)
        var command = [executable] + arguments
        if let directory {
            if let changeDirectory = Self.changeDirectory {
                _ = changeDirectory(&actions, directory.path)
            } else {
                command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path] + command
            }
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own (so that the group can be stopped), default
        // signal handling and no blocked signals, whatever the test runner has.
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let argv = command.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let failure = posix_spawnp(&child, command[0], &actions, &attributes, argv, envp)
        guard failure == 0 else {
            throw StartError(description: "\(executable): \(String(cString: strerror(failure)))")
        }
        pid = child
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// What it has written on standard output so far.
    public var stdoutSoFar: String { read("stdout") }

    /// Waits for it to end, stopping its whole process group after `limit` seconds.
    @discardableResult
    public func wait(limit: Double) -> Result {
        let deadline = Date().addingTimeInterval(limit)
        var timedOut = false
        while !hasExited() {
            if Date() >= deadline {
                timedOut = true
                stop()
                break
            }
            usleep(5_000)
        }
        // Whatever else the program started goes with it.
        kill(-pid, SIGKILL)
        return Result(stdout: read("stdout"), stderr: read("stderr"), status: exitStatus ?? -1, timedOut: timedOut)
    }

    /// Stops the whole process group: SIGTERM, then SIGKILL after two seconds.
    public func stop() {
        guard !hasExited() else {
            kill(-pid, SIGKILL)
            return
        }
        kill(-pid, SIGTERM)
        let deadline = Date().addingTimeInterval(2)
        while !hasExited() && Date() < deadline { usleep(5_000) }
        kill(-pid, SIGKILL)
        while !hasExited() { usleep(5_000) }
    }

    /// Polls the child once; records its status when it has ended.
    func hasExited() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if exitStatus != nil { return true }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return false }
        let signal = status & 0x7f
        exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        return true
    }

    func read(_ name: String) -> String {
        let data = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    // glibc has these (2.29, 2.34) but its headers show them to Swift only
    // with _GNU_SOURCE; they are looked up by name instead. Without them a
    // shell changes the folder, and descriptors stay as the runtime left them.
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias ChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    static let closeFrom = symbol("posix_spawn_file_actions_addclosefrom_np").map { unsafeBitCast($0, to: CloseFrom.self) }
    static let changeDirectory = symbol("posix_spawn_file_actions_addchdir_np").map {
        unsafeBitCast($0, to: ChangeDirectory.self)
    }

    static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)
    }

    /// Runs a program to its end (or its time limit) and returns what it left.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        in directory: URL? = nil, input: String? = nil, limit: Double = 120
    ) throws -> Result {
        try Subprocess(executable, arguments, environment: environment, in: directory, input: input).wait(limit: limit)
    }
}
