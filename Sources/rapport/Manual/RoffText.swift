import Foundation

/// Text made safe for a man page: roff reads a backslash as an escape, a line starting with `.` or `'` as a request
/// and `-` as a hyphen it may break at; other characters than ASCII are written as `\[uXXXX]`, which groff reads
/// without a preprocessor. After `|` and `/` a long word may break (`\:`), so a usage line or a path never overruns.
enum RoffText {
    /// The text for the inside of a line: backslashes, minus signs and non-ASCII characters escaped, line breaks as
    /// blanks.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\e"
            case "-": result += "\\-"
            case "|", "/": result += String(scalar) + "\\:"
            case "\n", "\r", "\t": result += " "
            default:
                if scalar.isASCII {
                    result.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
                }
            }
        }
        return result
    }

    /// Text as lines of a paragraph: each input line escaped, and `\&` in front of a line that roff would read as a
    /// request.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            let escaped = escaped(line.trimmingCharacters(in: .whitespaces))
            return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
        }
    }

    /// A word in bold.
    static func bold(_ text: String) -> String {
        "\\fB" + escaped(text) + "\\fR"
    }

    /// A word in italics.
    static func italic(_ text: String) -> String {
        "\\fI" + escaped(text) + "\\fR"
    }
}
