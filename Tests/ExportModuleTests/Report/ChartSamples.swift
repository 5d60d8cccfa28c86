@testable import ExportModule
import Foundation
import RapportCore

/// Charts of every kind with the texts that are hardest to fit: long and German labels, big numbers
/// (n = 1,234,567), wide characters and hostile text. The estimate tests and the Chromium test measure the same ones.
enum ChartSamples {
    /// German percentages (`3,1 %`).
    static let percent = CellFormatter(language: .de, timeZone: TimeZone(identifier: "UTC") ?? .current).percent

    /// A whole number with thousands separators, as a report writes counts (`1,234,567`).
    static func count(_ value: Double) -> String {
        let digits = String(format: "%.0f", value)
        let sign = digits.hasPrefix("-") ? "-" : "", magnitude = Array(digits.drop { $0 == "-" })
        let groups = stride(from: magnitude.count, to: 0, by: -3).reversed().map { end in
            String(magnitude[max(0, end - 3)..<end])
        }
        return sign + groups.joined(separator: ",")
    }

    /// Months from January 2023 on.
    static func months(_ count: Int) -> [String] {
        (0..<count).map { String(format: "%04d-%02d", 2023 + $0 / 12, $0 % 12 + 1) }
    }

    /// The German day names, Monday first.
    static let days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]

    /// Every sample chart with a name saying what it holds.
    static var all: [(name: String, svg: String)] {
        [("bars", bars), ("bars-short", SVGBarChart(bars: [BarChart.Bar(label: "a", value: 1, caption: "1")],
                                                    title: "one").svg),
         ("lines-followers", followers), ("lines-rates", rates), ("lines-single", single),
         ("lines-empty", SVGLineChart(periods: [], series: [], title: "leer", valueText: percent).svg),
         ("heatmap-week", week), ("heatmap-counts", weeksByAccount),
         ("heatmap-empty", SVGHeatMap(rows: [], columns: [], values: [], title: "leer", emptyLabel: "keine Werte",
                                      valueText: percent).svg),
         ("kite", kite)]
    }

    /// Bars with long German, wide and hostile labels and captions carrying big counts.
    static var bars: String {
        SVGBarChart(bars: [
            BarChart.Bar(label: "Person", value: 0.031, low: 0.029, high: 0.033,
                         caption: "3,1 % (2,9–3,3 %) · n = 1.195"),
            BarChart.Bar(label: "Marke – Unternehmenskommunikation und Öffentlichkeitsarbeit (Deutschland)",
                         value: 0.124, low: 0.119, high: 0.13, caption: "12,4 % (11,9–13,0 %) · n = 1,234,567"),
            BarChart.Bar(label: ReportWorkspace.hostile, value: 0.002, caption: ReportWorkspace.hostile),
            BarChart.Bar(label: "日本語のラベル 🎉🎉", value: 0.05,
                         caption: String(repeating: "W", count: 30) + " mmmm %%%%"),
        ], title: "Mediane Engagementrate nach Stimme").svg
    }

    /// Followers of three accounts over 36 months, with gaps, in the millions.
    static var followers: String {
        let grow = { (start: Double, step: Double) -> [Double?] in
            (0..<36).map { month in month % 11 == 5 ? nil : start + step * Double(month) }
        }
        return SVGLineChart(periods: months(36), series: [
            LineChart.Series(name: "Unternehmenskommunikation Deutschland GmbH & Co. KG (Hauptkonto)",
                             values: grow(1_234_567, 12_345)),
            LineChart.Series(name: "Geschäftsführerin", values: grow(987_654, -4_321)),
            LineChart.Series(name: ReportWorkspace.hostile, values: [nil, 5] + Array(repeating: nil, count: 30) + [7]),
        ], title: "Follower je Monat", valueText: count).svg
    }

    /// Engagement rates of two voices over 12 months, a gap in each.
    static var rates: String {
        SVGLineChart(periods: months(12), series: [
            LineChart.Series(name: "Marke", values: [0.031, 0.029, 0.034, nil, 0.027, 0.025, 0.026, 0.022, 0.024, 0.02,
                                                     0.021, 0.018]),
            LineChart.Series(name: "Person", values: [0.012, 0.015, nil, 0.019, 0.022, 0.024, 0.027, 0.026, 0.031,
                                                      0.033, 0.036, 0.041]),
        ], title: "Engagementrate nach Stimme", valueText: percent).svg
    }

    /// One period with a long label and one value.
    static var single: String {
        SVGLineChart(periods: ["Kalenderwoche 2025-W10 (3. bis 9. März)"],
                     series: [LineChart.Series(name: "Person", values: [0.5])], title: "eine Woche",
                     valueText: percent).svg
    }

    /// Medians by weekday and hour, the early hours of the weekend empty.
    static var week: String {
        var values: [[Double?]] = []
        for day in 0..<7 {
            values.append((0..<24).map { hour -> Double? in
                day >= 5 && hour < 6 ? nil : 0.02 + 0.01 * sin(Double(hour) / 4) + Double(day) * 0.002
            })
        }
        return SVGHeatMap(rows: days, columns: (0..<24).map(String.init), values: values,
                          title: "Mediane Engagementrate nach Wochentag und Stunde",
                          emptyLabel: "weniger als 5 Beiträge in dieser Zelle (Mindestzahl der Beiträge je Zelle)",
                          valueText: percent).svg
    }

    /// Counts in the millions by account and week, with long column labels and a hostile row.
    static var weeksByAccount: String {
        let columns = (1...12).map { "Kalenderwoche 2025-W\(String(format: "%02d", $0))" }
        let values: [[Double?]] = [(0..<12).map { 1_234_567 + Double($0) * 100_000 }, [nil, 5, 7],
                                   (0..<12).map { $0 == 3 ? nil : Double($0) }]
        return SVGHeatMap(rows: ["Unternehmenskommunikation Deutschland GmbH & Co. KG", ReportWorkspace.hostile, "ä"],
                          columns: columns, values: values, title: "Beiträge", emptyLabel: "keine Beobachtung",
                          valueText: count).svg
    }

    /// A culture profile with long German type names.
    static var kite: String {
        KiteChart(axes: ["Familienkultur (Clan, Zusammenarbeit)", "Adhokratiekultur (Innovation)",
                         "Marktkultur (Wettbewerb)", "Hierarchiekultur (Kontrolle)"],
                  now: [20, 15, 40, 25], preferred: [35, 25, 25, 15], nowLabel: "heute (wie die Befragten es erleben)",
                  preferredLabel: "bevorzugt (wie die Befragten es sich wünschen, in fünf Jahren)",
                  title: "Kultur").svg
    }
}
