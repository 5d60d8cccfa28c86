/// The text pieces of a chart part: the default text properties of its elements and rich titles.
enum ChartText {
    /// `c:txPr`: the default look of the text of the element it is in.
    static func properties(size: Double, bold: Bool = false, colour: String = OfficeStyle.muted,
                           rotated: Bool = false) -> String {
        "<c:txPr><a:bodyPr" + (rotated ? " rot=\"-5400000\" vert=\"horz\"" : "") + "/><a:lstStyle/><a:p><a:pPr>"
            + DrawingText.runProperties("defRPr", size: size, bold: bold, colour: colour) + "</a:pPr>"
            + "<a:endParaRPr lang=\"en-US\"/>"
            + "</a:p></c:txPr>"
    }

    /// `c:title` with a text of its own, not over the plot.
    static func title(_ text: String, size: Double, language: String, rotated: Bool = false) -> String {
        "<c:title><c:tx><c:rich><a:bodyPr" + (rotated ? " rot=\"-5400000\" vert=\"horz\"" : "") + "/><a:lstStyle/>"
            + "<a:p><a:pPr>" + DrawingText.runProperties("defRPr", size: size, bold: true, colour: OfficeStyle.text)
            + "</a:pPr><a:r>"
            + DrawingText.runProperties("rPr", size: size, bold: true, colour: OfficeStyle.text, language: language)
            + "<a:t>" + XMLText.escaped(text) + "</a:t></a:r></a:p></c:rich></c:tx>"
            + "<c:overlay val=\"0\"/></c:title>"
    }
}
