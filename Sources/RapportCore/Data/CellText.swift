/// The text a value becomes in `text(x)` and `convert … to text`, the same in every language and readable back by
/// `number()` and `time()`: digits for whole numbers, the shortest exact digits for decimals (`0.45`, `3300`,
/// `1.5e-07`), `true`/`false`, and times as `YYYY-MM-DD HH:MM:SS` on the wall clock of the timezone setting.
public enum CellText {
    /// The text of a cell, or nil when it is missing.
    public static func text(_ cell: Cell, localTime: LocalTime) -> String? {
        switch cell {
        case .missing: return nil
        case .integer(let value): return String(value)
        case .decimal(let value): return decimal(value)
        case .boolean(let value): return value ? "true" : "false"
        case .time(let seconds): return time(seconds, localTime: localTime)
        case .text(let value): return value
        }
    }

    /// A decimal's shortest exact digits; a whole value below 10¹⁵ without a fraction (`3300`, not `3300.0`).
    public static func decimal(_ value: Double) -> String {
        if value == value.rounded(), Swift.abs(value) < 1e15, let whole = Int64(exactly: value) { return String(whole) }
        return "\(value)"
    }

    /// `YYYY-MM-DD HH:MM:SS` on the zone's wall clock.
    public static func time(_ seconds: Int64, localTime: LocalTime) -> String {
        let (days, secondOfDay) = ISOTime.divideFloor(localTime.local(seconds), 86_400)
        let (year, month, day) = ISOTime.civil(fromDays: days)
        return ISOTime.pad(year, 4) + "-" + ISOTime.pad(month, 2) + "-" + ISOTime.pad(day, 2) + " "
            + ISOTime.pad(secondOfDay / 3600, 2) + ":" + ISOTime.pad(secondOfDay % 3600 / 60, 2) + ":"
            + ISOTime.pad(secondOfDay % 60, 2)
    }
}
