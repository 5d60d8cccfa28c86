import Foundation

/// The typographic marks rapport writes in text (dashes, middle dots, plus-minus, ellipses) and their plain ASCII
/// spellings for a terminal whose locale is not UTF-8; tables and charts draw their own rules and bars accordingly.
public enum TextMarks {
    /// Whether the session's locale speaks UTF-8 (LC_ALL, LC_CTYPE or LANG), so block characters and typographic marks show.
    public static var localeIsUTF8: Bool {
        let environment = ProcessInfo.processInfo.environment
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    /// The text with the marks rapport writes spelled in plain ASCII: dashes, the middle dot, plus-minus and the ellipsis.
    public static func ascii(_ text: String) -> String {
        text.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "·", with: "|")
            .replacingOccurrences(of: "±", with: "+/-").replacingOccurrences(of: "…", with: "...")
    }
}
