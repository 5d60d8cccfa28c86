import Foundation

/// Splits a command line into words and statements.
///
/// Words are separated by blanks; single quotes take text literally, double quotes allow backslash
/// escapes, backticks quote a column name (kept in `raw` so lists can still be split on commas
/// outside them), `#` at the start of a word begins a comment, and `;` ends a statement.
public enum Lexer {
    /// The statements of a line, each as its text without the blanks around it (empty ones left out); `words` splits
    /// one into words once its variables are filled in.
    public static func statements(_ line: String) -> [String] {
        let characters = Array(line)
        var statements: [String] = []
        var start = 0
        var index = 0
        var quote: Character?
        while index < characters.count {
            let character = characters[index]
            if let open = quote {
                if character == "\\" && open == "\"" { index += 2; continue }
                if character == open { quote = nil }
            } else if character == "\\" {
                index += 2
                continue
            } else if character == "'" || character == "\"" || character == "`" {
                quote = character
            } else if character == "#" && (index == 0 || characters[index - 1].isWhitespace) {
                break
            } else if character == ";" {
                statements.append(trimmed(characters[start..<index]))
                start = index + 1
            }
            index += 1
        }
        let end = min(index, characters.count)
        if start < end { statements.append(trimmed(characters[start..<end])) }
        return statements.filter { !$0.isEmpty }
    }

    /// A statement without the blanks around it (a blank escaped with a backslash stays), so `a; b` gives `b`, not ` b`,
    /// to error excerpts and to the sources of stored results.
    private static func trimmed(_ piece: ArraySlice<Character>) -> String {
        var piece = piece.drop { $0.isWhitespace }
        while let last = piece.last, last.isWhitespace, piece.dropLast().last != "\\" { piece.removeLast() }
        return String(piece)
    }

    /// The words of one statement (no `;` handling).
    public static func words(_ text: String) throws -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            if characters[index].isWhitespace { index += 1; continue }
            if characters[index] == "#" { break }
            let start = index
            var value = ""
            var quoted = false
            while index < characters.count, !characters[index].isWhitespace {
                let character = characters[index]
                switch character {
                case "\\":
                    // A backslash that ends the text escapes nothing and ends the word.
                    if index + 1 < characters.count { value.append(characters[index + 1]) }
                    index = min(index + 2, characters.count)
                case "'", "\"", "`":
                    quoted = true
                    let open = index
                    index += 1
                    var closed = false
                    while index < characters.count {
                        let inner = characters[index]
                        if inner == character { closed = true; index += 1; break }
                        if inner == "\\" && character == "\"" && index + 1 < characters.count {
                            value.append(characters[index + 1])
                            index += 2
                            continue
                        }
                        value.append(inner)
                        index += 1
                    }
                    if !closed { throw RapportError(Words.unterminatedQuote(character)).pointing(at: open, in: text) }
                default:
                    value.append(character)
                    index += 1
                }
            }
            tokens.append(Token(text: value, raw: String(characters[start..<index]), offset: start, isQuoted: quoted))
        }
        return tokens
    }

    /// Splits a list such as `` voice,`Reactions, Comments`,platform `` on commas outside quotes.
    public static func splitList(_ raw: String) -> [String] {
        splitListWithOffsets(raw).map(\.text)
    }

    /// The same, with the character offset in `raw` where each item starts, so errors can point at it.
    public static func splitListWithOffsets(_ raw: String) -> [(text: String, offset: Int)] {
        var items: [(text: String, offset: Int)] = []
        var current = ""
        var start = 0
        var quote: Character?
        func close() {
            let text = current.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { items.append((text, start)) }
        }
        for (index, character) in raw.enumerated() {
            if current.isEmpty && quote == nil && character.isWhitespace { start = index + 1 }
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "`" || character == "\"" || character == "'" {
                quote = character
            } else if character == "," {
                close()
                current = ""
                start = index + 1
            } else {
                current.append(character)
            }
        }
        close()
        return items
    }
}

/// Messages of the lexer and the variable expander.
extension Words {
    /// A quote or backtick opened and never closed.
    public static func unterminatedQuote(_ quote: Character) -> Message {
        Message(en: "this \(quote) is never closed", de: "dieses \(quote) wird nie geschlossen")
    }
    /// `$NAME` names no variable, with the two ways to define one.
    public static func undefinedVariable(_ name: String) -> Message {
        Message(en: "variable '\(name)' is not defined (use --define \(name)=VALUE or set var \(name) VALUE)",
                de: "Variable '\(name)' ist nicht definiert (--define \(name)=WERT oder set var \(name) WERT)")
    }
}
