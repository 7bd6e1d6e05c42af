import TocRender

/// A one-sheet Excel workbook (issue #28), for `toc indicators -o
/// plan.xlsx`: a bold header row that stays in view (frozen), column widths
/// from the text, and every cell written as text, so that nothing from a
/// label ever becomes a formula or a date.
public enum Workbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let package = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The workbook's bytes: `headings` and `rows` on a sheet named `sheet`;
    /// nil when it could not be packed.
    public static func xlsx(sheet: String, headings: [String], rows: [[String]]) -> [UInt8]? {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let columns = headings.indices.map { column in
            min(60, max(8, ([headings[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 8) + 2)
        }
        func reference(_ column: Int, _ row: Int) -> String {
            var name = "", number = column + 1
            while number > 0 {
                let remainder = (number - 1) % 26
                name = String(UnicodeScalar(65 + remainder)!) + name
                number = (number - 1) / 26
            }
            return name + String(row)
        }
        func row(_ cells: [String], at index: Int, style: String) -> XMLNode {
            XMLNode("row", ["r": String(index)]) {
                for (column, text) in cells.enumerated() {
                    XMLNode("c", ["r": reference(column, index), "t": "inlineStr", "s": style]) {
                        XMLNode("is") { XMLNode("t", ["xml:space": "preserve"], text: text) }
                    }
                }
            }
        }
        let worksheet = XMLNode("worksheet", ["xmlns": main, "xmlns:r": relationships]) {
            XMLNode("sheetViews") {
                XMLNode("sheetView", ["workbookViewId": "0"]) {
                    XMLNode("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
                }
            }
            XMLNode("cols") {
                for (index, width) in columns.enumerated() {
                    XMLNode("col", ["min": String(index + 1), "max": String(index + 1), "width": String(width), "customWidth": "1"])
                }
            }
            XMLNode("sheetData") {
                row(headings, at: 1, style: "1")
                for (index, cells) in rows.enumerated() { row(cells, at: index + 2, style: "2") }
            }
            XMLNode("autoFilter", ["ref": "A1:\(reference(max(headings.count - 1, 0), rows.count + 1))"])
        }
        let styles = XMLNode("styleSheet", ["xmlns": main]) {
            XMLNode("fonts", ["count": "2"]) {
                XMLNode("font") { XMLNode("sz", ["val": "11"]); XMLNode("name", ["val": "Calibri"]) }
                XMLNode("font") { XMLNode("b"); XMLNode("sz", ["val": "11"]); XMLNode("name", ["val": "Calibri"]) }
            }
            XMLNode("fills", ["count": "2"]) {
                XMLNode("fill") { XMLNode("patternFill", ["patternType": "none"]) }
                XMLNode("fill") { XMLNode("patternFill", ["patternType": "gray125"]) }
            }
            XMLNode("borders", ["count": "1"]) { XMLNode("border") }
            XMLNode("cellStyleXfs", ["count": "1"]) { XMLNode("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"]) }
            XMLNode("cellXfs", ["count": "3"]) {
                XMLNode("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0"])
                XMLNode("xf", ["numFmtId": "49", "fontId": "1", "fillId": "0", "borderId": "0", "xfId": "0", "applyFont": "1",
                               "applyNumberFormat": "1"])
                XMLNode("xf", ["numFmtId": "49", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0", "applyNumberFormat": "1",
                               "applyAlignment": "1"]) { XMLNode("alignment", ["wrapText": "1", "vertical": "top"]) }
            }
            XMLNode("cellStyles", ["count": "1"]) { XMLNode("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"]) }
        }
        let parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", Array((xml + XMLNode("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) {
                XMLNode("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
                XMLNode("Default", ["Extension": "xml", "ContentType": "application/xml"])
                XMLNode("Override", ["PartName": "/xl/workbook.xml",
                                     "ContentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"])
                XMLNode("Override", ["PartName": "/xl/worksheets/sheet1.xml",
                                     "ContentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"])
                XMLNode("Override", ["PartName": "/xl/styles.xml",
                                     "ContentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"])
            }.string).utf8)),
            ("_rels/.rels", Array((xml + XMLNode("Relationships", ["xmlns": package]) {
                XMLNode("Relationship", ["Id": "rId1", "Type": "\(relationships)/officeDocument", "Target": "xl/workbook.xml"])
            }.string).utf8)),
            ("xl/workbook.xml", Array((xml + XMLNode("workbook", ["xmlns": main, "xmlns:r": relationships]) {
                XMLNode("sheets") { XMLNode("sheet", ["name": String(sheet.prefix(31)), "sheetId": "1", "r:id": "rId1"]) }
                XMLNode("definedNames") {
                    XMLNode("definedName", ["name": "_xlnm._FilterDatabase", "localSheetId": "0", "hidden": "1"],
                            text: "'\(sheet.prefix(31))'!$A$1:$\(String(reference(max(headings.count - 1, 0), 1).dropLast()))$\(rows.count + 1)")
                }
            }.string).utf8)),
            ("xl/_rels/workbook.xml.rels", Array((xml + XMLNode("Relationships", ["xmlns": package]) {
                XMLNode("Relationship", ["Id": "rId1", "Type": "\(relationships)/worksheet", "Target": "worksheets/sheet1.xml"])
                XMLNode("Relationship", ["Id": "rId2", "Type": "\(relationships)/styles", "Target": "styles.xml"])
            }.string).utf8)),
            ("xl/worksheets/sheet1.xml", Array((xml + worksheet.string).utf8)),
            ("xl/styles.xml", Array((xml + styles.string).utf8)),
        ]
        return OfficePackage.zip(parts)
    }
}
