/// Text that came from outside (cells, column and dataset names, messages quoting them) made harmless for a terminal.
///
/// Every C0 control, DEL and C1 control (ESC among them) is shown as a visible escape, as `less` and `cat -v` show
/// them, so a stranger's post cannot set the window title (OSC 0), write to the clipboard (OSC 52) or clear the
/// screen: a C0 control as `^` and a letter (ESC `^[`, BEL `^G`, tab `^I`, line feed `^J`), DEL as `^?`, a C1 control
/// as `<U+009B>`. Only what goes to a terminal is escaped; JSON output, exports and reports keep the real characters.
public enum TerminalText {
    /// The text with every control character escaped, tabs and line breaks too: for one line of a table or a name.
    public static func visible(_ text: String) -> String {
        escaped(text, keepingLines: false)
    }

    /// The text with every control character escaped but tab and line feed: for messages, which may span lines.
    public static func visibleKeepingLines(_ text: String) -> String {
        escaped(text, keepingLines: true)
    }

    private static func escaped(_ text: String, keepingLines: Bool) -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            guard value < 0x20 || (0x7F...0x9F).contains(value) else { return false }
            return !(keepingLines && (scalar == "\n" || scalar == "\t"))
        }
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                result.append(scalar)
                continue
            }
            result.append(contentsOf: escape(scalar).unicodeScalars)
        }
        return String(result)
    }

    /// The visible form of one control character.
    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value == 0x7F { return "^?" }
        if value < 0x20, let letter = Unicode.Scalar(value + 0x40) { return "^" + String(Character(letter)) }
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
