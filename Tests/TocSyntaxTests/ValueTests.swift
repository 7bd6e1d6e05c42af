import Testing
@testable import TocSyntax
import TocTestSupport

@Suite struct ValueTests {
    @Test(arguments: [
        ("61% (2018)", 61.0, true, 2018),
        ("5,1 (2020)", 5.1, false, 2020),
        ("14,2 % (2022)", 14.2, true, 2022),
        ("1.200 personer", 1200.0, false, nil),
        ("1.200,5", 1200.5, false, nil),
        ("13.5% (2022)", 13.5, true, 2022),
        ("-3%", -3.0, true, nil),
        ("40 børn (2024)", 40.0, false, 2024),
    ] as [(String, Double, Bool, Int?)])
    func numbersPercentAndYearAreRead(text: String, number: Double, percent: Bool, year: Int?) {
        let value = MeasuredValue(parsing: text)
        #expect(value.text == text)
        #expect(value.number == number)
        #expect(value.isPercent == percent)
        #expect(value.year == year)
    }

    @Test(arguments: ["Flere end i dag", "Højere (end før)", "(2022)", "ca. halvdelen"])
    func textWithoutLeadingNumberHasNoNumber(text: String) {
        let value = MeasuredValue(parsing: text)
        #expect(value.number == nil)
        #expect(value.text == text)
    }

    @Test func yearAloneInParenthesesIsRead() {
        #expect(MeasuredValue(parsing: "Flere end i dag (2026)").year == 2026)
        #expect(MeasuredValue(parsing: "70% (22)").year == nil)
    }
}

@Suite struct HTMLTextTests {
    @Test func markupQuotesAndAmpersandsAreEscapedAndLettersKept() {
        #expect(HTMLText.escape("<script>alert('x')</script> & \"æøå\"")
            == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;æøå&quot;")
        #expect(HTMLText.escape("&lt;") == "&amp;lt;")
        #expect(HTMLText.escape("Lektiecafé 😀") == "Lektiecafé 😀")
    }
}
