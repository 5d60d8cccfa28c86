import RapportCore

/// The German texts of simulated posts: an opener, a sentence that addresses readers, and sometimes a line naming the company.
///
/// Informal sentences use du, dich, dir, dein or euch/ihr; formal ones use Sie, Ihnen or Ihr
/// capitalised inside the sentence (never at its start); neutral ones use none of these words.
/// Every text is one of a fixed pool, so the column is dictionary-encoded.
enum PostText {
    /// The company the simulated CEO leads and whose page posts; some texts name it.
    static let company = "Acme"

    /// How a text addresses its readers.
    enum Address: Int, CaseIterable {
        case informal, formal, neutral
    }

    /// Neutral first sentences.
    static let openers = [
        "Neues aus der Werkstatt.", "Ein Blick hinter die Kulissen.", "Heute war ein besonderer Tag.",
        "Lange haben wir daran gearbeitet.", "Montagmorgen, erste Tasse Kaffee.", "Zahlen, die uns überrascht haben.",
        "Drei Dinge, die wir gelernt haben.", "Unser Team war wieder unterwegs.",
    ]

    /// Sentences by how they address readers, in the order of `Address` (informal, formal, neutral).
    static let sentences: [[String]] = [
        [
            "Was meinst du dazu?", "Schreib uns, wie du das siehst.", "Wir zeigen dir, wie es geht.",
            "Erzähl uns von deinem Projekt.", "Habt ihr Fragen? Wir freuen uns auf euch.", "Danke, dass ihr dabei seid!",
            "Ist das auch dein Thema?", "Wir halten dich auf dem Laufenden.",
        ],
        [
            "Was meinen Sie dazu?", "Wir zeigen Ihnen, wie es geht.", "Schreiben Sie uns Ihre Meinung.",
            "Gern beraten wir Sie persönlich.", "Erfahren Sie mehr im Beitrag.", "Vielen Dank für Ihr Vertrauen.",
            "Gern senden wir Ihnen die Unterlagen.", "Besuchen Sie uns am Stand.",
        ],
        [
            "Mehr dazu im Artikel.", "Das Ergebnis kann sich sehen lassen.", "Der Bericht ist jetzt online.",
            "Fortsetzung folgt.", "Gute Gespräche auf der Messe.", "Ein neues Kapitel beginnt.",
            "Qualität braucht Zeit.", "Das Projekt geht in die nächste Runde.",
        ],
    ]

    /// Closing lines that name the company.
    static let companyLines = [
        "Stolz auf das Team von \(company).", "Mehr bei \(company).", "\(company) wächst weiter.",
        "Gemeinsam mit \(company) auf dem Weg.", "#\(company)",
    ]

    /// Every possible text; a text's code is its index here.
    static let pool: [String] = {
        var texts: [String] = []
        for opener in openers {
            for address in Address.allCases {
                for sentence in sentences[address.rawValue] {
                    texts.append(opener + " " + sentence)
                    for line in companyLines { texts.append(opener + " " + sentence + " " + line) }
                }
            }
        }
        return texts
    }()

    /// The code of a random text with the given address, naming the company or not.
    static func draw(_ address: Address, namesCompany: Bool, using generator: inout SplitMix64) -> UInt32 {
        let perSentence = companyLines.count + 1
        let perAddress = sentences[address.rawValue].count
        let perOpener = Address.allCases.count * perAddress * perSentence
        let opener = generator.nextIndex(below: openers.count)
        let sentence = generator.nextIndex(below: perAddress)
        let line = namesCompany ? 1 + generator.nextIndex(below: companyLines.count) : 0
        let index = opener * perOpener + (address.rawValue * perAddress + sentence) * perSentence + line
        return UInt32(index)
    }
}
