/// One paragraph of a text shape: its text (line breaks kept) and how it is set.
struct ShapeParagraph {
    /// How a paragraph is aligned.
    enum Alignment: String {
        case left = "l", right = "r", centre = "ctr"
    }

    /// The text.
    var text: String
    /// The font size in points.
    var size: Double
    /// Whether it is bold.
    var bold = false
    /// The text colour.
    var colour = OfficeStyle.text
    /// The alignment.
    var alignment = Alignment.left
    /// A bullet mark in front and its colour; the text is indented by `indent` points.
    var bullet: (mark: String, colour: String)?
    /// The indent of a bulleted paragraph in points.
    var indent = 0.0
    /// Space above the paragraph in points.
    var spaceBefore = 0.0

    /// The `a:p` element; `language` is the `lang` of its runs.
    func xml(language: String) -> String {
        var properties = "<a:pPr algn=\"\(alignment.rawValue)\""
        if bullet != nil {
            properties += " marL=\"\(Frame.emu(indent))\" indent=\"\(-Frame.emu(indent))\""
        }
        properties += ">"
        if spaceBefore > 0 { properties += "<a:spcBef><a:spcPts val=\"\(Int((spaceBefore * 100).rounded()))\"/>"
            + "</a:spcBef>" }
        if let bullet {
            properties += "<a:buClr><a:srgbClr val=\"\(bullet.colour)\"/></a:buClr>"
                + "<a:buFont typeface=\"\(OfficeStyle.font)\"/><a:buChar char=\"\(XMLText.escaped(bullet.mark))\"/>"
        } else {
            properties += "<a:buNone/>"
        }
        properties += "</a:pPr>"
        let run = DrawingText.runProperties("rPr", size: size, bold: bold, colour: colour, language: language)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.isEmpty ? "" : "<a:r>" + run + "<a:t>" + XMLText.escaped(String($0)) + "</a:t></a:r>"
        }
        let end = DrawingText.runProperties("endParaRPr", size: size, bold: bold, colour: colour, language: language)
        return "<a:p>" + properties + lines.joined(separator: "<a:br>" + run + "</a:br>") + end + "</a:p>"
    }
}
