/// Splits expression text into tokens.
enum ExpressionTokenizer {
    private static let symbols = ["==", "!=", "<>", "<=", ">=", "<", ">", "=", "(", ")", ",", "+", "-", "*", "/", "%"]

    /// The tokens of the text, ending with `.end`; throws at the first character that starts no token.
    static func tokens(_ text: String, source: ExpressionSource) throws -> [ExpressionToken] {
        let characters = Array(text)
        var tokens: [ExpressionToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let start = index
            if character.isWhitespace {
                index += 1
            } else if character.isASCII && character.isNumber || (character == "." && index + 1 < characters.count
                                                                   && characters[index + 1].isASCII && characters[index + 1].isNumber) {
                tokens.append(number(characters, &index))
            } else if character == "\"" || character == "'" || character == "`" {
                index += 1
                var value = ""
                var offsets: [Int] = []
                var closed = false
                while index < characters.count {
                    let inner = characters[index]
                    index += 1
                    if inner == character { closed = true; break }
                    if inner == "\\" && character == "\"" && index < characters.count {
                        value.append(characters[index])
                        offsets.append(index)
                        index += 1
                        continue
                    }
                    value.append(inner)
                    offsets.append(index - 1)
                }
                guard closed else { throw source.error(Words.unterminatedQuote(character), at: start) }
                let kind: ExpressionToken.Kind = character == "`" ? .quotedName(value) : .string(value)
                tokens.append(ExpressionToken(kind: kind, offset: start, characterOffsets: offsets))
            } else if character.isLetter || character == "_" {
                while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
                    index += 1
                }
                tokens.append(ExpressionToken(kind: .word(String(characters[start..<index])), offset: start))
            } else if let symbol = symbols.first(where: { matches($0, characters, at: index) }) {
                index += symbol.count
                tokens.append(ExpressionToken(kind: .symbol(symbol == "<>" ? "!=" : symbol), offset: start))
            } else {
                throw source.error(Words.unexpectedCharacter(character), at: start)
            }
        }
        tokens.append(ExpressionToken(kind: .end, offset: characters.count))
        return tokens
    }

    /// Reads a number, with an exponent (`1e6`, `2.5E-3`) when one follows; a `%` right after it makes it a
    /// percentage unless an operand follows at once (`10%3`).
    private static func number(_ characters: [Character], _ index: inout Int) -> ExpressionToken {
        let start = index
        var hasFraction = false
        func isDigit(_ at: Int) -> Bool { at < characters.count && characters[at].isASCII && characters[at].isNumber }
        while index < characters.count, characters[index].isASCII,
              characters[index].isNumber || (characters[index] == "." && !hasFraction) {
            if characters[index] == "." { hasFraction = true }
            index += 1
        }
        if index < characters.count, characters[index] == "e" || characters[index] == "E" {
            let sign = index + 1 < characters.count && (characters[index + 1] == "-" || characters[index + 1] == "+") ? 1 : 0
            if isDigit(index + 1 + sign) {
                index += 1 + sign
                while isDigit(index) { index += 1 }
                hasFraction = true
            }
        }
        let digits = String(characters[start..<index])
        if index < characters.count, characters[index] == "%" {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if !(next.isLetter || next.isNumber || next == "(" || next == "." || next == "_" || next == "`") {
                index += 1
                return ExpressionToken(kind: .decimal((Double(digits) ?? 0) / 100), offset: start)
            }
        }
        if !hasFraction, let whole = Int64(digits) { return ExpressionToken(kind: .integer(whole), offset: start) }
        return ExpressionToken(kind: .decimal(Double(digits) ?? 0), offset: start)
    }

    private static func matches(_ symbol: String, _ characters: [Character], at index: Int) -> Bool {
        let symbolCharacters = Array(symbol)
        guard index + symbolCharacters.count <= characters.count else { return false }
        return Array(characters[index..<(index + symbolCharacters.count)]) == symbolCharacters
    }
}
