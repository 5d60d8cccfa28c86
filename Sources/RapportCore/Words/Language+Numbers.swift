import Foundation

extension Language {
    /// The number with a fixed count of decimal places and this language's decimal mark (`3.142`, `3,142`).
    public func fixed(_ value: Double, places: Int) -> String {
        let text = String(format: "%.\(places)f", value)
        return self == .de ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A whole number with this language's thousands separator: `1,234,567` or `1.234.567`.
    public func grouped(_ value: Int64) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(self == .de ? "." : ",") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }
}

extension Language {
    /// A size in bytes as people read it: `512 bytes`, `3.4 KiB`, `151.0 MiB`, `2.0 GiB` (with this language's mark).
    public func byteSize(_ bytes: Int) -> String {
        let units = ["KiB", "MiB", "GiB", "TiB"]
        guard bytes >= 1024 else { return self == .de ? "\(bytes) Byte" : "\(bytes) bytes" }
        var value = Double(bytes) / 1024
        var unit = 0
        // Rounded as shown, so 1,048,575 bytes read 1.0 MiB rather than 1024.0 KiB.
        while (value * 10).rounded() >= 10_240 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return fixed(value, places: 1) + " " + units[unit]
    }
}
