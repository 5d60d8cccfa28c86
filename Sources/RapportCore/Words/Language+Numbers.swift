import Foundation

extension Language {
    /// The number with a fixed count of decimal places and this language's decimal mark (`3.142`, `3,142`).
    public func fixed(_ value: Double, places: Int) -> String {
        let text = String(format: "%.\(places)f", value)
        return self == .de ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
