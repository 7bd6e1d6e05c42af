import Testing
@testable import TocRender

/// The one XML writer PowerPoint and draw.io go through (issue #27).
@Suite struct XMLWriterTests {
    @Test func attributesKeepTheirOrderAndEverythingIsEscapedOnce() {
        let hostile = "Lektiecafé <script>\"&'\u{1B}\u{FFFE}"
        let node = XMLNode("p:sp", ["name": hostile, "id": "2"]) {
            XMLNode("a:t", text: hostile)
            XMLNode("a:off", ["x": "0"]).adding("flipH", nil).adding("flipV", "1")
        }
        let text = node.string
        #expect(text.hasPrefix("<p:sp name=\"Lektiecafé &lt;script&gt;&quot;&amp;"))
        #expect(text.contains("\" id=\"2\"><a:t>Lektiecafé &lt;script&gt;"))
        #expect(text.hasSuffix("</a:t><a:off x=\"0\" flipV=\"1\"/></p:sp>"))
        #expect(!text.contains("<script") && !text.contains("\u{1B}") && !text.contains("\u{FFFE}") && text.contains("\u{FFFD}"))
    }

    @Test func emptyElementsCloseThemselvesAndTextMayBeEmpty() {
        #expect(XMLNode("a:avLst").string == "<a:avLst/>")
        #expect(XMLNode("a:t", text: "").string == "<a:t></a:t>")
        let root = XMLNode("root", after: "\n", opensLine: true) { XMLNode("mxCell", ["id": "0"], after: "\n") }
        #expect(root.string == "<root>\n<mxCell id=\"0\"/>\n</root>\n")
    }
}
