// One of the two files that know which C library they run on (with
// ChildProcess.swift). Linux (Glibc) is
// built and tested in CI; the Darwin branches keep a macOS build one step
// away (consultants often use Macs).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What `toc` asks of the operating system beyond Foundation.
public enum POSIX {
    /// What `stat` says of a path: its identity, size, time and mode.
    public struct FileFacts: Equatable, Sendable {
        /// The device.
        public var device: UInt64
        /// The inode.
        public var inode: UInt64
        /// The size in bytes.
        public var size: Int
        /// The modification time, in seconds since 1970.
        public var modified: Double
        /// The type and permission bits.
        public var mode: UInt32
        /// The owner's user id.
        public var owner: UInt32 = 0
        /// The group id.
        public var group: UInt32 = 0

        /// What kind of thing the path is.
        public var kind: FileKind { FileKind(mode: mode) }

        /// Whether `other` is the same file, unchanged: same inode, size and time.
        public func isUnchanged(comparedTo other: FileFacts) -> Bool {
            device == other.device && inode == other.inode && size == other.size && modified == other.modified
        }
    }

    /// The kinds of things a path can name.
    public enum FileKind: Sendable, Equatable {
        /// A regular file.
        case regular
        /// A folder.
        case folder
        /// A named pipe (FIFO).
        case fifo
        /// A character device, such as a terminal or `/dev/null`.
        case characterDevice
        /// A block device, such as a disk.
        case blockDevice
        /// A socket.
        case socket
        /// A symbolic link (only from `linkFacts`).
        case symbolicLink
        /// Anything else.
        case other

        init(mode: UInt32) {
            switch mode_t(mode) & S_IFMT {
            case S_IFREG: self = .regular
            case S_IFDIR: self = .folder
            case S_IFIFO: self = .fifo
            case S_IFCHR: self = .characterDevice
            case S_IFBLK: self = .blockDevice
            case S_IFSOCK: self = .socket
            case S_IFLNK: self = .symbolicLink
            default: self = .other
            }
        }
    }

    /// `stat` of a path (following symbolic links), nil when it fails.
    public static func facts(of path: String) -> FileFacts? {
        lookUp(path).value
    }

    /// `stat` of a path (following symbolic links), or the system error
    /// (`ENOENT`, `EACCES`, `ELOOP` for a loop of symbolic links, …).
    public static func lookUp(_ path: String) -> Result<FileFacts, Errno> {
        var info = stat()
        guard stat(WorkingFolder.resolve(path), &info) == 0 else { return .failure(Errno(errno)) }
        return .success(FileFacts(info))
    }

    /// `lstat` of a path: a symbolic link itself, not what it points to.
    public static func linkFacts(of path: String) -> FileFacts? {
        var info = stat()
        guard lstat(WorkingFolder.resolve(path), &info) == 0 else { return nil }
        return FileFacts(info)
    }

    /// A system error number, as a value that can be thrown.
    public struct Errno: Error, Equatable, Sendable {
        /// The number (`ENOENT`, …).
        public var code: Int32

        /// Wraps a number.
        public init(_ code: Int32) {
            self.code = code
        }
    }

    /// Reads a regular file whole, refusing anything else (a FIFO would block,
    /// a device never end): its bytes and facts, or why not. A file larger
    /// than `limit` bytes is not read (`.tooLarge`).
    public static func readFile(_ path: String, limit: Int) -> Result<(bytes: [UInt8], facts: FileFacts), ReadProblem> {
        // O_NONBLOCK: opening a FIFO must not wait for a writer.
        let fd = open(WorkingFolder.resolve(path), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { return .failure(.system(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.system(errno)) }
        let facts = FileFacts(info)
        guard facts.kind == .regular else { return .failure(.notAFile(facts.kind)) }
        guard facts.size <= limit else { return .failure(.tooLarge(facts.size)) }
        // Read straight into an array of the file's size (plus one byte, to
        // see a file that grew); no zero-filled scratch buffer per file.
        var capacity = facts.size + 1
        var bytes: [UInt8] = []
        while true {
            var failure: Int32?
            let start = bytes.count
            let room = capacity - start
            let added = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
                count = 0
                while count < room {
                    let got = read(fd, buffer.baseAddress! + count, room - count)
                    if got < 0 {
                        if errno == EINTR || errno == EAGAIN { continue }
                        failure = errno
                        return
                    }
                    if got == 0 { return }
                    count += got
                }
            }
            if let failure { return .failure(.system(failure)) }
            if bytes.isEmpty { bytes = added } else { bytes += added }
            // A file that grows while it is read is still bounded.
            if bytes.count > limit { return .failure(.tooLarge(bytes.count)) }
            if added.count < room { break }
            capacity = max(capacity * 2, 1 << 16)
        }
        return .success((bytes, facts))
    }

    /// Why `readFile` read nothing.
    public enum ReadProblem: Error, Equatable, Sendable {
        /// A system error (`ENOENT`, `EACCES`, `ELOOP`, `EISDIR`, …).
        case system(Int32)
        /// The path is not a regular file but this.
        case notAFile(FileKind)
        /// The file is larger than the limit (its size, or what was read).
        case tooLarge(Int)
    }

    /// Reads a descriptor (standard input) to its end, or until more than
    /// `limit` bytes have come: the bytes and whether it stopped at the limit.
    public static func readAll(_ fd: Int32, limit: Int) -> (bytes: [UInt8], overLimit: Bool) {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return (bytes, bytes.count > limit)
    }

    /// Where a path leads when its symbolic links are followed (the last
    /// component only, as often as it is a link): the path itself when it
    /// is no link or does not exist, or `ELOOP` after 40 links.
    public static func followLinks(_ path: String) -> Result<String, Errno> {
        var current = path
        for _ in 0..<40 {
            guard let facts = linkFacts(of: current), facts.kind == .symbolicLink else { return .success(current) }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(WorkingFolder.resolve(current), &buffer, buffer.count - 1)
            guard count >= 0 else { return .failure(Errno(errno)) }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else if let slash = current.lastIndex(of: "/") {
                current = String(current[...slash]) + target
            } else {
                current = target
            }
        }
        return .failure(Errno(ELOOP))
    }

    /// The absolute path with every link and `.`/`..` resolved (`realpath`),
    /// or why not (`ENOENT`, `ELOOP`, …).
    public static func realPath(_ path: String) -> Result<String, Errno> {
        guard let resolved = realpath(WorkingFolder.resolve(path), nil) else { return .failure(Errno(errno)) }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }

    /// Ends the process at once with `status` (`exit(3)`).
    public static func terminate(status: Int32) -> Never {
        exit(status)
    }

    /// Raises the soft limit of open files to the hard limit (a server with
    /// many open pages needs more than the usual 1,024).
    public static func raiseOpenFileLimit() {
        var limit = rlimit()
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(resource, &limit)
    }

    /// Whether a process with this id runs (or exists but is not ours).
    public static func processExists(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// This process's id.
    public static var processID: Int32 { getpid() }

    /// `write(2)` of a buffer: bytes written, or -1 with `errno` set.
    public static func write(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Darwin)
        Darwin.write(fd, bytes, count)
        #else
        Glibc.write(fd, bytes, count)
        #endif
    }

    /// Writes all of `bytes` to `fd`, again after an interruption; nil,
    /// or the system error of the write that failed.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// The path of the running executable, for starting it as a helper
    /// (the drawing workers of `toc serve`).
    public static var executablePath: String {
        #if os(Linux)
        "/proc/self/exe"
        #else
        Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
    }

    /// The folder of a shared library this process has loaded whose file
    /// name contains `name` (such as `libgvc.`), if any.
    public static func folderOfLoadedLibrary(named name: String) -> String? {
        #if os(Linux)
        // /proc files report no size, so they are read line by line.
        guard let maps = fopen("/proc/self/maps", "r") else { return nil }
        defer { fclose(maps) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, maps) > 0, let line {
            let text = String(cString: line).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let start = text.firstIndex(of: "/"), text.contains("/" + name) else { continue }
            let path = text[start...]
            guard let slash = path.lastIndex(of: "/") else { continue }
            return String(path[..<slash])
        }
        return nil
        #elseif canImport(Darwin)
        for index in 0..<_dyld_image_count() {
            guard let raw = _dyld_get_image_name(index) else { continue }
            let path = String(cString: raw)
            guard path.contains("/" + name), let slash = path.lastIndex(of: "/") else { continue }
            return String(path[..<slash])
        }
        return nil
        #else
        return nil
        #endif
    }
}

extension POSIX.FileFacts {
    init(_ info: stat) {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        self.init(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
            modified: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9, mode: UInt32(info.st_mode),
            owner: UInt32(info.st_uid), group: UInt32(info.st_gid))
    }
}
