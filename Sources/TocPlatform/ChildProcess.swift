// The second file that knows the C library: starting a helper process with
// pipes to its standard input and output, reading from it with a deadline,
// and stopping it (the drawing workers of `toc serve`).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A process started with pipes to its standard input and output; its
/// standard error goes to /dev/null. Not for use from two threads at once.
public final class ChildProcess: @unchecked Sendable {
    /// Its process id.
    public let pid: pid_t
    private var input: Int32
    private var output: Int32
    private var reaped = false

    /// Why reading from the process ended early.
    public enum ReadEnd: Error, Equatable, Sendable {
        /// The deadline passed.
        case timedOut
        /// The process closed its output (it ended, or crashed).
        case closed
    }

    /// Starts `executable` with `arguments` (without the program's name)
    /// and this process's environment; nil when it cannot be started.
    public init?(executable: String, arguments: [String]) {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard Self.pipeClosingOnExec(&toChild) else { return nil }
        guard Self.pipeClosingOnExec(&fromChild) else {
            closeDescriptor(toChild[0]); closeDescriptor(toChild[1])
            return nil
        }
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the child's own copies.
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Nothing else of this process passes to the child: a server's
        // sockets (its listener, its pages' connections) would stay open in
        // the helper after the server closed them.
        #if canImport(Glibc)
        if let closeFrom = Self.closeFrom { _ = closeFrom(&actions, 3) }
        #endif
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        #if canImport(Darwin)
        var attributes: posix_spawnattr_t?
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_CLOEXEC_DEFAULT))
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        #else
        let status = posix_spawn(&child, executable, &actions, nil, argv, environ)
        #endif
        closeDescriptor(toChild[0])
        closeDescriptor(fromChild[1])
        guard status == 0 else {
            closeDescriptor(toChild[1]); closeDescriptor(fromChild[0])
            return nil
        }
        pid = child
        input = toChild[1]
        output = fromChild[0]
    }

    deinit { stop() }

    /// Writes all of `bytes` to the process's standard input; false when it
    /// has gone.
    public func send(_ bytes: [UInt8]) -> Bool {
        guard input >= 0 else { return false }
        return POSIX.writeAll(input, bytes) == nil
    }

    /// Reads exactly `count` bytes from the process's standard output,
    /// waiting at most until `deadline` (nil: no limit).
    public func receive(_ count: Int, until deadline: ContinuousClock.Instant?) throws(ReadEnd) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            guard output >= 0 else { throw .closed }
            var waiting = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            var timeout: Int32 = -1
            if let deadline {
                let left = deadline - .now
                guard left > .zero else { throw .timedOut }
                timeout = Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
            }
            let ready = poll(&waiting, 1, timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                throw .closed
            }
            if ready == 0 { continue }  // the deadline check above ends the wait
            let got = bytes.withUnsafeMutableBytes { read(output, $0.baseAddress! + done, count - done) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw .closed }
            done += got
        }
        return bytes
    }

    /// Closes its standard input (a well-behaved helper then ends) and
    /// waits for it; after `grace`, or at once with `kill`, it is killed.
    public func stop(kill: Bool = true, grace: Double = 0) {
        if input >= 0 { closeDescriptor(input); input = -1 }
        if output >= 0 { closeDescriptor(output); output = -1 }
        guard !reaped else { return }
        reaped = true
        if !kill {
            let end = Date().addingTimeInterval(grace)
            var status: Int32 = 0
            while Date() < end {
                if waitpid(pid, &status, WNOHANG) == pid { return }
                usleep(10_000)
            }
        }
        _ = sendSignal(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }

    #if canImport(Glibc)
    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later),
    /// which Swift's Glibc module does not declare.
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let closeFrom: CloseFrom? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()
    #endif

    private static func pipeClosingOnExec(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for fd in ends { _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC) }
        return true
    }
}

/// Ignores SIGPIPE for the whole process: a write to a helper that has
/// died then fails with EPIPE instead of ending the process.
public enum BrokenPipes {
    /// Call once before writing to helpers.
    public static func ignore() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Lets Ctrl-C in the terminal pass this process by (a helper ends when
    /// its parent closes its input, not on the terminal's signal).
    public static func ignoreInterrupts() {
        signal(SIGINT, SIG_IGN)
    }
}

private func closeDescriptor(_ fd: Int32) { _ = close(fd) }
private func sendSignal(_ pid: pid_t, _ signal: Int32) -> Int32 { kill(pid, signal) }

extension POSIX {
    /// Reads exactly `count` bytes from `fd`, waiting as long as it takes;
    /// nil when it closes first.
    public static func readExactly(_ fd: Int32, _ count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, count - done) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return nil }
            done += got
        }
        return bytes
    }
}
