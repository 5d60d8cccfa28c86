import RapportCore

/// The words of a profile fit's band, which `survey fit` prints and a report shows.
extension Words {
    /// A band in words.
    public static func band(_ band: FitBand) -> Message {
        switch band {
        case .strong: return Message(en: "strong", de: "stark")
        case .moderate: return Message(en: "moderate", de: "mittel")
        case .weak: return Message(en: "weak", de: "schwach")
        case .opposed: return Message(en: "opposed", de: "gegenläufig")
        case .undefined: return Message(en: "undefined", de: "nicht bestimmbar")
        }
    }
}
