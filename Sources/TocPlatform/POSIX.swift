// The one file that knows which C library it runs on. Linux (Glibc) is
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
        /// The permission bits.
        public var mode: UInt32
    }

    /// `stat` of a path (following symbolic links), nil when it fails.
    public static func facts(of path: String) -> FileFacts? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileFacts(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
            modified: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9, mode: UInt32(info.st_mode))
    }

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

    /// The path of the running executable, for starting it afresh.
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
