import Foundation
import Testing
import TocRender
import TocTestSupport

/// `FontMetrics` reads DejaVu Sans (installed by scripts/install-deps).
@Suite struct FontMetricsTests {
    static let folder = "/usr/share/fonts/truetype/dejavu"

    static func font(_ name: String = "DejaVuSans.ttf") throws -> FontMetrics {
        try #require(FontMetrics(path: "\(folder)/\(name)"), "fonts-dejavu-core is not installed")
    }

    @Test func readsTheFontsOwnUnitsAndAdvances() throws {
        let font = try Self.font()
        #expect(font.unitsPerEm == 2048)
        #expect(font.ascender == 1901)
        // DejaVu Sans: "a" advances 1255 units, "W" 2025, the space 651
        // (at 2048 points a unit is 4/3 pixel, rounded to a pixel: 0.75 pt).
        #expect(abs(font.width(of: "a", size: 2048) - 1255) <= 0.375)
        #expect(abs(font.width(of: "W", size: 2048) - 2025) <= 0.375)
        #expect(abs(font.width(of: " ", size: 2048) - 651) <= 0.375)
    }

    @Test func widthsAddUpAndScaleWithTheSize() throws {
        let font = try Self.font()
        let one = font.width(of: "Beboerrådgivning", size: 11)
        #expect(abs(font.width(of: "Beboerrådgivning Beboerrådgivning", size: 11) - (2 * one + font.width(of: " ", size: 11))) < 0.001)
        // Each glyph is rounded to a whole pixel (0.75 pt), as Pango's hinting does.
        let double = font.width(of: "Beboerrådgivning", size: 22)
        #expect(abs(double - 2 * one) <= 0.75 * 16)
        #expect((double / 0.75).rounded() == double / 0.75)
        // At 9 points a digit is 8 pixels (7.6 unrounded), as Pango draws it.
        #expect(font.width(of: "2022", size: 9) == 4 * 6)
    }

    @Test func danishLettersAndDiagramSymbolsHaveTheirOwnGlyphs() throws {
        let font = try Self.font()
        // An unmapped code point gets the missing glyph; these must not.
        let missing = font.width(of: "\u{E000}", size: 2048)
        for character in ["æ", "ø", "å", "Æ", "Ø", "Å", "é", "▸", "→", "⚠", "·"] {
            #expect(font.width(of: character, size: 2048) != missing, "\(character)")
        }
        #expect(font.width(of: "m", size: 11) > font.width(of: "i", size: 11))
    }

    @Test func boldIsWider() throws {
        let regular = try Self.font(), bold = try Self.font("DejaVuSans-Bold.ttf")
        let text = "Flere beboere i uddannelse og job"
        #expect(bold.width(of: text, size: 11) > regular.width(of: text, size: 11) * 1.05)
    }

    @Test func brokenFontFilesGiveNilNotACrash() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(Self.folder)/DejaVuSans.ttf")))
        #expect(FontMetrics(bytes: []) == nil)
        #expect(FontMetrics(bytes: Array("not a font at all".utf8)) == nil)
        #expect(FontMetrics(path: "/nonexistent/DejaVuSans.ttf") == nil)
        for cut in [12, 200, 1000, bytes.count / 3] {
            _ = FontMetrics(bytes: Array(bytes.prefix(cut)))
        }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            var damaged = bytes
            for _ in 0..<200 { damaged[Int.random(in: 0..<2000, using: &random)] = UInt8.random(in: 0...255, using: &random) }
            if let font = FontMetrics(bytes: damaged) { _ = font.width(of: "Mål æøå ⚠ \u{10FFFF}", size: 11) }
        }
    }
}
