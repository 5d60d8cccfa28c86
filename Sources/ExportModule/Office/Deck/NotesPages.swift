/// The speaker notes: the notes master (the page with the slide's picture above the notes) and each slide's notes.
enum NotesPages {
    /// The notes page in EMU: portrait, 7.5 × 10 inches.
    static let width = 6_858_000, height = 9_144_000

    /// notesMaster1.xml; its theme is relationship rId1.
    static let masterXML = OfficeXML.declaration + "<p:notesMaster\(SlideMaster.namespaces)><p:cSld><p:bg><p:bgPr>"
        + "<a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>"
        + SlideMaster.tree(
            "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\""
                + " noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\" idx=\"2\"/></p:nvPr>"
                + "</p:nvSpPr><p:spPr><a:xfrm><a:off x=\"381000\" y=\"685800\"/><a:ext cx=\"6096000\" cy=\"3429000\"/>"
                + "</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln w=\"12700\"><a:solidFill>"
                + "<a:srgbClr val=\"\(OfficeStyle.rule)\"/></a:solidFill></a:ln></p:spPr></p:sp>"
                + "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/>"
                + "</p:cNvSpPr><p:nvPr><p:ph type=\"body\" sz=\"quarter\" idx=\"3\"/></p:nvPr></p:nvSpPr>"
                + "<p:spPr><a:xfrm>"
                + "<a:off x=\"685800\" y=\"4343400\"/><a:ext cx=\"5486400\" cy=\"4114800\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>"
                + "<a:p><a:endParaRPr lang=\"en-US\"/></a:p></p:txBody></p:sp>")
        + "</p:cSld>" + SlideMaster.colourMap
        + "<p:notesStyle><a:lvl1pPr marL=\"0\" algn=\"l\"><a:defRPr sz=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/>"
        + "</a:solidFill><a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/>"
        + "</a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>"

    /// A slide's notes page: the slide's picture and the notes, one paragraph per line.
    static func slideXML(_ notes: String, language: String) -> String {
        let paragraphs = notes.split(separator: "\n", omittingEmptySubsequences: false).map {
            ShapeParagraph(text: String($0), size: 12).xml(language: language)
        }.joined()
        return OfficeXML.declaration + "<p:notes\(SlideMaster.namespaces)><p:cSld>"
            + SlideMaster.tree(
                "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/><p:cNvSpPr><a:spLocks"
                    + " noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr>"
                    + "<p:ph type=\"sldImg\"/></p:nvPr>"
                    + "</p:nvSpPr><p:spPr/></p:sp><p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder 2\"/>"
                    + "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr>"
                    + "</p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>" + paragraphs + "</p:txBody></p:sp>")
            + "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    }
}
