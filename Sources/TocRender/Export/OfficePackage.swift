import Foundation
import ZIPFoundation

/// The ZIP container of Office files (PowerPoint, Word, Excel): parts in
/// order, deflated, every entry dated 2000-01-01 00:00 (ZIPFoundation
/// writes the date as UTC, so the bytes do not depend on the machine's
/// time zone or the day).
public enum OfficePackage {
    /// The parts zipped; nil when ZIPFoundation could not make the archive.
    public static func zip(_ parts: [(path: String, bytes: [UInt8])]) -> [UInt8]? {
        let date = Date(timeIntervalSince1970: 946_684_800)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in parts {
                let data = Data(bytes)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date, permissions: 0o644,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            return archive.data.map(Array.init)
        } catch {
            return nil
        }
    }

    /// The most an Office file may unpack to: a workbook of measurements is
    /// a few megabytes; a ZIP that claims more is refused, not unpacked.
    public static let unpackedLimit: UInt64 = 256 << 20

    /// The parts of an Office file read back: every entry's path and bytes;
    /// nil when `bytes` is not a ZIP archive, or would unpack to more than
    /// `unpackedLimit`.
    public static func unzip(_ bytes: [UInt8]) -> [String: [UInt8]]? {
        do {
            let archive = try Archive(data: Data(bytes), accessMode: .read)
            var parts: [String: [UInt8]] = [:]
            // What the entries claim, and what they really unpack to.
            var claimed: UInt64 = 0, unpacked = 0
            for entry in archive where entry.type == .file {
                claimed += entry.uncompressedSize
                guard claimed <= unpackedLimit else { return nil }
                var data = Data()
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    unpacked += chunk.count
                    guard unpacked <= Int(unpackedLimit) else { throw CocoaError(.fileReadTooLarge) }
                    data.append(chunk)
                }
                parts[entry.path] = Array(data)
            }
            return parts
        } catch {
            return nil
        }
    }
}
