/// The text of one theory file, decoded and split into lines.
///
/// The bytes are kept as UTF-8 (a leading byte-order mark removed, invalid
/// sequences replaced by U+FFFD and reported). Lines end at `\n`, `\r\n` or a
/// lone `\r`.
public struct SourceFile: Sendable {
    /// One line's byte span in `bytes`, without its line terminator.
    public struct Line: Sendable, Hashable {
        /// Offset of the first byte.
        public var start: Int
        /// Offset just past the last byte, before the terminator.
        public var end: Int
    }

    /// The path as the user named it; used in every message.
    public let path: String
    /// The decoded text as UTF-8 bytes.
    public let bytes: [UInt8]
    /// The lines of the file, in order.
    public let lines: [Line]
    /// Problems found while decoding (invalid UTF-8, binary content).
    public let decodingDiagnostics: [Diagnostic]
    /// True when the file is binary (contains NUL bytes) and was not parsed.
    public let isBinary: Bool

    /// Decodes raw file contents.
    public init(path: String, data: [UInt8]) {
        self.path = path
        var raw = data
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) { raw.removeFirst(3) }
        if raw.prefix(8192).contains(0) {
            self.isBinary = true
            self.bytes = []
            self.lines = [Line(start: 0, end: 0)]
            self.decodingDiagnostics = [Diagnostic(
                rule: .invalidEncoding, severity: .error,
                text: LocalizedText(
                    "this is a binary file, not a UTF-8 theory file",
                    da: "det her er en binær fil, ikke en forandringsteori i UTF-8"),
                file: path, location: SourceLocation(line: 1, column: 1))]
            return
        }
        self.isBinary = false
        let (repaired, invalidOffsets) = UTF8Repair.repair(raw)
        self.bytes = repaired
        self.lines = SourceFile.splitLines(repaired)
        var diagnostics: [Diagnostic] = []
        let limit = 20
        for offset in invalidOffsets.prefix(limit) {
            diagnostics.append(Diagnostic(
                rule: .invalidEncoding, severity: .error,
                text: LocalizedText(
                    "invalid UTF-8 byte; save the file as UTF-8",
                    da: "ugyldig UTF-8-byte; gem filen som UTF-8"),
                file: path, location: SourceFile.location(ofByte: offset, in: repaired, lines: lines)))
        }
        if invalidOffsets.count > limit {
            diagnostics.append(Diagnostic(
                rule: .invalidEncoding, severity: .error,
                text: LocalizedText(
                    "\(invalidOffsets.count - limit) more invalid UTF-8 bytes not shown",
                    da: "\(invalidOffsets.count - limit) ugyldige UTF-8-bytes mere er ikke vist"),
                file: path, location: diagnostics.last!.location))
        }
        self.decodingDiagnostics = diagnostics
    }

    /// Decodes a string, as if it had been read from a file.
    public init(path: String, text: String) {
        self.init(path: path, data: Array(text.utf8))
    }

    /// The text of a 1-based line, without its terminator.
    public func text(ofLine line: Int) -> String {
        guard line >= 1, line <= lines.count else { return "" }
        let span = lines[line - 1]
        return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    /// The 1-based column of a location counted in Unicode code points (what
    /// SARIF's `unicodeCodePoints` column kind means). It equals the
    /// character column unless the line before it holds characters made of
    /// several code points, such as a letter with a combining accent.
    public func codePointColumn(of location: SourceLocation) -> Int {
        let before = text(ofLine: location.line).prefix(max(0, location.column - 1))
        return before.unicodeScalars.count + max(0, location.column - 1 - before.count) + 1
    }

    /// The location of a byte offset that lies on the given 1-based line.
    public func location(line: Int, byte offset: Int) -> SourceLocation {
        let start = lines[line - 1].start
        return SourceLocation(line: line, column: SourceFile.column(bytes, from: start, to: offset))
    }

    /// The 1-based character column of `offset`, counted from `start`.
    static func column(_ bytes: [UInt8], from start: Int, to offset: Int) -> Int {
        var ascii = true
        for index in start..<offset where bytes[index] >= 0x80 {
            ascii = false
            break
        }
        if ascii { return offset - start + 1 }
        return String(decoding: bytes[start..<offset], as: UTF8.self).count + 1
    }

    static func location(ofByte offset: Int, in bytes: [UInt8], lines: [Line]) -> SourceLocation {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        let clamped = min(offset, lines[low].end)
        return SourceLocation(line: low + 1, column: column(bytes, from: lines[low].start, to: clamped))
    }

    static func splitLines(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 24 + 1)
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                lines.append(Line(start: start, end: index))
                index += 1
                start = index
            } else if byte == 0x0D {
                lines.append(Line(start: start, end: index))
                index += 1
                if index < count, bytes[index] == 0x0A { index += 1 }
                start = index
            } else {
                index += 1
            }
        }
        if start < count || lines.isEmpty { lines.append(Line(start: start, end: count)) }
        return lines
    }
}
