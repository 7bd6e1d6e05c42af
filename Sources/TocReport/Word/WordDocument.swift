import Foundation
import TocRender
import TocSyntax

/// Writes `WordBlock`s as a Word package: `word/document.xml` with its
/// pictures and charts, and the fixed parts of `WordParts`.
struct WordDocument {
    let blocks: [WordBlock]
    let title: String
    let language: Language

    static let namespaces: KeyValuePairs<String, String> = [
        "xmlns:w": WordParts.w, "xmlns:r": WordParts.relationships,
        "xmlns:wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main",
        "xmlns:pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
        "xmlns:c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    ]

    /// EMU (English Metric Units) per twentieth of a point.
    static let emuPerTwip = 635

    func package() -> [UInt8]? {
        var writer = Writer(language: language)
        for block in blocks { writer.add(block) }
        let body = XMLNode("w:body") {
            writer.body
            XMLNode("w:sectPr") { WordParts.page(landscape: false) }
        }
        var document = XMLNode("w:document") { body }
        for (key, value) in Self.namespaces { document = document.adding(key, value) }
        let tag = language == .da ? "da-DK" : "en-GB"
        var parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", Array(WordParts.contentTypes(charts: writer.charts.count).utf8)),
            ("_rels/.rels", Array(WordParts.rootRelationships.utf8)),
            ("docProps/core.xml", Array(WordParts.core(title: title, language: tag).utf8)),
            ("word/document.xml", Array((WordParts.xml + document.string).utf8)),
            ("word/_rels/document.xml.rels", Array(WordParts.documentRelationships(writer.relationships).utf8)),
            ("word/styles.xml", Array(WordParts.styles(language: tag).utf8)),
            ("word/settings.xml", Array(WordParts.settings.utf8)),
            ("word/numbering.xml", Array(WordParts.numbering.utf8)),
        ]
        parts += writer.images.enumerated().map { ("word/media/image\($0.offset + 1).png", $0.element) }
        parts += writer.charts.enumerated().map { ("word/charts/chart\($0.offset + 1).xml", Array(($0.element).utf8)) }
        return OfficePackage.zip(parts)
    }

    /// The body as it is written, with the parts it refers to.
    struct Writer {
        let language: Language
        var body: [XMLNode] = []
        var images: [[UInt8]] = []
        var charts: [String] = []
        var relationships: [(id: String, target: String, chart: Bool)] = []
        /// Whether the section being written is landscape, and whether it has content yet.
        var landscape = false
        var sectionHasContent = false
        var drawingID = 1

        mutating func add(_ block: WordBlock) {
            switch block {
            case .heading(let text, let level, let newPage):
                let style = level == 0 ? "Title" : "Heading\(min(level, 3))"
                body.append(paragraph(style: style, runs: [run(text)], pageBreak: newPage && sectionHasContent))
            case .paragraph(let text, let lead):
                body.append(paragraph(style: nil, runs: (lead.map { [run($0, bold: true)] } ?? []) + (text.isEmpty ? [] : [run(text)])))
            case .bullets(let items):
                body += items.map { paragraph(style: "ListBullet", runs: [run($0)]) }
            case .table(let headings, let rows, let columns):
                // A table whose words do not fit across a portrait page gets
                // a landscape one.
                let turn = !landscape && Self.least(columns) > WordParts.textWidth(landscape: false)
                if turn { add(.endSection(landscape: false)) }
                body.append(table(headings, rows, widths: Self.widths(columns, total: WordParts.textWidth(landscape: landscape))))
                body.append(paragraph(style: "TableText", runs: []))
                if turn {
                    sectionHasContent = true
                    add(.endSection(landscape: true))
                    return
                }
            case .image(let png, let alt):
                body.append(image(png, alt: alt))
            case .chart(let chart):
                body.append(self.chart(chart))
            case .endSection(let wasLandscape):
                guard sectionHasContent else {
                    landscape = !wasLandscape
                    return
                }
                body.append(XMLNode("w:p") { XMLNode("w:pPr") { XMLNode("w:sectPr") { WordParts.page(landscape: wasLandscape) } } })
                landscape = !wasLandscape
                sectionHasContent = false
                return
            }
            sectionHasContent = true
        }

        func run(_ text: String, bold: Bool = false) -> XMLNode {
            XMLNode("w:r") {
                if bold { XMLNode("w:rPr") { XMLNode("w:b") } }
                XMLNode("w:t", ["xml:space": "preserve"], text: text)
            }
        }

        func paragraph(style: String?, runs: [XMLNode], pageBreak: Bool = false, centred: Bool = false) -> XMLNode {
            XMLNode("w:p") {
                if style != nil || pageBreak || centred {
                    XMLNode("w:pPr") {
                        if let style { XMLNode("w:pStyle", ["w:val": style]) }
                        if pageBreak { XMLNode("w:pageBreakBefore") }
                        if centred { XMLNode("w:jc", ["w:val": "center"]) }
                    }
                }
                runs
            }
        }

        /// Twentieths of a point per character of 8 pt table text (bold
        /// headings are widest), and a cell's padding.
        static let perCharacter = 85, padding = 150

        /// Column widths that fill `total`: each column gets its longest
        /// word first, then the rest goes where text is longer; when even
        /// the words do not fit, all shrink alike.
        static func least(_ columns: [WordColumn]) -> Int {
            columns.map { $0.least * perCharacter + padding }.reduce(0, +)
        }

        static func widths(_ columns: [WordColumn], total: Int) -> [Int] {
            let least = columns.map { $0.least * perCharacter + padding }
            let wanted = columns.map { $0.wanted * perCharacter + padding }
            let floor = least.reduce(0, +)
            guard floor < total else { return least.map { $0 * total / max(floor, 1) } }
            let more = zip(wanted, least).map { max($0 - $1, 0) }
            let asked = more.reduce(0, +)
            let spare = total - floor
            return zip(least, more).map { least, more in
                least + (asked == 0 ? spare / max(columns.count, 1) : Int(Double(spare) * Double(more) / Double(asked)))
            }
        }

        func table(_ headings: [String], _ rows: [[String]], widths: [Int]) -> XMLNode {
            func cell(_ text: String, width: Int, heading: Bool) -> XMLNode {
                XMLNode("w:tc") {
                    XMLNode("w:tcPr") {
                        XMLNode("w:tcW", ["w:w": String(width), "w:type": "dxa"])
                        if heading { XMLNode("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": "F2F2F2"]) }
                    }
                    paragraph(style: "TableText", runs: [run(text, bold: heading)])
                }
            }
            func row(_ cells: [String], heading: Bool) -> XMLNode {
                XMLNode("w:tr") {
                    XMLNode("w:trPr") {
                        XMLNode("w:cantSplit")
                        if heading { XMLNode("w:tblHeader") }
                    }
                    for (index, width) in widths.enumerated() { cell(index < cells.count ? cells[index] : "", width: width, heading: heading) }
                }
            }
            return XMLNode("w:tbl") {
                XMLNode("w:tblPr") {
                    XMLNode("w:tblStyle", ["w:val": "TocTable"])
                    XMLNode("w:tblW", ["w:w": String(widths.reduce(0, +)), "w:type": "dxa"])
                    XMLNode("w:tblLayout", ["w:type": "fixed"])
                }
                XMLNode("w:tblGrid") { for width in widths { XMLNode("w:gridCol", ["w:w": String(width)]) } }
                row(headings, heading: true)
                for cells in rows { row(cells, heading: false) }
            }
        }

        /// A PNG at its size at 192 dpi, made smaller to fit the page.
        mutating func image(_ png: [UInt8], alt: String) -> XMLNode {
            images.append(png)
            let id = "rIdImage\(images.count)"
            relationships.append((id, "media/image\(images.count).png", false))
            let (pixelsWide, pixelsHigh) = Self.size(png)
            let emuPerPixel = 914_400.0 / 192
            let room = (Double(WordParts.textWidth(landscape: landscape) * WordDocument.emuPerTwip),
                        Double((WordParts.textHeight(landscape: landscape) - 1200) * WordDocument.emuPerTwip))
            let scale = min(1, room.0 / (Double(pixelsWide) * emuPerPixel), room.1 / (Double(pixelsHigh) * emuPerPixel))
            let (cx, cy) = (String(Int(Double(pixelsWide) * emuPerPixel * scale)), String(Int(Double(pixelsHigh) * emuPerPixel * scale)))
            drawingID += 1
            let number = String(drawingID)
            let picture = XMLNode("pic:pic") {
                XMLNode("pic:nvPicPr") {
                    XMLNode("pic:cNvPr", ["id": number, "name": "image\(images.count).png", "descr": alt])
                    XMLNode("pic:cNvPicPr")
                }
                XMLNode("pic:blipFill") {
                    XMLNode("a:blip", ["r:embed": id])
                    XMLNode("a:stretch") { XMLNode("a:fillRect") }
                }
                XMLNode("pic:spPr") {
                    XMLNode("a:xfrm") { XMLNode("a:off", ["x": "0", "y": "0"]); XMLNode("a:ext", ["cx": cx, "cy": cy]) }
                    XMLNode("a:prstGeom", ["prst": "rect"]) { XMLNode("a:avLst") }
                }
            }
            return inline(cx: cx, cy: cy, alt: alt, uri: "http://schemas.openxmlformats.org/drawingml/2006/picture", content: picture)
        }

        mutating func chart(_ chart: OfficeChart) -> XMLNode {
            charts.append(ChartXML.xml(chart, language: language))
            let id = "rIdChart\(charts.count)"
            relationships.append((id, "charts/chart\(charts.count).xml", true))
            let cx = String(WordParts.textWidth(landscape: landscape) * WordDocument.emuPerTwip)
            let cy = String(Int(chart.height * 360_000))
            drawingID += 1
            return inline(cx: cx, cy: cy, alt: chart.alt, uri: "http://schemas.openxmlformats.org/drawingml/2006/chart",
                          content: XMLNode("c:chart", ["r:id": id]))
        }

        func inline(cx: String, cy: String, alt: String, uri: String, content: XMLNode) -> XMLNode {
            XMLNode("w:p") {
                XMLNode("w:pPr") { XMLNode("w:keepLines"); XMLNode("w:jc", ["w:val": "center"]) }
                XMLNode("w:r") {
                    XMLNode("w:drawing") {
                        XMLNode("wp:inline", ["distT": "0", "distB": "0", "distL": "0", "distR": "0"]) {
                            XMLNode("wp:extent", ["cx": cx, "cy": cy])
                            XMLNode("wp:docPr", ["id": String(drawingID), "name": "Figur \(drawingID)", "descr": alt])
                            XMLNode("a:graphic") { XMLNode("a:graphicData", ["uri": uri]) { content } }
                        }
                    }
                }
            }
        }

        /// A PNG's width and height in pixels, from its header.
        static func size(_ png: [UInt8]) -> (Int, Int) {
            guard png.count >= 24 else { return (1, 1) }
            let number = { (at: Int) in png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
            return (max(1, number(16)), max(1, number(20)))
        }
    }
}
