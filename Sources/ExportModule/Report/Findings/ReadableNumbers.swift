import Foundation
import RapportCore

/// Numbers as a report writes them for reading, in its language: rates as percentages, counts with thousands
/// separators, p-values as `< 0.001` or to two significant figures, intervals as `2.1–3.4 %`.
struct ReadableNumbers {
    /// The report's language (decimal mark, thousands separator).
    let language: Language

    /// A whole number with thousands separators: `1,337` or `1.337`.
    func count(_ value: Int64) -> String {
        language.grouped(value)
    }

    /// A value rounded to a whole number and grouped (an estimated count of people); `–` when not finite.
    func whole(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 9e15 else { return "–" }
        return count(Int64(value.rounded()))
    }

    /// A fraction as a percentage: `3.4 %`, `0.14 %`.
    func percent(_ fraction: Double) -> String {
        CellFormatter(language: language, timeZone: .gmt).percent(fraction)
    }

    /// A decimal for reading: large values grouped without decimals, others with two decimals, small ones to two
    /// significant figures; a value that is not finite as `–`.
    func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let size = abs(value)
        if size >= 1000, size < 9e15 { return count(Int64(value.rounded())) }
        if size >= 0.01 || size == 0 { return language.fixed(value, places: 2) }
        let places = min(12, Int(-log10(size).rounded(.down)) + 1)
        return language.fixed(value, places: places)
    }

    /// A p-value: `< 0.001` below a thousandth, else to two significant figures (`0.012`, `0.34`).
    func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "–" }
        if p < 0.001 { return "< " + language.fixed(0.001, places: 3) }
        let places = p >= 0.1 ? 2 : (p >= 0.01 ? 3 : 4)
        return language.fixed(p, places: places)
    }

    /// A value as its column shows it: a rate as a percentage, else as a decimal.
    func value(_ value: Double, isRate: Bool) -> String {
        isRate ? percent(value) : decimal(value)
    }

    /// An interval from low to high with one unit: `2.1–3.4 %` for rates, `1.02–1.87` otherwise.
    func interval(_ low: Double, _ high: Double, isRate: Bool) -> String {
        guard low.isFinite, high.isFinite else { return "–" }
        guard isRate else { return decimal(low) + "–" + decimal(high) }
        let lowText = percent(low)
        return String(lowText.dropLast(2)) + "–" + percent(high)
    }
}
