import RapportCore

/// The text pieces of a chart part: run properties in the deck's font, rich titles and text properties.
enum ChartText {
    /// `a:defRPr` (or another run-properties element) with a size in points, bold or not, in a colour and the font.
    static func runProperties(_ element: String, size: Double, bold: Bool = false, colour: String,
                              language: String? = nil) -> String {
        "<a:\(element)" + (language.map { " lang=\"\($0)\"" } ?? "") + " sz=\"\(Int((size * 100).rounded()))\""
            + " b=\"\(bold ? 1 : 0)\"><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill>"
            + "<a:latin typeface=\"\(OfficeStyle.font)\"/><a:cs typeface=\"\(OfficeStyle.font)\"/></a:\(element)>"
    }

    /// `c:txPr`: the default look of the text of the element it is in.
    static func properties(size: Double, bold: Bool = false, colour: String = OfficeStyle.muted,
                           rotated: Bool = false) -> String {
        "<c:txPr><a:bodyPr" + (rotated ? " rot=\"-5400000\" vert=\"horz\"" : "") + "/><a:lstStyle/><a:p><a:pPr>"
            + runProperties("defRPr", size: size, bold: bold, colour: colour) + "</a:pPr><a:endParaRPr lang=\"en-US\"/>"
            + "</a:p></c:txPr>"
    }

    /// `c:title` with a text of its own, not over the plot.
    static func title(_ text: String, size: Double, language: String, rotated: Bool = false) -> String {
        "<c:title><c:tx><c:rich><a:bodyPr" + (rotated ? " rot=\"-5400000\" vert=\"horz\"" : "") + "/><a:lstStyle/>"
            + "<a:p><a:pPr>" + runProperties("defRPr", size: size, bold: true, colour: OfficeStyle.text)
            + "</a:pPr><a:r>" + runProperties("rPr", size: size, bold: true, colour: OfficeStyle.text, language: language)
            + "<a:t>" + XMLText.escaped(text) + "</a:t></a:r></a:p></c:rich></c:tx>"
            + "<c:overlay val=\"0\"/></c:title>"
    }

    /// The `lang` value of a language, as Office writes it.
    static func tag(_ language: Language) -> String {
        language == .de ? "de-DE" : "en-US"
    }
}
