import RapportCore

/// Messages of `trend` and of `score --per`, in English and German.
extension Words {
    /// One line on `trend`.
    public static let trendSummary = Message(
        en: "follow a per-post metric period by period, with its slope and a trend test",
        de: "eine Kennzahl je Beitrag Zeitraum für Zeitraum verfolgen, mit Steigung und Trendtest")
    /// The longer help of `trend`.
    public static let trendDiscussion = Message(
        en: "Per group and period (default month, in the timezone setting): posts, median, mean, pooled value and the "
            + "median's change against the period before; empty periods within the range stay as empty rows. "
            + "Per group: the Theil-Sen slope of the medians per period with its 95 % interval and the "
            + "Mann-Kendall test, from 4 periods with posts. explain trend says how to read them.",
        de: "Je Gruppe und Zeitraum (Standard Monat, in der Einstellung timezone): Beiträge, Median, Mittelwert, "
            + "gepoolter Wert und die Änderung des Medians gegen den Zeitraum davor; leere Zeiträume im Bereich "
            + "bleiben als leere Zeilen. Je Gruppe: die Theil-Sen-Steigung der Mediane je Zeitraum mit "
            + "95-%-Intervall und der Mann-Kendall-Test, ab 4 Zeiträumen mit Beiträgen. explain trend sagt, wie man "
            + "sie liest.")
    /// What `trend --per` does.
    public static let trendPerFlag = Message(en: "the period: day, week (ISO), month (default), quarter or year",
                                             de: "der Zeitraum: day, week (ISO), month (Standard), quarter oder year")
    /// What `trend --from` does.
    public static let trendFromFlag = Message(en: "leave out posts before this day (or time)",
                                              de: "Beiträge vor diesem Tag (oder Zeitpunkt) weglassen")
    /// What `trend --to` does.
    public static let trendToFlag = Message(en: "leave out posts after this day (or time)",
                                            de: "Beiträge nach diesem Tag (oder Zeitpunkt) weglassen")
    /// A metric without per-post values asked for a trend.
    public static func trendNeedsPostValues(_ metric: String) -> Message {
        Message(en: "\(metric) has no value per post, so it has no trend; try engagement-rate or another rate "
                    + "(score list)",
                de: "\(metric) hat keinen Wert je Beitrag und damit keinen Trend; engagement-rate oder eine "
                    + "andere Rate versuchen (score list)")
    }
    /// No posts with a time in the range.
    public static func trendNoPosts(_ dataset: String) -> Message {
        Message(en: "\(dataset) has no posts with a time in the range asked for",
                de: "\(dataset) hat keine Beiträge mit einer Zeit im gewünschten Bereich")
    }
    /// A `--from` or `--to` that is no date.
    public static func trendBadDate(_ text: String) -> Message {
        Message(en: "'\(text)' is not a date (write it as 2025-03-01 or 2025-03-01T14:30)",
                de: "'\(text)' ist kein Datum (etwa 2025-03-01 oder 2025-03-01T14:30)")
    }
    /// A range of more periods than a trend covers.
    public static func trendTooManyPeriods(_ count: Int64, period: String, limit: Int64) -> Message {
        Message(en: "the range holds \(count) periods of one \(period), more than the \(limit) a trend covers; "
                    + "choose a longer period (--per) or a shorter range (--from, --to)",
                de: "der Bereich umfasst \(count) Zeiträume (\(period)), mehr als die \(limit), die ein Trend abdeckt; "
                    + "einen längeren Zeitraum (--per) oder einen kürzeren Bereich (--from, --to) wählen")
    }
    /// `--to` before `--from`.
    public static let trendEmptyRange = Message(en: "--to lies before --from, so no post is left",
                                                de: "--to liegt vor --from, also bleibt kein Beitrag übrig")
    /// `score --per` with `--per-post`.
    public static let perWithPerPost = Message(
        en: "--per groups a result; --per-post adds a column instead: give one of them",
        de: "--per gruppiert ein Ergebnis, --per-post fügt stattdessen eine Spalte hinzu: nur eines davon angeben")
    /// The title of the trend table.
    public static func trendTitle(_ metric: String, dataset: String, period: CalendarPeriod, rows: Int) -> Message {
        Message(en: "\(metric) of \(dataset) per \(period.rawValue) (\(rows) rows)",
                de: "\(metric) von \(dataset) je \(periodName(period).de) (\(rows) Zeilen)")
    }
    /// The title of the slopes table.
    public static func trendSlopesTitle(_ period: CalendarPeriod) -> Message {
        Message(en: "Theil-Sen slope per \(period.rawValue) (95 % interval) and Mann-Kendall test",
                de: "Theil-Sen-Steigung je \(periodName(period).de) (95-%-Intervall) und Mann-Kendall-Test")
    }
    /// Where the trend was stored.
    public static func trendStored(_ table: String, _ slopes: String) -> Message {
        Message(en: "stored as \(table) and \(slopes)", de: "gespeichert als \(table) und \(slopes)")
    }

    /// A calendar period's name, singular.
    static func periodName(_ period: CalendarPeriod) -> Message {
        switch period {
        case .day: return Message(en: "day", de: "Tag")
        case .week: return Message(en: "week", de: "Woche")
        case .month: return Message(en: "month", de: "Monat")
        case .quarter: return Message(en: "quarter", de: "Quartal")
        case .year: return Message(en: "year", de: "Jahr")
        }
    }

    /// A number of calendar periods: `3 months`, `3 Monate`.
    static func periodCount(_ count: Int, _ period: CalendarPeriod) -> Message {
        let english = ["day": "days", "week": "weeks", "month": "months", "quarter": "quarters", "year": "years"]
        let german: [CalendarPeriod: String] = [.day: "Tage", .week: "Wochen", .month: "Monate", .quarter: "Quartale",
                                                .year: "Jahre"]
        let name = periodName(period)
        return Message(en: "\(count) " + (count == 1 ? name.en : english[period.rawValue] ?? name.en),
                       de: "\(count) " + (count == 1 ? name.de : german[period] ?? name.de))
    }

    /// The subject of a trend sentence: the metric, of one group's posts when there are groups.
    private static func trendSubject(_ metric: String, _ group: String?) -> Message {
        guard let group else { return Message(en: "The \(metric)", de: "Die \(metric)") }
        return Message(en: "The \(metric) of \(group) posts", de: "Die \(metric) der Beiträge von \(group)")
    }

    /// A slope amount with its unit: percentage points for rates.
    private static func trendAmount(_ amount: String, points: Bool) -> Message {
        points ? Message(en: "\(amount) points", de: "\(amount) Prozentpunkte") : Message(en: amount, de: amount)
    }

    /// The interval of a slope, or nothing when Sen's interval could not be computed.
    private static func trendInterval(_ low: String?, _ high: String?) -> Message {
        guard let low, let high else { return Message(en: "", de: "") }
        if low.hasPrefix("-") || high.hasPrefix("-") {
            return Message(en: " (95 % CI \(low) to \(high))", de: " (95-%-KI \(low) bis \(high))")
        }
        return Message(en: " (95 % CI \(low)–\(high))", de: " (95-%-KI \(low)–\(high))")
    }

    /// A trend unlikely to be chance: the metric rose or fell by an amount per period.
    public static func trendChanged(metric: String, group: String?, rose: Bool, amount: String, low: String?,
                                    high: String?, points: Bool, period: CalendarPeriod, p: String) -> Message {
        let subject = trendSubject(metric, group), size = trendAmount(amount, points: points)
        let interval = trendInterval(low, high), name = periodName(period)
        return Message(
            en: "\(subject.en) \(rose ? "rose" : "fell") by \(size.en) a \(name.en)\(interval.en), "
                + "a trend unlikely to be chance (\(p)).",
            de: "\(subject.de) \(rose ? "stieg" : "sank") um \(size.de) pro \(name.de)\(interval.de), "
                + "ein Trend, der kaum Zufall ist (\(p)).")
    }

    /// No trend could be shown: the slope with its interval, and that chance explains it.
    public static func trendUnclear(metric: String, group: String?, slope: String, low: String?, high: String?,
                                    points: Bool, period: CalendarPeriod, p: String) -> Message {
        let subject = trendSubject(metric, group), size = trendAmount(slope, points: points)
        let interval = trendInterval(low, high), name = periodName(period)
        return Message(
            en: "\(subject.en) showed no clear trend: its median moved by \(size.en) a \(name.en)\(interval.en), "
                + "but with these periods that could be chance (\(p)).",
            de: "\(subject.de) zeigte keinen klaren Trend: ihr Median bewegte sich um \(size.de) pro \(name.de)"
                + "\(interval.de), aber bei diesen Zeiträumen kann das Zufall sein (\(p)).")
    }

    /// The medians were the same in every period with posts.
    public static func trendFlat(metric: String, group: String?, period: CalendarPeriod) -> Message {
        let subject = trendSubject(metric, group), name = periodName(period)
        return Message(en: "\(subject.en) did not change: its median was the same in every \(name.en) with posts.",
                       de: "\(subject.de) blieb gleich: ihr Median war in jedem Zeitraum mit Beiträgen derselbe.")
    }

    /// Too few periods with posts for a slope and a test.
    public static func trendTooFewPeriods(metric: String, group: String?, periods: Int, period: CalendarPeriod,
                                          needed: Int) -> Message {
        let subject = trendSubject(metric, group), count = periodCount(periods, period)
        return Message(
            en: "\(subject.en) has posts in only \(count.en), and a trend needs at least \(needed): "
                + "no slope and no test, as any line through so few points would mislead.",
            de: "\(subject.de) hat nur in \(count.de) Beiträge, ein Trend braucht mindestens \(needed): "
                + "keine Steigung und kein Test, weil jede Linie durch so wenige Punkte täuschen würde.")
    }
}
