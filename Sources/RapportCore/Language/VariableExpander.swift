/// Replaces `$NAME` and `${NAME}` in a command line with script variables, except inside single quotes.
public enum VariableExpander {
    /// The line with every variable replaced; an undefined variable is an error pointing at it.
    public static func expand(_ line: String, variables: [String: String]) throws -> String {
        try replacing(in: line) { name, index in
            guard let value = variables[name] else {
                throw RapportError(Words.undefinedVariable(name)).pointing(at: index, in: line)
            }
            return value
        }
    }

    /// The names of the variables the line uses, as `expand` would replace them, in order.
    public static func names(in line: String) -> [String] {
        var names: [String] = []
        _ = replacing(in: line) { name, _ in
            names.append(name)
            return ""
        }
        return names
    }

    /// The line with each variable replaced by what `value` gives for its name and the index of its `$`.
    private static func replacing(in line: String, by value: (String, Int) throws -> String) rethrows -> String {
        guard line.contains("$") else { return line }
        let characters = Array(line)
        var result = ""
        var index = 0
        var inSingle = false, inDouble = false, inBacktick = false
        while index < characters.count {
            let character = characters[index]
            if character == "\\" && !inSingle && index + 1 < characters.count {
                result.append(character)
                result.append(characters[index + 1])
                index += 2
                continue
            }
            switch character {
            case "'" where !inDouble && !inBacktick: inSingle.toggle()
            case "\"" where !inSingle && !inBacktick: inDouble.toggle()
            case "`" where !inSingle && !inDouble: inBacktick.toggle()
            case "$" where !inSingle:
                if let (name, end) = variableName(in: characters, at: index) {
                    result += try value(name, index)
                    index = end
                    continue
                }
            default: break
            }
            result.append(character)
            index += 1
        }
        return result
    }

    /// The variable name starting at a `$`, and the index just after it, if one is there.
    private static func variableName(in characters: [Character], at dollar: Int) -> (String, Int)? {
        var index = dollar + 1
        guard index < characters.count else { return nil }
        if characters[index] == "{" {
            guard let close = characters[index...].firstIndex(of: "}") else { return nil }
            let name = String(characters[(index + 1)..<close])
            return isName(name) ? (name, close + 1) : nil
        }
        let start = index
        while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
            index += 1
        }
        let name = String(characters[start..<index])
        return isName(name) ? (name, index) : nil
    }

    /// Whether a text is a valid variable name: a letter or underscore, then letters, digits, underscores.
    public static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
