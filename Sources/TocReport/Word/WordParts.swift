import TocRender

/// The fixed parts of a Word document: content types, relationships,
/// styles (Word's own heading names, so its table of contents and
/// navigation work), a bullet list, settings, and the page (A4, 2 cm
/// margins).
enum WordParts {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let package = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// A4 in twentieths of a point, and the margin.
    static let pageShort = 11906, pageLong = 16838, margin = 1134
    /// The width text may take, portrait or landscape, in twentieths of a point.
    static func textWidth(landscape: Bool) -> Int { (landscape ? pageLong : pageShort) - 2 * margin }
    static func textHeight(landscape: Bool) -> Int { (landscape ? pageShort : pageLong) - 2 * margin }

    static func page(landscape: Bool) -> [XMLNode] {
        let (width, height) = landscape ? (pageLong, pageShort) : (pageShort, pageLong)
        var size = XMLNode("w:pgSz", ["w:w": String(width), "w:h": String(height)])
        if landscape { size = size.adding("w:orient", "landscape") }
        let m = String(margin)
        return [size, XMLNode("w:pgMar", ["w:top": m, "w:right": m, "w:bottom": m, "w:left": m, "w:header": "567",
                                          "w:footer": "567", "w:gutter": "0"])]
    }

    static let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static func contentTypes(charts: Int) -> String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return xml + XMLNode("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) {
            XMLNode("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            XMLNode("Default", ["Extension": "xml", "ContentType": "application/xml"])
            XMLNode("Default", ["Extension": "png", "ContentType": "image/png"])
            XMLNode("Override", ["PartName": "/word/document.xml", "ContentType": "\(main).document.main+xml"])
            XMLNode("Override", ["PartName": "/word/styles.xml", "ContentType": "\(main).styles+xml"])
            XMLNode("Override", ["PartName": "/word/settings.xml", "ContentType": "\(main).settings+xml"])
            XMLNode("Override", ["PartName": "/word/numbering.xml", "ContentType": "\(main).numbering+xml"])
            XMLNode("Override", ["PartName": "/docProps/core.xml", "ContentType": "application/vnd.openxmlformats-package.core-properties+xml"])
            for index in 0..<charts {
                XMLNode("Override", ["PartName": "/word/charts/chart\(index + 1).xml",
                                     "ContentType": "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"])
            }
        }.string
    }

    static var rootRelationships: String {
        xml + XMLNode("Relationships", ["xmlns": package]) {
            XMLNode("Relationship", ["Id": "rId1", "Type": "\(relationships)/officeDocument", "Target": "word/document.xml"])
            XMLNode("Relationship", ["Id": "rId2", "Type": "\(package)/metadata/core-properties", "Target": "docProps/core.xml"])
        }.string
    }

    /// The document's relationships: its fixed parts, then `media` (id, target, kind).
    static func documentRelationships(_ media: [(id: String, target: String, chart: Bool)]) -> String {
        xml + XMLNode("Relationships", ["xmlns": package]) {
            XMLNode("Relationship", ["Id": "rIdStyles", "Type": "\(relationships)/styles", "Target": "styles.xml"])
            XMLNode("Relationship", ["Id": "rIdSettings", "Type": "\(relationships)/settings", "Target": "settings.xml"])
            XMLNode("Relationship", ["Id": "rIdNumbering", "Type": "\(relationships)/numbering", "Target": "numbering.xml"])
            for part in media {
                XMLNode("Relationship", ["Id": part.id, "Type": "\(relationships)/\(part.chart ? "chart" : "image")", "Target": part.target])
            }
        }.string
    }

    static func core(title: String, language: String) -> String {
        xml + XMLNode("cp:coreProperties", [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        ]) {
            XMLNode("dc:title", text: title)
            XMLNode("dc:language", text: language)
            XMLNode("dc:creator", text: "toc")
        }.string
    }

    /// Word asks to bring the table of contents up to date when the file opens.
    static var settings: String {
        xml + XMLNode("w:settings", ["xmlns:w": w]) {
            XMLNode("w:updateFields", ["w:val": "true"])
            XMLNode("w:defaultTabStop", ["w:val": "709"])
        }.string
    }

    static var numbering: String {
        xml + XMLNode("w:numbering", ["xmlns:w": w]) {
            XMLNode("w:abstractNum", ["w:abstractNumId": "0"]) {
                XMLNode("w:multiLevelType", ["w:val": "singleLevel"])
                XMLNode("w:lvl", ["w:ilvl": "0"]) {
                    XMLNode("w:start", ["w:val": "1"])
                    XMLNode("w:numFmt", ["w:val": "bullet"])
                    XMLNode("w:lvlText", ["w:val": "•"])
                    XMLNode("w:lvlJc", ["w:val": "left"])
                    XMLNode("w:pPr") { XMLNode("w:ind", ["w:left": "360", "w:hanging": "360"]) }
                }
            }
            XMLNode("w:num", ["w:numId": "1"]) { XMLNode("w:abstractNumId", ["w:val": "0"]) }
        }.string
    }

    static func styles(language: String) -> String {
        func style(_ id: String, _ name: String, size: Int, bold: Bool = false, outline: Int? = nil, space: (Int, Int) = (0, 120),
                   colour: String? = nil, extra: [XMLNode] = []) -> XMLNode {
            XMLNode("w:style", ["w:type": "paragraph", "w:styleId": id]) {
                XMLNode("w:name", ["w:val": name])
                if id != "Normal" { XMLNode("w:basedOn", ["w:val": "Normal"]) }
                XMLNode("w:next", ["w:val": "Normal"])
                XMLNode("w:qFormat")
                XMLNode("w:pPr") {
                    if outline != nil { XMLNode("w:keepNext") }
                    XMLNode("w:spacing", ["w:before": String(space.0), "w:after": String(space.1)])
                    extra
                    if let outline { XMLNode("w:outlineLvl", ["w:val": String(outline)]) }
                }
                XMLNode("w:rPr") {
                    if bold { XMLNode("w:b") }
                    if let colour { XMLNode("w:color", ["w:val": colour]) }
                    XMLNode("w:sz", ["w:val": String(size)])
                }
            }.adding("w:default", id == "Normal" ? "1" : nil)
        }
        let normal = style("Normal", "Normal", size: 21)
        let fonts = XMLNode("w:rFonts", ["w:ascii": "Calibri", "w:hAnsi": "Calibri", "w:cs": "Calibri", "w:eastAsia": "Calibri"])
        return xml + XMLNode("w:styles", ["xmlns:w": w]) {
            XMLNode("w:docDefaults") {
                XMLNode("w:rPrDefault") { XMLNode("w:rPr") { fonts; XMLNode("w:lang", ["w:val": language]) } }
            }
            normal
            style("Title", "Title", size: 44, bold: true, space: (0, 240))
            style("Heading1", "heading 1", size: 32, bold: true, outline: 0, space: (360, 120), colour: "1F3864")
            style("Heading2", "heading 2", size: 26, bold: true, outline: 1, space: (240, 80), colour: "1F3864")
            style("Heading3", "heading 3", size: 23, bold: true, outline: 2, space: (200, 60))
            style("ListBullet", "List Bullet", size: 21, space: (0, 60),
                  extra: [XMLNode("w:numPr") { XMLNode("w:numId", ["w:val": "1"]) }])
            style("TableText", "Table Text", size: 16, space: (0, 0))
            style("Caption", "caption", size: 18, space: (60, 200), colour: "595959")
            XMLNode("w:style", ["w:type": "table", "w:styleId": "TocTable"]) {
                XMLNode("w:name", ["w:val": "Toc Table"])
                XMLNode("w:tblPr") {
                    XMLNode("w:tblBorders") {
                        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                            XMLNode("w:\(side)", ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "BFBFBF"])
                        }
                    }
                    XMLNode("w:tblCellMar") {
                        XMLNode("w:left", ["w:w": "70", "w:type": "dxa"])
                        XMLNode("w:right", ["w:w": "70", "w:type": "dxa"])
                    }
                }
            }
        }.string
    }
}
