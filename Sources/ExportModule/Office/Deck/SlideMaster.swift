/// The slide master and its two layouts (a title slide, and a title with free content), plain white with the
/// title placeholders where the composer puts the titles.
enum SlideMaster {
    /// The colour map every master and notes master uses.
    static let colourMap = "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\""
        + " accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\""
        + " hlink=\"hlink\" folHlink=\"folHlink\"/>"

    /// The layouts by file number: 1 the title slide, 2 title only.
    static let layoutNames = [(1, "title", "Title Slide"), (2, "titleOnly", "Title Only")]

    /// The namespaces of a PresentationML part's root.
    static let namespaces = " xmlns:a=\"\(OfficeXML.drawing)\" xmlns:r=\"\(OfficeXML.relationships)\""
        + " xmlns:p=\"\(OfficeXML.presentation)\""

    /// An empty group header of a shape tree followed by `shapes`.
    static func tree(_ shapes: String) -> String {
        "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
            + shapes + "</p:spTree>"
    }

    /// A placeholder shape at a frame (points) with a default run size.
    static func placeholder(id: Int, name: String, type: String, frame: Frame, size: Double, bold: Bool,
                            anchor: String = "t") -> String {
        "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(name)\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph \(type)/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>" + frame.offsetAndExtent + "</a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr lIns=\"0\" tIns=\"0\""
            + " rIns=\"0\" bIns=\"0\" anchor=\"\(anchor)\"><a:noAutofit/></a:bodyPr>"
            + "<a:lstStyle/><a:p><a:pPr><a:buNone/></a:pPr><a:endParaRPr lang=\"en-US\""
            + " sz=\"\(Int(size * 100))\" b=\"\(bold ? 1 : 0)\"/></a:p></p:txBody></p:sp>"
    }

    /// slideMaster1.xml; its layouts are relationships rId1 and rId2, its theme rId3.
    static let masterXML: String = {
        let margin = SlideComposer.margin, width = SlideComposer.width - 2 * SlideComposer.margin
        let level = { (size: Int, bold: Bool, colour: String) in
            "<a:lvl1pPr marL=\"0\" indent=\"0\" algn=\"l\"><a:lnSpc><a:spcPct val=\"100000\"/></a:lnSpc><a:buNone/>"
                + "<a:defRPr sz=\"\(size)\" b=\"\(bold ? 1 : 0)\" kern=\"0\"><a:solidFill>"
                + "<a:srgbClr val=\"\(colour)\"/>"
                + "</a:solidFill><a:latin typeface=\"+mj-lt\"/><a:ea typeface=\"+mj-ea\"/><a:cs typeface=\"+mj-cs\"/>"
                + "</a:defRPr></a:lvl1pPr>"
        }
        return OfficeXML.declaration + "<p:sldMaster\(namespaces)><p:cSld><p:bg><p:bgPr><a:solidFill>"
            + "<a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>"
            + tree(placeholder(id: 2, name: "Title Placeholder 1", type: "type=\"title\"",
                               frame: Frame(x: margin, y: 24, width: width, height: 60), size: 28, bold: true,
                               anchor: "b")
                + placeholder(id: 3, name: "Text Placeholder 2", type: "type=\"body\" idx=\"1\"",
                              frame: Frame(x: margin, y: 166, width: width, height: 322), size: 18, bold: false))
            + "</p:cSld>" + colourMap
            + "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/>"
            + "<p:sldLayoutId id=\"2147483650\" r:id=\"rId2\"/></p:sldLayoutIdLst>"
            + "<p:txStyles><p:titleStyle>" + level(2800, true, OfficeStyle.text) + "</p:titleStyle>"
            + "<p:bodyStyle>" + level(1800, false, OfficeStyle.text) + "</p:bodyStyle>"
            + "<p:otherStyle>" + level(1800, false, OfficeStyle.text) + "</p:otherStyle></p:txStyles></p:sldMaster>"
    }()

    /// A layout's XML.
    static func layoutXML(type: String, name: String) -> String {
        let margin = SlideComposer.margin, width = SlideComposer.width - 2 * SlideComposer.margin
        let shapes = type == "title"
            ? placeholder(id: 2, name: "Title 1", type: "type=\"ctrTitle\"",
                          frame: Frame(x: margin, y: 160, width: width, height: 160), size: 40, bold: true,
                          anchor: "b")
                + placeholder(id: 3, name: "Subtitle 2", type: "type=\"subTitle\" idx=\"1\"",
                              frame: Frame(x: margin, y: 358, width: width, height: 140), size: 20, bold: false)
            : placeholder(id: 2, name: "Title 1", type: "type=\"title\"",
                          frame: Frame(x: margin, y: 24, width: width, height: 60), size: 28, bold: true, anchor: "b")
        return OfficeXML.declaration + "<p:sldLayout\(namespaces) type=\"\(type)\" preserve=\"1\">"
            + "<p:cSld name=\"\(name)\">" + tree(shapes) + "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
            + "</p:sldLayout>"
    }
}
