/// The theme of a deck (and of its notes pages): the accent and greys as colour scheme, Arial for headings and text,
/// plain fills and lines.
enum DeckTheme {
    /// A theme part's XML.
    static let xml: String = {
        let font = OfficeStyle.font
        let colours = [("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", OfficeStyle.text), ("lt2", OfficeStyle.lightFill),
                       ("accent1", OfficeStyle.accent), ("accent2", "A6A6A6"), ("accent3", "9DC3E6"),
                       ("accent4", "404040"), ("accent5", "5B9BD5"), ("accent6", "7F7F7F"),
                       ("hlink", OfficeStyle.accent), ("folHlink", "7F7F7F")]
        let fonts = "<a:latin typeface=\"\(font)\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
        let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
        let line = { (width: Int) in
            "<a:ln w=\"\(width)\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\">\(fill)<a:prstDash val=\"solid\"/></a:ln>"
        }
        return OfficeXML.declaration + "<a:theme xmlns:a=\"\(OfficeXML.drawing)\" name=\"rapport\"><a:themeElements>"
            + "<a:clrScheme name=\"rapport\">"
            + colours.map { name, value in
                name == "dk1" ? "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>"
                    : name == "lt1" ? "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>"
                    : "<a:\(name)><a:srgbClr val=\"\(value)\"/></a:\(name)>"
            }.joined()
            + "</a:clrScheme><a:fontScheme name=\"rapport\"><a:majorFont>\(fonts)</a:majorFont>"
            + "<a:minorFont>\(fonts)</a:minorFont></a:fontScheme><a:fmtScheme name=\"rapport\">"
            + "<a:fillStyleLst>\(fill)\(fill)\(fill)</a:fillStyleLst>"
            + "<a:lnStyleLst>\(line(6350))\(line(12700))\(line(19050))</a:lnStyleLst>"
            + "<a:effectStyleLst>" + String(repeating: "<a:effectStyle><a:effectLst/></a:effectStyle>", count: 3)
            + "</a:effectStyleLst><a:bgFillStyleLst>\(fill)\(fill)\(fill)</a:bgFillStyleLst></a:fmtScheme>"
            + "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    }()
}
