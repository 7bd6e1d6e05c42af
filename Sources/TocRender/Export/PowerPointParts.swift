/// The fixed parts of a PowerPoint package (Office Open XML,
/// PresentationML): content types, relationships, one slide master with one
/// blank layout, a theme, and document properties with a fixed date, so
/// the same theory gives the same bytes.
enum PowerPointParts {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let namespaces = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// A 16:9 slide in EMU (13.333 x 7.5 inches).
    static let slideWidth = 12_192_000
    static let slideHeight = 6_858_000

    static func contentTypes(slides: Int, charts: Int = 0) -> String {
        let main = "application/vnd.openxmlformats-officedocument.presentationml"
        var text = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"\(main).presentation.main+xml\"/>"
            + "<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"\(main).slideMaster+xml\"/>"
            + "<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"\(main).slideLayout+xml\"/>"
            + "<Override PartName=\"/ppt/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        for slide in 1...max(1, slides) {
            text += "<Override PartName=\"/ppt/slides/slide\(slide).xml\" ContentType=\"\(main).slide+xml\"/>"
        }
        for chart in stride(from: 1, through: charts, by: 1) {
            text += "<Override PartName=\"/ppt/charts/chart\(chart).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
        }
        return text + "</Types>"
    }

    static let packageRelationships = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"ppt/presentation.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationships)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static func presentation(slides: Int) -> String {
        header + "<p:presentation \(namespaces) saveSubsetFonts=\"1\">"
            + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst><p:sldIdLst>"
            + (1...max(1, slides)).map { "<p:sldId id=\"\(255 + $0)\" r:id=\"rId\($0 + 2)\"/>" }.joined()
            + "</p:sldIdLst><p:sldSz cx=\"\(slideWidth)\" cy=\"\(slideHeight)\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
            + "</p:presentation>"
    }

    static func presentationRelationships(slides: Int) -> String {
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(relationships)/slideMaster\" Target=\"slideMasters/slideMaster1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(relationships)/theme\" Target=\"theme/theme1.xml\"/>"
            + (1...max(1, slides)).map {
                "<Relationship Id=\"rId\($0 + 2)\" Type=\"\(relationships)/slide\" Target=\"slides/slide\($0).xml\"/>"
            }.joined()
            + "</Relationships>"
    }

    static let emptyTree = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
        + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/>"
        + "<a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"

    static let master = header + "<p:sldMaster \(namespaces)><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>"
        + "<p:spTree>\(emptyTree)</p:spTree></p:cSld>"
        + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" "
        + "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"
        + "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst></p:sldMaster>"

    static let masterRelationships = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/slideLayout\" Target=\"../slideLayouts/slideLayout1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(relationships)/theme\" Target=\"../theme/theme1.xml\"/>"
        + "</Relationships>"

    static let layout = header + "<p:sldLayout \(namespaces) type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\">"
        + "<p:spTree>\(emptyTree)</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"

    static let layoutRelationships = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/slideMaster\" Target=\"../slideMasters/slideMaster1.xml\"/>"
        + "</Relationships>"

    /// A slide's relationships: its layout and, on a chart's slide, the chart.
    static func slideRelationships(chart: Int?) -> String {
        header
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(relationships)/slideLayout\" Target=\"../slideLayouts/slideLayout1.xml\"/>"
            + (chart.map { "<Relationship Id=\"rId2\" Type=\"\(relationships)/chart\" Target=\"../charts/chart\($0).xml\"/>" } ?? "")
            + "</Relationships>"
    }

    /// The theme: Okabe-Ito colours and DejaVu Sans, plain fills and lines.
    static let theme: String = {
        let colours = [("dk1", "1A1A1A"), ("lt1", "FFFFFF"), ("dk2", "4D4D4D"), ("lt2", "F2F2F2"), ("accent1", "0072B2"),
                       ("accent2", "B27A00"), ("accent3", "007A5A"), ("accent4", "A0527F"), ("accent5", "D55E00"),
                       ("accent6", "56B4E9"), ("hlink", "0068A3"), ("folHlink", "934B74")]
        let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
        let line = "<a:ln w=\"12700\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
        let font = "<a:latin typeface=\"DejaVu Sans\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
        return header + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"toc\"><a:themeElements>"
            + "<a:clrScheme name=\"toc\">" + colours.map { "<a:\($0.0)><a:srgbClr val=\"\($0.1)\"/></a:\($0.0)>" }.joined()
            + "</a:clrScheme><a:fontScheme name=\"toc\"><a:majorFont>\(font)</a:majorFont><a:minorFont>\(font)</a:minorFont></a:fontScheme>"
            + "<a:fmtScheme name=\"toc\"><a:fillStyleLst>\(fill)\(fill)\(fill)</a:fillStyleLst>"
            + "<a:lnStyleLst>\(line)\(line)\(line)</a:lnStyleLst>"
            + "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"
            + "<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>"
            + "<a:bgFillStyleLst>\(fill)\(fill)\(fill)</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>"
    }()

    static func core(title: String) -> String {
        header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>\(XMLNode.escape(title))</dc:title>"
            + "<dc:creator>toc</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>"
    }

    static func app(slides: Int) -> String {
        header + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>toc</Application><Slides>\(slides)</Slides></Properties>"
    }
}
