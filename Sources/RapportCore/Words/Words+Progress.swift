/// The words of the progress line on standard error.
extension Words {
    /// "412 MiB of 1.2 GiB", "41,000 of 100,000 rows".
    public static func progressOf(_ done: String, _ total: String) -> Message {
        Message(en: "\(done) of \(total)", de: "\(done) von \(total)")
    }
    /// A rate: "180.2 MiB/s".
    public static func progressRate(_ amount: String) -> Message {
        Message(en: "\(amount)/s", de: "\(amount)/s")
    }
    /// The time still to go: "4 s left".
    public static func progressLeft(_ duration: String) -> Message {
        Message(en: "\(duration) left", de: "noch \(duration)")
    }
    /// A count with its unit: "41,000 rows", "2,000 resamples".
    public static func progressUnit(_ unit: ProgressUnit, _ number: String) -> Message {
        switch unit {
        case .rows: return Message(en: "\(number) rows", de: "\(number) Zeilen")
        case .values: return Message(en: "\(number) values", de: "\(number) Werte")
        case .resamples: return Message(en: "\(number) resamples", de: "\(number) Wiederholungen")
        case .bytes, .none: return Message(en: number, de: number)
        }
    }
    /// Saving datasets to the workspace folder, which quitting and the end of a script wait for.
    public static let progressSaving = Message(en: "saving the workspace", de: "speichere den Arbeitsbereich")
}
