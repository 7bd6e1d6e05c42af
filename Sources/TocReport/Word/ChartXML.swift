import Foundation
import TocRender
import TocSyntax

/// An `OfficeChart` as DrawingML chart XML (`word/charts/chartN.xml` in Word,
/// `ppt/charts/chartN.xml` in PowerPoint), its
/// data written inline (literal categories and values), so no workbook is
/// needed to show it.
enum ChartXML {
    static func xml(_ chart: OfficeChart, language: Language) -> String {
        let tag = language == .da ? "da-DK" : "en-GB"
        let bars = chart.kind != .lines
        let space = XMLNode("c:chartSpace", [
            "xmlns:c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
            "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main",
            "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        ]) {
            XMLNode("c:roundedCorners", ["val": "0"])
            XMLNode("c:chart") {
                // A slide's chart goes without a title of its own: the slide's is above it.
                if !chart.title.isEmpty {
                XMLNode("c:title") {
                    XMLNode("c:tx") {
                        XMLNode("c:rich") {
                            XMLNode("a:bodyPr")
                            XMLNode("a:p") {
                                XMLNode("a:pPr") { XMLNode("a:defRPr", ["sz": "1100", "b": "1"]) }
                                XMLNode("a:r") { XMLNode("a:rPr", ["lang": tag, "sz": "1100", "b": "1"]); XMLNode("a:t", text: chart.title) }
                            }
                        }
                    }
                    XMLNode("c:overlay", ["val": "0"])
                }
                }
                XMLNode("c:autoTitleDeleted", ["val": chart.title.isEmpty ? "1" : "0"])
                XMLNode("c:plotArea") {
                    XMLNode("c:layout")
                    bars ? barChart(chart) : lineChart(chart)
                    XMLNode("c:catAx") {
                        XMLNode("c:axId", ["val": "1"])
                        XMLNode("c:scaling") { XMLNode("c:orientation", ["val": bars ? "maxMin" : "minMax"]) }
                        XMLNode("c:delete", ["val": "0"])
                        XMLNode("c:axPos", ["val": bars ? "l" : "b"])
                        XMLNode("c:numFmt", ["formatCode": "General", "sourceLinked": "0"])
                        XMLNode("c:tickLblPos", ["val": "nextTo"])
                        textSize(900)
                        XMLNode("c:crossAx", ["val": "2"])
                        XMLNode("c:crosses", ["val": "autoZero"])
                        XMLNode("c:auto", ["val": "1"])
                        XMLNode("c:lblAlgn", ["val": "ctr"])
                        XMLNode("c:lblOffset", ["val": "100"])
                        XMLNode("c:tickLblSkip", ["val": "1"])
                        XMLNode("c:noMultiLvlLbl", ["val": "1"])
                    }
                    XMLNode("c:valAx") {
                        XMLNode("c:axId", ["val": "2"])
                        XMLNode("c:scaling") { XMLNode("c:orientation", ["val": "minMax"]); if bars { XMLNode("c:min", ["val": "0"]) } }
                        XMLNode("c:delete", ["val": "0"])
                        XMLNode("c:axPos", ["val": bars ? "b" : "l"])
                        XMLNode("c:majorGridlines") { XMLNode("c:spPr") { line("D9D9D9") } }
                        XMLNode("c:numFmt", ["formatCode": chart.format, "sourceLinked": "0"])
                        XMLNode("c:tickLblPos", ["val": "nextTo"])
                        textSize(900)
                        XMLNode("c:crossAx", ["val": "1"])
                        XMLNode("c:crosses", ["val": bars ? "max" : "autoZero"])
                        XMLNode("c:crossBetween", ["val": "between"])
                        if bars { XMLNode("c:majorUnit", ["val": String(unit(chart))]) }
                    }
                }
                if chart.series.count > 1 {
                    XMLNode("c:legend") {
                        XMLNode("c:legendPos", ["val": "t"])
                        XMLNode("c:overlay", ["val": "0"])
                        textSize(900)
                    }
                }
                XMLNode("c:plotVisOnly", ["val": "1"])
                XMLNode("c:dispBlanksAs", ["val": "gap"])
            }
        }
        return WordParts.xml + space.string
    }

    /// A round step for a count axis: 1, 2, 5, 10, 20, … giving at most
    /// about six ticks.
    static func unit(_ chart: OfficeChart) -> Int {
        let totals = chart.categories.indices.map { index in
            chart.kind == .stackedBars ? chart.series.map { $0.values[index] ?? 0 }.reduce(0, +)
                : chart.series.map { $0.values[index] ?? 0 }.max() ?? 0
        }
        let most = max(totals.max() ?? 1, 1)
        var scale = 1
        while true {
            for step in [1, 2, 5].map({ $0 * scale }) where most / Double(step) <= 6 { return step }
            scale *= 10
        }
    }

    static func barChart(_ chart: OfficeChart) -> XMLNode {
        XMLNode("c:barChart") {
            XMLNode("c:barDir", ["val": "bar"])
            XMLNode("c:grouping", ["val": chart.kind == .stackedBars ? "stacked" : "clustered"])
            XMLNode("c:varyColors", ["val": "0"])
            for (index, series) in chart.series.enumerated() {
                XMLNode("c:ser") {
                    head(index, series.name)
                    XMLNode("c:spPr") { fill(series.colour) }
                    XMLNode("c:invertIfNegative", ["val": "0"])
                    if index == 0, let colours = chart.pointColours {
                        for (point, colour) in colours.enumerated() {
                            XMLNode("c:dPt") {
                                XMLNode("c:idx", ["val": String(point)])
                                XMLNode("c:invertIfNegative", ["val": "0"])
                                XMLNode("c:bubble3D", ["val": "0"])
                                XMLNode("c:spPr") { fill(colour) }
                            }
                        }
                    }
                    XMLNode("c:dLbls") {
                        XMLNode("c:numFmt", ["formatCode": chart.pointColours == nil ? "0;;;" : "0\" %\";-0\" %\";0\" %\"", "sourceLinked": "0"])
                        XMLNode("c:spPr") { XMLNode("a:noFill") }
                        XMLNode("c:txPr") {
                            XMLNode("a:bodyPr")
                            XMLNode("a:p") {
                                XMLNode("a:pPr") {
                                    XMLNode("a:defRPr", ["sz": "900", "b": "1"]) {
                                        fill(chart.kind == .stackedBars ? "FFFFFF" : "1A1A1A")
                                    }
                                }
                                XMLNode("a:endParaRPr", ["lang": "da-DK"])
                            }
                        }
                        XMLNode("c:dLblPos", ["val": chart.kind == .stackedBars ? "ctr" : "outEnd"])
                        for flag in ["showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize"] {
                            XMLNode("c:\(flag)", ["val": flag == "showVal" ? "1" : "0"])
                        }
                    }
                    data(chart, series.values)
                }
            }
            XMLNode("c:gapWidth", ["val": "60"])
            if chart.kind == .stackedBars { XMLNode("c:overlap", ["val": "100"]) }
            XMLNode("c:axId", ["val": "1"])
            XMLNode("c:axId", ["val": "2"])
        }
    }

    static func lineChart(_ chart: OfficeChart) -> XMLNode {
        XMLNode("c:lineChart") {
            XMLNode("c:grouping", ["val": "standard"])
            XMLNode("c:varyColors", ["val": "0"])
            for (index, series) in chart.series.enumerated() {
                XMLNode("c:ser") {
                    head(index, series.name)
                    XMLNode("c:spPr") { line(series.colour, width: index == 0 ? 28575 : 19050, dash: index > 0) }
                    XMLNode("c:marker") {
                        XMLNode("c:symbol", ["val": index == 0 ? "circle" : "none"])
                        if index == 0 {
                            XMLNode("c:size", ["val": "6"])
                            XMLNode("c:spPr") { fill(series.colour) }
                        }
                    }
                    data(chart, series.values)
                    XMLNode("c:smooth", ["val": "0"])
                }
            }
            XMLNode("c:marker", ["val": "1"])
            XMLNode("c:axId", ["val": "1"])
            XMLNode("c:axId", ["val": "2"])
        }
    }

    static func head(_ index: Int, _ name: String) -> [XMLNode] {
        [XMLNode("c:idx", ["val": String(index)]), XMLNode("c:order", ["val": String(index)]),
         XMLNode("c:tx") { XMLNode("c:v", text: name) }]
    }

    static func data(_ chart: OfficeChart, _ values: [Double?]) -> [XMLNode] {
        [XMLNode("c:cat") {
            XMLNode("c:strLit") {
                XMLNode("c:ptCount", ["val": String(chart.categories.count)])
                for (index, name) in chart.categories.enumerated() {
                    XMLNode("c:pt", ["idx": String(index)]) { XMLNode("c:v", text: name) }
                }
            }
        },
         XMLNode("c:val") {
            XMLNode("c:numLit") {
                XMLNode("c:formatCode", text: chart.format)
                XMLNode("c:ptCount", ["val": String(values.count)])
                for (index, value) in values.enumerated() {
                    if let value { XMLNode("c:pt", ["idx": String(index)]) { XMLNode("c:v", text: number(value)) } }
                }
            }
        }]
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func fill(_ colour: String) -> XMLNode {
        XMLNode("a:solidFill") { XMLNode("a:srgbClr", ["val": colour]) }
    }

    static func line(_ colour: String, width: Int = 9525, dash: Bool = false) -> XMLNode {
        XMLNode("a:ln", ["w": String(width)]) {
            fill(colour)
            if dash { XMLNode("a:prstDash", ["val": "dash"]) }
        }
    }

    static func textSize(_ size: Int) -> XMLNode {
        XMLNode("c:txPr") {
            XMLNode("a:bodyPr")
            XMLNode("a:p") { XMLNode("a:pPr") { XMLNode("a:defRPr", ["sz": String(size)]) }; XMLNode("a:endParaRPr", ["lang": "da-DK"]) }
        }
    }
}
