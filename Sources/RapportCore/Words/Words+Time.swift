/// Messages about periods of time: spans and the names of weekdays.
extension Words {
    /// A `--last` span that is not a count and a unit.
    public static func badPeriodSpan(_ text: String) -> Message {
        Message(en: "a span is a whole number from 1 to 100000 and d (days), w (weeks), m (months), q (quarters) "
                    + "or y (years), as in 30d or 3m, not '\(text)'",
                de: "eine Spanne ist eine ganze Zahl von 1 bis 100000 und d (Tage), w (Wochen), m (Monate), "
                    + "q (Quartale) oder y (Jahre), etwa 30d oder 3m, nicht '\(text)'")
    }

    /// The name of an ISO weekday (1 = Monday … 7 = Sunday); another number stays a number.
    public static func weekdayName(_ weekday: Int64) -> Message {
        let english = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let german = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        return weekdayWord(weekday, english, german)
    }

    /// The short name of an ISO weekday (1 = Monday … 7 = Sunday), for narrow tables; another number stays a number.
    public static func weekdayShortName(_ weekday: Int64) -> Message {
        weekdayWord(weekday, ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                    ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"])
    }

    /// The word of a weekday out of seven English and seven German ones.
    private static func weekdayWord(_ weekday: Int64, _ english: [String], _ german: [String]) -> Message {
        guard (1...7).contains(weekday) else { return Message(en: String(weekday), de: String(weekday)) }
        return Message(en: english[Int(weekday) - 1], de: german[Int(weekday) - 1])
    }

    /// A time format that ends in a lone `%`.
    public static let timeFormatTrailingPercent = Message(
        en: "the time format ends with a lone %; write %% for a percent sign",
        de: "das Zeitformat endet mit einem einzelnen %; %% steht für ein Prozentzeichen")
    /// A time format without `%Y` or `%y`.
    public static let timeFormatNeedsYear = Message(
        en: "the time format needs a year: %Y (four digits), %y (two) or %F",
        de: "das Zeitformat braucht ein Jahr: %Y (vier Ziffern), %y (zwei) oder %F")
    /// A `%` directive the time format does not know.
    public static func timeFormatUnknownDirective(_ directive: String) -> Message {
        Message(en: "unknown directive \(directive) in the time format; known are %Y %y %m %d %e %H %I %p %M %S "
                    + "%b %h %B %a %A %z %F %T and %%",
                de: "unbekannte Angabe \(directive) im Zeitformat; bekannt sind %Y %y %m %d %e %H %I %p %M %S "
                    + "%b %h %B %a %A %z %F %T und %%")
    }
}
