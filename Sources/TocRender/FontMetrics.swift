import Foundation

/// Advance widths and ascent of one TrueType font, read from its file.
///
/// Graphviz sizes every box from the width of its text. Measuring that
/// width with Pango costs a Fontconfig start-up and a shaping run per label;
/// the diagram only ever uses DejaVu Sans, so `toc` reads the font's own
/// advance widths (`cmap`, `hmtx`) once and adds them up. Kerning is left
/// out, which can only make a box a little wider, never too narrow.
public struct FontMetrics: Sendable {
    /// Font units per em (2048 for DejaVu Sans).
    public let unitsPerEm: Double
    /// The ascender, in font units.
    public let ascender: Double
    private let advances: [UInt16]
    private let segments: [Segment]
    private let glyphIndexData: [UInt16]
    private var latin: [UInt16]

    private struct Segment {
        let start: UInt32, end: UInt32, delta: UInt16, rangeOffset: Int
    }

    /// Reads the font at `path`, or returns nil when it is missing or not a
    /// TrueType font this reader understands.
    public init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        self.init(bytes: [UInt8](data))
    }

    /// Reads a TrueType font from its bytes.
    public init?(bytes: [UInt8]) {
        let font = TrueTypeTables(bytes)
        guard let head = font.table("head"), let hhea = font.table("hhea"), let hmtx = font.table("hmtx"),
              let cmap = font.table("cmap"), let upem = font.u16(head + 18), upem > 0,
              let ascender = font.i16(hhea + 4), let metricCount = font.u16(hhea + 34), metricCount > 0,
              let subtable = font.unicodeSubtable(cmap: cmap), let segments = font.format4(subtable)
        else { return nil }
        var advances: [UInt16] = []
        advances.reserveCapacity(Int(metricCount))
        for index in 0..<Int(metricCount) {
            guard let advance = font.u16(hmtx + 4 * index) else { return nil }
            advances.append(advance)
        }
        unitsPerEm = Double(upem)
        self.ascender = Double(ascender)
        self.advances = advances
        self.segments = segments.segments.map {
            Segment(start: UInt32($0.start), end: UInt32($0.end), delta: $0.delta, rangeOffset: $0.rangeOffset)
        }
        glyphIndexData = segments.glyphIndexData
        latin = []
        let table = (0..<256).map { advanceUnits(of: Unicode.Scalar(UInt8($0))) }
        latin = table
    }

    /// The width of `text` at `size` points, without kerning. As Pango lays
    /// text out with hinting, each glyph's advance is rounded to a whole
    /// pixel at 96 dpi: at 9 points a digit is 8 pixels, not 7.6, and a
    /// line of years and percentages would otherwise come out narrower
    /// than Pango draws it.
    public func width(of text: some StringProtocol, size: Double) -> Double {
        let pixelsPerUnit = size * 96 / 72 / unitsPerEm
        var pixels = 0.0
        for scalar in text.unicodeScalars {
            let units = scalar.value < 256 ? Int(latin[Int(scalar.value)]) : Int(advanceUnits(of: scalar))
            pixels += (Double(units) * pixelsPerUnit).rounded()
        }
        return pixels * 72 / 96
    }

    private func advanceUnits(of scalar: Unicode.Scalar) -> UInt16 {
        let glyph = glyphIndex(scalar.value)
        return advances[min(Int(glyph), advances.count - 1)]
    }

    /// The glyph of a code point through the format 4 `cmap` (0, the
    /// missing glyph, outside the Basic Multilingual Plane or when unmapped).
    private func glyphIndex(_ code: UInt32) -> UInt16 {
        // The first segment whose end is at or after the code point.
        var low = 0, high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].end < code { low = middle + 1 } else { high = middle }
        }
        if low < segments.count, segments[low].start <= code {
            let segment = segments[low]
            if segment.rangeOffset < 0 { return UInt16(truncatingIfNeeded: code &+ UInt32(segment.delta)) }
            let index = segment.rangeOffset + Int(code - segment.start)
            guard index >= 0, index < glyphIndexData.count, glyphIndexData[index] != 0 else { return 0 }
            return glyphIndexData[index] &+ segment.delta
        }
        return 0
    }
}

/// Big-endian reads over the bytes of a TrueType file, bounds-checked.
private struct TrueTypeTables {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func u16(_ at: Int) -> UInt16? {
        guard at >= 0, at + 2 <= bytes.count else { return nil }
        return UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1])
    }

    func i16(_ at: Int) -> Int16? { u16(at).map { Int16(bitPattern: $0) } }

    func u32(_ at: Int) -> UInt32? {
        guard let high = u16(at), let low = u16(at + 2) else { return nil }
        return UInt32(high) << 16 | UInt32(low)
    }

    /// The offset of the table tagged `tag`.
    func table(_ tag: String) -> Int? {
        guard let count = u16(4) else { return nil }
        let wanted = Array(tag.utf8)
        for index in 0..<Int(count) {
            let record = 12 + 16 * index
            guard record + 16 <= bytes.count else { return nil }
            if Array(bytes[record..<record + 4]) == wanted, let offset = u32(record + 8) { return Int(offset) }
        }
        return nil
    }

    /// The Unicode BMP subtable of `cmap` (Windows 3/1, else Unicode 0/x).
    func unicodeSubtable(cmap: Int) -> Int? {
        guard let count = u16(cmap + 2) else { return nil }
        var found: Int?
        for index in 0..<Int(count) {
            let record = cmap + 4 + 8 * index
            guard let platform = u16(record), let encoding = u16(record + 2), let offset = u32(record + 4),
                  u16(cmap + Int(offset)) == 4 else { continue }
            if platform == 3 && encoding == 1 { return cmap + Int(offset) }
            if platform == 0 { found = cmap + Int(offset) }
        }
        return found
    }

    struct Format4 {
        var segments: [(start: UInt16, end: UInt16, delta: UInt16, rangeOffset: Int)] = []
        var glyphIndexData: [UInt16] = []
    }

    /// Decodes a format 4 subtable; `rangeOffset` becomes an index into
    /// `glyphIndexData` (or -1 when the segment maps by delta alone).
    func format4(_ at: Int) -> Format4? {
        guard let length = u16(at + 2), let doubled = u16(at + 6), doubled > 0 else { return nil }
        let count = Int(doubled) / 2
        let ends = at + 14, starts = ends + 2 * count + 2, deltas = starts + 2 * count
        let offsets = deltas + 2 * count, glyphs = offsets + 2 * count
        var result = Format4()
        var index = glyphs
        while index + 2 <= at + Int(length), let value = u16(index) {
            result.glyphIndexData.append(value)
            index += 2
        }
        for segment in 0..<count {
            guard let end = u16(ends + 2 * segment), let start = u16(starts + 2 * segment),
                  let delta = u16(deltas + 2 * segment), let offset = u16(offsets + 2 * segment)
            else { return nil }
            // idRangeOffset counts bytes from its own position in the file.
            let position = offset == 0 ? -1 : (offsets + 2 * segment + Int(offset) - glyphs) / 2
            result.segments.append((start, end, delta, position))
        }
        return result
    }
}
