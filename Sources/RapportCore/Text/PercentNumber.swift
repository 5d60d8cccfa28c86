/// Numbers as people type rates: `0.03`, `0,03`, `3%` or `3,5 %`; a percent sign divides by 100. The import's number
/// rules, read as `NumberText` reads a value on its own.
public enum PercentNumber {
    /// The value, nil when the text is no finite number.
    public static func parse(_ text: String) -> Double? {
        NumberText.standalone.value(text)
    }
}
