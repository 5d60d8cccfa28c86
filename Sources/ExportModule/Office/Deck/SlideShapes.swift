/// The shapes of one slide's shape tree, numbered as they are added: text boxes and placeholders, rules, the logo
/// picture, a chart's and a table's graphic frame.
struct SlideShapes {
    /// The `lang` of the texts.
    let language: String
    /// The shapes' XML so far.
    private(set) var xml = ""
    /// The id of the next shape (1 is the tree itself).
    private var nextId = 2

    /// An empty tree for texts in a language.
    init(language: String) {
        self.language = language
    }

    /// The `p:spTree` element.
    var tree: String {
        SlideMaster.tree(xml)
    }

    /// Takes the next shape id.
    private mutating func id() -> Int {
        defer { nextId += 1 }
        return nextId
    }

    /// A text shape; `placeholder` is the `p:ph` it fills (`type="title"`), nil for a plain text box. The text sits at
    /// the box's edges (no insets), anchored at the top, middle or bottom (`t`, `ctr`, `b`), and is never resized by
    /// the program: the sizes given already fit.
    mutating func text(_ name: String, _ frame: Frame, _ paragraphs: [ShapeParagraph], anchor: String = "t",
                       placeholder: String? = nil) {
        let id = id()
        let kind = placeholder.map { "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph \($0)/></p:nvPr>" }
            ?? "<p:cNvSpPr txBox=\"1\"/><p:nvPr/>"
        xml += "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\"" + OfficeXML.attribute("name", "\(name) \(id - 1)") + "/>" + kind
            + "</p:nvSpPr><p:spPr><a:xfrm>" + frame.offsetAndExtent + "</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/>"
            + "</a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></p:spPr><p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\""
            + " tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"\(anchor)\" rtlCol=\"0\"><a:noAutofit/></a:bodyPr>"
            + "<a:lstStyle/>"
            + (paragraphs.isEmpty ? "<a:p/>" : paragraphs.map { $0.xml(language: language) }.joined())
            + "</p:txBody></p:sp>"
    }

    /// A filled rectangle without text, such as the accent rule under a title or a key figure's tile.
    mutating func rule(_ frame: Frame, colour: String) {
        let id = id()
        xml += "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"Rule \(id - 1)\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>"
            + "<p:spPr><a:xfrm>" + frame.offsetAndExtent + "</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
            + "<a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
    }

    /// A picture of relationship `image`, described as `description` for screen readers.
    mutating func picture(_ frame: Frame, image: String, description: String) {
        let id = id()
        xml += "<p:pic><p:nvPicPr><p:cNvPr id=\"\(id)\" name=\"Picture \(id - 1)\""
            + OfficeXML.attribute("descr", description) + "/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/>"
            + "</p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed=\"\(image)\"/><a:stretch><a:fillRect/>"
            + "</a:stretch></p:blipFill><p:spPr><a:xfrm>" + frame.offsetAndExtent + "</a:xfrm>"
            + "<a:prstGeom prst=\"rect\">"
            + "<a:avLst/></a:prstGeom></p:spPr></p:pic>"
    }

    /// The graphic frame of a chart part of relationship `chart`.
    mutating func chart(_ frame: Frame, chart: String) {
        graphicFrame(frame, name: "Chart", uri: OfficeXML.chart,
                     data: "<c:chart xmlns:c=\"\(OfficeXML.chart)\" r:id=\"\(chart)\"/>")
    }

    /// The graphic frame of a table (`a:tbl` written by `SlideTableLayout`).
    mutating func table(_ frame: Frame, table: String) {
        graphicFrame(frame, name: "Table", uri: "http://schemas.openxmlformats.org/drawingml/2006/table", data: table)
    }

    /// A graphic frame named `name` and its number, holding `data` of the kind `uri` names.
    private mutating func graphicFrame(_ frame: Frame, name: String, uri: String, data: String) {
        let id = id()
        xml += "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"\(id)\" name=\"\(name) \(id - 1)\"/>"
            + "<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/>"
            + "</p:nvGraphicFramePr><p:xfrm>" + frame.offsetAndExtent + "</p:xfrm><a:graphic>"
            + "<a:graphicData uri=\"\(uri)\">" + data + "</a:graphicData></a:graphic></p:graphicFrame>"
    }
}
