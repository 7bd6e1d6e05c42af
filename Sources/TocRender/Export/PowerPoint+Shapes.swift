import TocModel
import TocSyntax

/// The shapes of a slide, written through `XMLNode`.
extension PowerPoint {
    /// A slide of shapes, as the package holds it.
    static func slideXML(_ shapes: [XMLNode]) -> String {
        let slide = XMLNode("p:sld", [
            "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main",
            "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "xmlns:p": "http://schemas.openxmlformats.org/presentationml/2006/main",
        ]) {
            XMLNode("p:cSld") {
                XMLNode("p:spTree") {
                    XMLNode("p:nvGrpSpPr") {
                        XMLNode("p:cNvPr", ["id": "1", "name": ""])
                        XMLNode("p:cNvGrpSpPr")
                        XMLNode("p:nvPr")
                    }
                    XMLNode("p:grpSpPr") {
                        XMLNode("a:xfrm") {
                            XMLNode("a:off", ["x": "0", "y": "0"])
                            XMLNode("a:ext", ["cx": "0", "cy": "0"])
                            XMLNode("a:chOff", ["x": "0", "y": "0"])
                            XMLNode("a:chExt", ["cx": "0", "cy": "0"])
                        }
                    }
                    shapes
                }
            }
            XMLNode("p:clrMapOvr") { XMLNode("a:masterClrMapping") }
        }
        return PowerPointParts.header + slide.string
    }

    /// A shape's names: its id and name.
    static func names(id: Int, name: String, textBox: Bool = false) -> XMLNode {
        XMLNode("p:nvSpPr") {
            XMLNode("p:cNvPr", ["id": "\(id)", "name": name])
            XMLNode("p:cNvSpPr").adding("txBox", textBox ? "1" : nil)
            XMLNode("p:nvPr")
        }
    }

    /// Where a shape is: its corner and size, in EMU.
    static func place(x: Int, y: Int, width: Int, height: Int) -> XMLNode {
        XMLNode("a:xfrm") {
            XMLNode("a:off", ["x": "\(x)", "y": "\(y)"])
            XMLNode("a:ext", ["cx": "\(width)", "cy": "\(height)"])
        }
    }

    /// A solid fill of a colour (`1A1A1A`).
    static func solid(_ colour: String) -> XMLNode {
        XMLNode("a:solidFill") { XMLNode("a:srgbClr", ["val": colour]) }
    }

    /// A straight connector glued to two shapes (their ids and connection
    /// sites), with an arrowhead at the end when `arrow`; `place` maps
    /// layout points to the slide.
    static func connector(
        id: Int, from: (shape: Int, site: Int, point: (Double, Double)), to: (shape: Int, site: Int, point: (Double, Double)),
        arrow: Bool, place: (x: (Double) -> Int, y: (Double) -> Int, size: (Double) -> Int)
    ) -> XMLNode {
        let (x1, y1) = from.point, (x2, y2) = to.point
        let frame = XMLNode("a:xfrm") {
            XMLNode("a:off", ["x": "\(place.x(min(x1, x2)))", "y": "\(place.y(min(y1, y2)))"])
            XMLNode("a:ext", ["cx": "\(place.size(abs(x2 - x1)))", "cy": "\(place.size(abs(y2 - y1)))"])
        }.adding("flipH", x2 < x1 ? "1" : nil).adding("flipV", y2 < y1 ? "1" : nil)
        return XMLNode("p:cxnSp") {
            XMLNode("p:nvCxnSpPr") {
                XMLNode("p:cNvPr", ["id": "\(id)", "name": "Arrow \(id)"])
                XMLNode("p:cNvCxnSpPr") {
                    XMLNode("a:stCxn", ["id": "\(from.shape)", "idx": "\(from.site)"])
                    XMLNode("a:endCxn", ["id": "\(to.shape)", "idx": "\(to.site)"])
                }
                XMLNode("p:nvPr")
            }
            XMLNode("p:spPr") {
                frame
                XMLNode("a:prstGeom", ["prst": "straightConnector1"]) { XMLNode("a:avLst") }
                XMLNode("a:ln", ["w": "12700"]) {
                    solid("4D4D4D")
                    if arrow { XMLNode("a:tailEnd", ["type": "triangle"]) }
                }
            }
        }
    }

    /// A box: its level's preset shape, fill and border (orange and thicker
    /// with a problem), the label, its indicators smaller, the marker.
    static func nodeShape(_ face: NodeFace, id: Int, name: String, x: Int, y: Int, width: Int, height: Int, scale: Double) -> XMLNode {
        let geometry: String
        switch face.kind {
        case .activity: geometry = "rect"
        case .output: geometry = "foldedCorner"
        case .outcome, .goal: geometry = "roundRect"
        }
        let lineWidth = Int((face.problem != nil ? 2.5 : face.kind == .goal ? 2.5 : 1.2) * emu)
        let inset = "\(Int(3 * scale * emu))"
        return XMLNode("p:sp") {
            names(id: id, name: name)
            XMLNode("p:spPr") {
                place(x: x, y: y, width: width, height: height)
                XMLNode("a:prstGeom", ["prst": geometry]) { XMLNode("a:avLst") }
                solid(String(face.fill.dropFirst()))
                XMLNode("a:ln", ["w": "\(lineWidth)"]) { solid(String(face.border.dropFirst())) }
                    .adding("cmpd", face.kind == .goal && face.problem == nil ? "dbl" : nil)
            }
            XMLNode("p:txBody") {
                XMLNode("a:bodyPr", ["wrap": "square", "lIns": inset, "rIns": inset, "tIns": "0", "bIns": "0", "anchor": "ctr"]) {
                    XMLNode("a:noAutofit")
                }
                XMLNode("a:lstStyle")
                paragraph(face.label, points: 11 * scale, bold: false, colour: "1A1A1A", align: "ctr")
                face.details.map { paragraph($0, points: 9 * scale, bold: false, colour: "1A1A1A", align: "ctr", least: 5) }
                if let problem = face.problem {
                    paragraph(problem, points: 9 * scale, bold: true, colour: Theme.problemText, align: "ctr", least: 5)
                }
            }
        }
    }

    static func textBox(id: Int, name: String, x: Int, y: Int, width: Int, height: Int, text: String, points: Double) -> XMLNode {
        textBox(id: id, name: name, x: x, y: y, width: width, height: height,
                paragraphs: [paragraph(text, points: points, bold: true, colour: "1A1A1A", align: "l")])
    }

    /// A box of text without a border: a title, or a slide's list.
    static func textBox(id: Int, name: String, x: Int, y: Int, width: Int, height: Int, paragraphs: [XMLNode]) -> XMLNode {
        XMLNode("p:sp") {
            names(id: id, name: name, textBox: true)
            XMLNode("p:spPr") {
                place(x: x, y: y, width: width, height: height)
                XMLNode("a:prstGeom", ["prst": "rect"]) { XMLNode("a:avLst") }
                XMLNode("a:noFill")
            }
            XMLNode("p:txBody") {
                XMLNode("a:bodyPr", ["wrap": "square", "anchor": "t"]) { XMLNode("a:normAutofit") }
                XMLNode("a:lstStyle")
                paragraphs
            }
        }
    }

    /// A paragraph of one run; `least` is the smallest size, in points (6
    /// for labels, 5 for the smaller lines, which stay smaller).
    static func paragraph(_ text: String, points: Double, bold: Bool, colour: String, align: String, least: Double = 6) -> XMLNode {
        let size = max(Int(least * 100), Int((points * 100).rounded()))
        return XMLNode("a:p") {
            XMLNode("a:pPr", ["algn": align]) { XMLNode("a:lnSpc") { XMLNode("a:spcPct", ["val": "92000"]) } }
            XMLNode("a:r") {
                XMLNode("a:rPr", ["lang": "da-DK", "sz": "\(size)"]) {
                    solid(colour.hasPrefix("#") ? String(colour.dropFirst()) : colour)
                    XMLNode("a:latin", ["typeface": "DejaVu Sans"])
                }.adding("b", bold ? "1" : nil).adding("dirty", "0")
                XMLNode("a:t", text: text)
            }
        }
    }
}
