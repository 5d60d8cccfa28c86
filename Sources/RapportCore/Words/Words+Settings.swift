/// Messages about settings.
extension Words {
    /// The `lang` setting.
    public static let settingLang = Message(en: "language of messages and tables (en, de)",
                                            de: "Sprache der Meldungen und Tabellen (en, de)")
    /// The `output` setting.
    public static let settingOutput = Message(
        en: "how results are printed: table for people; json, csv, tsv or md (markdown) for programs and documents",
        de: "wie Ergebnisse erscheinen: table für Menschen; json, csv, tsv oder md (markdown) für Programme und "
            + "Dokumente")
    /// The `echo` setting.
    public static let settingEcho = Message(en: "print each command before it runs (on, off)",
                                            de: "jeden Befehl vor der Ausführung anzeigen (on, off)")
    /// The `color` setting.
    public static let settingColor = Message(en: "colour on a terminal (auto, always, never)",
                                             de: "Farbe im Terminal (auto, always, never)")
    /// The `timezone` setting.
    public static let settingTimezone = Message(en: "IANA time zone in which hours, days and weeks are counted",
                                                de: "IANA-Zeitzone, in der Stunden, Tage und Wochen zählen")
    /// The `currency` setting.
    public static let settingCurrency = Message(en: "currency code for money in tables (ISO 4217)",
                                                de: "Währungscode für Geldbeträge in Tabellen (ISO 4217)")
    /// The `width` setting.
    public static let settingWidth = Message(en: "the width tables fit into: auto (the terminal's) or 40 to 400 columns",
                                             de: "die Breite, in die Tabellen passen: auto (die des Terminals) oder 40 bis 400 Spalten")
    /// The `big` setting.
    public static let settingBig = Message(en: "tables for a projector: wider spacing, at most 6 columns (on, off)",
                                           de: "Tabellen für den Beamer: mehr Abstand, höchstens 6 Spalten (on, off)")
    /// A `width` that is neither auto nor 40 to 400.
    public static func badWidth(_ value: String) -> Message {
        Message(en: "width takes auto or a number of columns from 40 to 400, not '\(value)'",
                de: "width nimmt auto oder eine Spaltenzahl von 40 bis 400, nicht '\(value)'")
    }
    /// The `timer` setting.
    public static let settingTimer = Message(en: "print how long each command took, to stderr (on, off)",
                                             de: "ausgeben, wie lange jeder Befehl dauerte, auf stderr (on, off)")
    /// How long a command took, printed when `timer` is on.
    public static func commandTime(_ seconds: Double) -> Message {
        Message(en: "time: \(Language.en.fixed(seconds, places: 3)) s", de: "Zeit: \(Language.de.fixed(seconds, places: 3)) s")
    }
    /// The `seed` setting.
    public static let settingSeed = Message(en: "seed of every random computation (a whole number)",
                                            de: "Startwert jeder Zufallsberechnung (eine ganze Zahl)")
    /// The `resamples` setting.
    public static let settingResamples = Message(en: "resamples of every bootstrap interval (100 to 100000)",
                                                 de: "Wiederholungen jedes Bootstrap-Intervalls (100 bis 100000)")
    /// The `company-names` setting.
    public static let settingCompanyNames = Message(en: "names of the company in post texts, separated by ; (for attribution)",
                                                    de: "Namen des Unternehmens in Beitragstexten, getrennt durch ; (für die Zuordnung)")

    /// The `audit-threshold` setting.
    public static let settingAuditThreshold = Message(
        en: "score from which audit counts a follower as likely fake (0 to 1, default 0.5)",
        de: "Wert, ab dem audit einen Follower als wahrscheinlich falsch zählt (0 bis 1, Standard 0,5)")
    /// A value that is no fraction from 0 to 1.
    public static func badFraction(_ value: String) -> Message {
        Message(en: "'\(value)' is no number from 0 to 1 (such as 0.5 or 50%)",
                de: "'\(value)' ist keine Zahl von 0 bis 1 (etwa 0.5 oder 50%)")
    }
    /// The `stage-window` setting.
    public static let settingStageWindow = Message(
        en: "days of interactions that count for relationship stages (a whole number from 1)",
        de: "Tage an Interaktionen, die für Beziehungsstufen zählen (eine ganze Zahl ab 1)")
    /// The `stage-friend` setting.
    public static let settingStageFriend = Message(
        en: "points from which an audience member is a friend (relationship stages)",
        de: "Punkte, ab denen eine Person aus dem Publikum Freund ist (Beziehungsstufen)")
    /// The `stage-confidant` setting.
    public static let settingStageConfidant = Message(
        en: "points from which an audience member is a confidant, with a recent comment or share (relationship stages)",
        de: "Punkte, ab denen eine Person aus dem Publikum Vertrauter ist, mit einem jüngsten Kommentar oder Share (Beziehungsstufen)")
    /// The `stage-recent` setting.
    public static let settingStageRecent = Message(
        en: "days before the end of the window in which a confidant must have commented or shared",
        de: "Tage vor dem Ende des Zeitfensters, in denen ein Vertrauter kommentiert oder geteilt haben muss")
    /// A setting that takes a whole number from 1 got something else.
    public static func badWholeNumberSetting(_ name: String, _ value: String, largest: Int) -> Message {
        Message(en: "\(name) must be a whole number from 1 to \(largest), not '\(value)'",
                de: "\(name) muss eine ganze Zahl von 1 bis \(largest) sein, nicht '\(value)'")
    }

    /// A setting with a fixed list of values got another one.
    public static func settingChoices(_ name: String, _ choices: [String]) -> Message {
        let list = choices.joined(separator: ", ")
        return Message(en: "setting '\(name)' takes one of: \(list)", de: "Einstellung '\(name)' nimmt einen von: \(list)")
    }
    /// A `timezone` that is no IANA name.
    public static func unknownTimezone(_ value: String) -> Message {
        Message(en: "unknown time zone '\(value)' (use an IANA name such as Europe/Zurich)",
                de: "unbekannte Zeitzone '\(value)' (IANA-Name wie Europe/Zurich verwenden)")
    }
    /// A `currency` that is not three letters.
    public static func badCurrency(_ value: String) -> Message {
        Message(en: "'\(value)' is not a three-letter currency code", de: "'\(value)' ist kein dreistelliger Währungscode")
    }
    /// A `resamples` outside 100 to 100000.
    public static func badResamples(_ value: String) -> Message {
        Message(en: "resamples must be a whole number from 100 to 100000, not '\(value)'",
                de: "Wiederholungen müssen eine ganze Zahl von 100 bis 100000 sein, nicht '\(value)'")
    }
    /// A `seed` that is not a whole number from 0.
    public static func badSeed(_ value: String) -> Message {
        Message(en: "the seed must be a whole number of 0 or more, not '\(value)'",
                de: "der Startwert muss eine ganze Zahl ab 0 sein, nicht '\(value)'")
    }
    /// A setting name rapport does not know.
    public static func unknownSetting(_ name: String) -> Message {
        Message(en: "unknown setting '\(name)'", de: "unbekannte Einstellung '\(name)'")
    }

    /// The `plugin-timeout` setting.
    public static let settingPluginTimeout = Message(en: "seconds a plugin may take before it is stopped (1 to 3600)",
                                                     de: "Sekunden, die ein Plugin brauchen darf, bevor es beendet wird (1 bis 3600)")

    /// A `plugin-timeout` outside 1 to 3600 seconds.
    public static func badPluginTimeout(_ value: String) -> Message {
        Message(en: "plugin-timeout takes whole seconds from 1 to 3600, not '\(value)'",
                de: "plugin-timeout nimmt ganze Sekunden von 1 bis 3600, nicht '\(value)'")
    }
}
