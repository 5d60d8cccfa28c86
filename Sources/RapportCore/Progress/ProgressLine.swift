/// The one line a progress reading is drawn as: `importing posts.csv: 412.3 MiB of 1.2 GiB (34 %), 180.2 MiB/s,
/// 4 s left`, or `writing the report findings.html (3 s)` for work that counts nothing.
public enum ProgressLine {
    /// The line for a reading in a language, at most `width` characters.
    public static func text(_ reading: ProgressReading, language: Language, width: Int) -> String {
        var line = reading.task.text(language)
        if reading.unit == .none || reading.done == 0 && reading.total == nil {
            line += " (" + duration(reading.seconds, language) + ")"
            return clipped(line, to: width)
        }
        var amount = count(reading.done, reading.unit, language, named: reading.total == nil)
        if let total = reading.total {
            amount = Words.progressOf(amount, count(total, reading.unit, language, named: true)).text(language)
        }
        line += ": " + amount
        if let fraction = reading.fraction {
            line += " (" + language.fixed((fraction * 100).rounded(.down), places: 0) + " %)"
        }
        if let rate = reading.rate {
            line += ", " + Words.progressRate(count(Int(rate), reading.unit, language, named: true)).text(language)
        }
        if let left = reading.secondsLeft { line += ", " + Words.progressLeft(duration(left, language)).text(language) }
        return clipped(line, to: width)
    }

    /// An amount in a unit: bytes as KiB, MiB, GiB; counts with thousands separators, named (`rows`) when asked.
    static func count(_ value: Int, _ unit: ProgressUnit, _ language: Language, named: Bool) -> String {
        if unit == .bytes { return language.byteSize(value) }
        let number = grouped(value, language)
        return named ? Words.progressUnit(unit, number).text(language) : number
    }

    /// A whole number with the language's thousands separator: `1,234,567` or `1.234.567`.
    static func grouped(_ value: Int, _ language: Language) -> String {
        language.grouped(Int64(value))
    }

    /// A span of time as people say it: `4 s`, `2 min 5 s`, `1 h 3 min`.
    static func duration(_ seconds: Double, _ language: Language) -> String {
        guard seconds.isFinite else { return "?" }
        let whole = Int(min(seconds.rounded(.up), 359_999))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return "\(whole / 3600) h \(whole % 3600 / 60) min"
    }

    /// The line on one row of the terminal, so a carriage return can clear it: control characters (from a file
    /// name) as `?`, cut with … to `width` terminal columns.
    private static func clipped(_ line: String, to width: Int) -> String {
        var result = ""
        var used = 0
        for character in line {
            let isControl = character.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
            let shown: Character = isControl ? "?" : character
            let columns = TableRenderer.width(of: shown)
            if used + columns > width {
                while used + 1 > width, let last = result.popLast() { used -= TableRenderer.width(of: last) }
                return result + "…"
            }
            result.append(shown)
            used += columns
        }
        return result
    }
}
