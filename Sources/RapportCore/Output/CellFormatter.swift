import Foundation

/// Formats cell values for people: decimal commas and German dates with `lang de`, times in the session's zone.
public struct CellFormatter {
    /// The language to format in.
    public let language: Language
    /// The zone times are shown in.
    public let timeZone: TimeZone

    /// A formatter for a language and time zone.
    public init(language: Language, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
    }

    /// The text of a cell; missing is empty.
    public func text(_ cell: Cell) -> String {
        switch cell {
        case .missing: return ""
        case .integer(let value): return String(value)
        case .decimal(let value): return decimal(value)
        case .boolean(let value): return boolean(value)
        case .time(let seconds): return time(seconds)
        case .text(let value): return value
        }
    }

    /// The text of a cell of a column with this role: a `rate` column's numbers show as percentages.
    public func text(_ cell: Cell, role: ColumnRole?) -> String {
        guard role == .rate, let fraction = cell.number else { return text(cell) }
        return percent(fraction)
    }

    /// A decimal with at most four places (four significant digits below 0.001), trailing zeros dropped.
    public func decimal(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        var text: String
        if value != 0 && abs(value) < 0.001 {
            text = String(format: "%.3e", value)
        } else {
            text = String(format: "%.4f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            if text == "-0" { text = "0" }
        }
        return language == .de ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A rate (a fraction) as a percentage: one decimal from 1 % (`3.4 %`), two below (`0.14 %`), three below 0.1 %.
    public func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return decimal(fraction) }
        let size = abs(fraction * 100)
        let places = size >= 1 || size == 0 ? 1 : (size >= 0.1 ? 2 : 3)
        let text = language.fixed(fraction * 100, places: places)
        // A tiny negative share rounds to zero: it shows as 0, not -0.
        let zero = language.fixed(0, places: places)
        return (text == "-" + zero ? zero : text) + " %"
    }

    /// Yes or no in the session's language.
    public func boolean(_ value: Bool) -> String {
        switch language {
        case .en: return value ? "true" : "false"
        case .de: return value ? "wahr" : "falsch"
        }
    }

    /// A time in the session's zone: `2025-03-01 14:05` or `01.03.2025 14:05`, seconds only when not zero.
    public func time(_ seconds: Int64) -> String {
        let local = seconds + Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
        let (days, secondOfDay) = ISOTime.divideFloor(local, 86_400)
        let (year, month, day) = ISOTime.civil(fromDays: days)
        let clock = two(secondOfDay / 3600) + ":" + two(secondOfDay % 3600 / 60)
            + (secondOfDay % 60 == 0 ? "" : ":" + two(secondOfDay % 60))
        switch language {
        case .en: return "\(year)-\(two(month))-\(two(day)) \(clock)"
        case .de: return "\(two(day)).\(two(month)).\(year) \(clock)"
        }
    }

    private func two(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
