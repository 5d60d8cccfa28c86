import Foundation

/// The character encoding libedit decodes keystrokes with.
enum TerminalLocale {
    /// Takes the character type from the environment, falling back to `C.UTF-8` when that is not UTF-8
    /// (no `LANG`, as under tmux in CI); without it libedit silently drops non-ASCII characters.
    static func useUTF8CharacterType() {
        setlocale(LC_CTYPE, "")
        if !isUTF8() { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    /// Whether the current character type is UTF-8.
    private static func isUTF8() -> Bool {
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        return codeset == "UTF-8" || codeset == "UTF8"
    }
}
