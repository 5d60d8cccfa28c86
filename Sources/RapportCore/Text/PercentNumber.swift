import Foundation

/// Numbers as people type rates: `0.03`, `0,03`, `3%` or `3,5 %`; a percent sign divides by 100.
public enum PercentNumber {
    /// The value, nil when the text is no finite number.
    public static func parse(_ text: String) -> Double? {
        var text = text.trimmingCharacters(in: .whitespaces)
        let isPercent = text.hasSuffix("%")
        if isPercent { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite else { return nil }
        return isPercent ? value / 100 : value
    }
}
