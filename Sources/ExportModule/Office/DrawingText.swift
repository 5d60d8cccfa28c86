import RapportCore

/// Run properties of DrawingML text (charts, slides, tables) in the Office files' font, and language tags.
enum DrawingText {
    /// `a:rPr` (or `a:defRPr`, `a:endParaRPr`) with a size in points, bold or not, in a colour and the font.
    static func runProperties(_ element: String, size: Double, bold: Bool = false, colour: String,
                              language: String? = nil) -> String {
        "<a:\(element)" + (language.map { " lang=\"\($0)\"" } ?? "") + " sz=\"\(Int((size * 100).rounded()))\""
            + " b=\"\(bold ? 1 : 0)\"><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill>"
            + "<a:latin typeface=\"\(OfficeStyle.font)\"/><a:cs typeface=\"\(OfficeStyle.font)\"/></a:\(element)>"
    }

    /// The `lang` value of a language, as Office writes it.
    static func tag(_ language: Language) -> String {
        language == .de ? "de-DE" : "en-US"
    }
}
