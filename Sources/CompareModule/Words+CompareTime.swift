import RapportCore

/// Messages of `compare --per` and `compare --last`, in English and German.
extension Words {
    /// What `--last SPAN` does.
    public static let lastFlag = Message(
        en: "the latest span (30d, 4w, 3m, 1q, 1y) against the span of equal length before it",
        de: "die letzte Spanne (30d, 4w, 3m, 1q, 1y) gegen die gleich lange Spanne davor")
    /// What `compare --as-of DATE` does.
    public static let compareAsOfFlag = Message(
        en: "where --last ends (default: the latest time in the data)",
        de: "wo --last endet (Standard: die späteste Zeit in den Daten)")
    /// The name of the latest `--last` span.
    public static func lastSpan(_ span: String, from: String, to: String) -> Message {
        Message(en: "from the last \(span) (\(from) to \(to))", de: "der letzten \(span) (\(from) bis \(to))")
    }
    /// The name of the span before the latest one.
    public static func spanBefore(_ span: String, from: String) -> Message {
        Message(en: "from the \(span) before (from \(from))", de: "der \(span) davor (ab \(from))")
    }
    /// `compare --per weekday` or `--per hour`.
    public static let comparePerNeedsCalendarPeriod = Message(
        en: "compare --per takes a calendar period (day, week, month, quarter, year); for weekdays or hours derive "
            + "a column (derive posts wd = weekday(published)) and compare by it",
        de: "compare --per nimmt einen Kalenderzeitraum (day, week, month, quarter, year); für Wochentage oder Stunden "
            + "eine Spalte ableiten (derive posts wd = weekday(published)) und nach ihr vergleichen")
    /// Fewer than two periods with posts.
    public static func comparePerNeedsTwoPeriods(_ period: String) -> Message {
        Message(en: "only one \(period) has posts with a value; there is nothing to compare it with",
                de: "nur ein Zeitraum (\(period)) hat Beiträge mit Wert; es gibt nichts zum Vergleichen")
    }
    /// Empty periods between the first and the last, which are skipped.
    public static func comparePerSkipsEmpty(_ count: Int, period: String) -> Message {
        Message(en: "\(count) \(period) periods without posts were skipped: a period after a gap is compared with the "
                    + "last one before the gap",
                de: "\(count) Zeiträume (\(period)) ohne Beiträge wurden übersprungen: ein Zeitraum nach einer "
                    + "Lücke wird mit dem letzten vor der Lücke verglichen")
    }
    /// One change between two periods, for the sentence.
    public static func periodChange(_ period: String, against earlier: String, ratio: String, p: String) -> Message {
        Message(en: "\(period) against \(earlier) (\(ratio) times, \(p))",
                de: "\(period) gegen \(earlier) (\(ratio)-fach, \(p))")
    }
    /// The plain sentence of successive periods.
    public static func successivePeriods(metric: String, period: String, changes: Int, differing: Int, named: [String],
                                         smallestP: String) -> Message {
        guard differing > 0 else {
            return Message(
                en: "None of the \(changes) changes of \(metric) from one \(period) to the next can be told from "
                    + "chance with this much data (smallest Holm-adjusted \(smallestP)).",
                de: "Keine der \(changes) Änderungen der \(metric) von einem Zeitraum (\(period)) zum nächsten "
                    + "lässt sich mit so vielen Daten vom Zufall unterscheiden (kleinstes Holm-korrigiertes "
                    + "\(smallestP)).")
        }
        let list = named.joined(separator: "; ")
        let more = differing > named.count
        return Message(
            en: "Of \(changes) changes of \(metric) from one \(period) to the next, \(differing) "
                + "\(differing == 1 ? "is" : "are") unlikely to be chance after Holm's correction: \(list)"
                + (more ? "; and more in the table." : "."),
            de: "Von \(changes) Änderungen der \(metric) von einem Zeitraum (\(period)) zum nächsten "
                + "\(differing == 1 ? "ist" : "sind") \(differing) nach Holms Korrektur kaum Zufall: \(list)"
                + (more ? "; weitere in der Tabelle." : "."))
    }
}
