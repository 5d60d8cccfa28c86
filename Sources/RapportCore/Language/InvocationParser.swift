/// Matches the words of a statement against a command's specification.
public enum InvocationParser {
    /// The command a statement names and its parsed invocation; `help` is set when `--help` was given.
    public static func parse(_ text: String, tokens: [Token], registry: Registry) throws
        -> (command: Command, invocation: Invocation, wantsHelp: Bool) {
        guard let first = tokens.first else { throw RapportError(Words.emptyCommand) }
        guard let command = registry.command(named: first.text), !first.isQuoted else {
            let suggestion = Suggestion.closest(to: first.text, among: registry.allNames)
            throw RapportError(Words.unknownCommand(first.text).suggesting(suggestion)).pointing(at: first.offset, in: text)
        }
        var spec = command.spec
        var invocation = Invocation(text: text, spec: spec)
        var rest = tokens.dropFirst()
        if let word = rest.first, !word.isQuoted, let sub = spec.subcommand(named: word.text) {
            invocation.subcommand = sub.name
            invocation.spec = sub
            spec = sub
            rest = rest.dropFirst()
        }
        if spec.takesAnyWords {
            invocation.positionals = rest.map { Word($0.text, at: $0.offset) }
            let words = Array(rest)
            for (index, token) in words.enumerated() where !token.isQuoted {
                if token.text == "--json" { invocation.output = .json }
                if token.text == "--output", index + 1 < words.count {
                    invocation.output = OutputMode(word: words[index + 1].text)
                }
                if token.text.hasPrefix("--output=") {
                    invocation.output = OutputMode(word: String(token.text.dropFirst("--output=".count)))
                }
            }
            return (command, invocation, rest.contains { !$0.isQuoted && $0.text == "--help" })
        }
        var wantsHelp = false
        var positionals: [Token] = []
        var remaining = Array(rest)
        var index = 0
        while index < remaining.count {
            let token = remaining[index]
            index += 1
            if !token.isQuoted, token.text == "--help" {
                wantsHelp = true
                continue
            }
            if !token.isQuoted, token.text == "--json", spec.flag(named: "json") == nil {
                invocation.output = .json
                continue
            }
            if !token.isQuoted, token.text == "--output" || token.text.hasPrefix("--output="),
               spec.flag(named: "output") == nil {
                index = try parseOutput(token, tokens: remaining, from: index, text: text, into: &invocation)
                continue
            }
            // A flag may carry a quoted value: `--title="Q3 report"` is quoted, but only after its name.
            if !token.isQuoted || token.raw.hasPrefix("--"), token.text.hasPrefix("--"), token.text.count > 2 {
                var name = String(token.text.dropFirst(2))
                var inlineValue: String?
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                if let clause = Clause(rawValue: name), clause == .by || clause == .where, spec.clauses.contains(clause) {
                    if let inlineValue {
                        remaining.insert(Token(text: inlineValue, raw: String(token.raw.dropFirst(name.count + 3)),
                                               offset: token.offset + name.count + 3, isQuoted: true), at: index)
                    }
                    index = try parseClause(clause, keyword: token, tokens: remaining, from: index, text: text,
                                            into: &invocation)
                    continue
                }
                guard let flag = spec.flag(named: name) else {
                    let names = spec.flags.map(\.name) + spec.clauses.filter { $0 == .by || $0 == .where }.map(\.rawValue)
                    let suggestion = Suggestion.closest(to: name, among: names).map { "--" + $0 }
                    throw RapportError(Words.unknownFlag(name, command: spec.name).suggesting(suggestion))
                        .pointing(at: token.offset, in: text)
                }
                guard let kind = flag.value else {
                    if inlineValue != nil { throw RapportError(Words.flagTakesNoValue(name)).pointing(at: token.offset, in: text) }
                    invocation.switches.insert(name)
                    continue
                }
                let value: Word
                if let inlineValue {
                    value = Word(inlineValue, at: token.offset + name.count + 3)
                } else {
                    guard index < remaining.count else {
                        throw RapportError(Words.flagNeedsValue(name, flag.valueName)).pointing(at: token.offset, in: text)
                    }
                    value = remaining[index].word
                    index += 1
                }
                try check(value, against: kind, flag: name, text: text)
                if !flag.isRepeatable, invocation.values[name] != nil {
                    throw RapportError(Words.flagRepeated(name)).pointing(at: token.offset, in: text)
                }
                invocation.values[name, default: []].append(expandingHome(value, kind))
                continue
            }
            if !token.isQuoted, let clause = Clause(rawValue: token.text), spec.clauses.contains(clause) {
                index = try parseClause(clause, keyword: token, tokens: remaining, from: index, text: text, into: &invocation)
                continue
            }
            positionals.append(token)
        }
        if !wantsHelp { try assign(positionals, spec: spec, text: text, into: &invocation) }
        return (command, invocation, wantsHelp)
    }

    /// Reads the mode of `--output FORMAT` or `--output=FORMAT`, which every command takes; returns the index after it.
    private static func parseOutput(_ token: Token, tokens: [Token], from start: Int, text: String,
                                    into invocation: inout Invocation) throws -> Int {
        var index = start
        let value: Word
        if token.text.hasPrefix("--output=") {
            value = Word(String(token.text.dropFirst("--output=".count)), at: token.offset + "--output=".count)
        } else {
            guard index < tokens.count else {
                throw RapportError(Words.flagNeedsValue("output", "FORMAT")).pointing(at: token.offset, in: text)
            }
            value = tokens[index].word
            index += 1
        }
        guard let mode = OutputMode(word: value.text) else {
            let suggestion = Suggestion.closest(to: value.text, among: OutputMode.words)
            throw RapportError(Words.notAChoice(value.text, OutputMode.words).suggesting(suggestion))
                .pointing(at: value.offset, in: text)
        }
        if invocation.output != nil {
            throw RapportError(Words.flagRepeated("output")).pointing(at: token.offset, in: text)
        }
        invocation.output = mode
        return index
    }

    /// Reads the words a clause takes; returns the index after them.
    private static func parseClause(_ clause: Clause, keyword: Token, tokens: [Token], from start: Int, text: String,
                                    into invocation: inout Invocation) throws -> Int {
        var index = start
        guard index < tokens.count else {
            throw RapportError(Words.clauseNeedsValue(clause.rawValue)).pointing(at: keyword.offset, in: text)
        }
        func duplicate() -> RapportError {
            RapportError(Words.clauseRepeated(clause.rawValue)).pointing(at: keyword.offset, in: text)
        }
        switch clause {
        case .by, .on:
            // `by a,b` and `on a, b`: a list of columns, commas with or without blanks.
            if invocation.clauses[clause] != nil { throw duplicate() }
            var words: [Word] = []
            repeat {
                let token = tokens[index]
                index += 1
                words += Lexer.splitListWithOffsets(token.raw).map { Word($0.text, at: token.offset + $0.offset) }
                if !token.raw.hasSuffix(","), index < tokens.count, tokens[index].raw.hasPrefix(",") { continue }
                if !token.raw.hasSuffix(",") { break }
            } while index < tokens.count
            var seen = Set<String>()
            if let twice = words.first(where: { !seen.insert($0.text).inserted }) {
                throw RapportError(Words.columnRepeated(twice.text, after: clause.rawValue))
                    .pointing(at: twice.offset, in: text)
            }
            invocation.clauses[clause] = words
        case .where:
            if invocation.clauses[.where] != nil { throw duplicate() }
            let first = tokens[index]
            var end = index
            while end < tokens.count {
                let token = tokens[end]
                if !token.isQuoted, (Clause(rawValue: token.text).map { $0 != .where } ?? false) || token.text.hasPrefix("--") {
                    break
                }
                end += 1
            }
            guard end > index else {
                throw RapportError(Words.clauseNeedsValue(clause.rawValue)).pointing(at: keyword.offset, in: text)
            }
            if end == index + 1, isWhollyQuoted(first) {
                // `--where 'likes > 100'`: the quotes hold the condition together, they do not make it a text literal.
                invocation.clauses[.where] = [Word(first.text, at: first.offset + 1)]
            } else {
                let last = tokens[end - 1]
                let characters = Array(text)
                let expression = String(characters[first.offset..<(last.offset + last.raw.count)])
                invocation.clauses[.where] = [Word(expression, at: first.offset)]
            }
            index = end
        case .as:
            if invocation.clauses[.as] != nil { throw duplicate() }
            invocation.clauses[.as] = [tokens[index].word]
            index += 1
        }
        return index
    }

    /// Assigns positional words to the specification's positionals, checking counts and kinds.
    private static func assign(_ tokens: [Token], spec: CommandSpec, text: String, into invocation: inout Invocation) throws {
        let repeating = spec.positionals.last?.isRepeating ?? false
        if !repeating, tokens.count > spec.positionals.count {
            let extra = tokens[spec.positionals.count]
            throw RapportError(Words.unexpectedWord(extra.text, usage: spec.usage())).pointing(at: extra.offset, in: text)
        }
        let required = spec.positionals.filter { !$0.isOptional }.count
        if tokens.count < required {
            let missing = spec.positionals[tokens.count]
            throw RapportError(Words.missingArgument(missing.name, usage: spec.usage()))
                .pointing(at: text.count, in: text)
        }
        var words: [Word] = []
        for (index, token) in tokens.enumerated() {
            let positional = spec.positionals[min(index, spec.positionals.count - 1)]
            try check(token.word, against: positional.kind, positional: positional.name, text: text)
            words.append(expandingHome(token.word, positional.kind))
        }
        invocation.positionals = words
    }

    /// A file or folder word with a leading `~` (`$HOME`, as a shell reads it) or `~user` read as that home folder;
    /// other words as typed.
    private static func expandingHome(_ word: Word, _ kind: ValueKind) -> Word {
        guard kind == .file || kind == .directory else { return word }
        return Word(HomePath.expanding(word.text), at: word.offset)
    }

    /// Whether a word is one quoted stretch from its first character to its last, like `'likes > 100'`.
    private static func isWhollyQuoted(_ token: Token) -> Bool {
        guard let quote = token.raw.first, quote == "'" || quote == "\"", token.raw.count >= 2, token.raw.last == quote else {
            return false
        }
        return !token.raw.dropFirst().dropLast().contains(quote)
    }

    /// Checks a value against its kind where the kind alone decides (choices and numbers); errors name the flag, or
    /// the positional argument the word stands for.
    private static func check(_ word: Word, against kind: ValueKind, flag: String? = nil, positional: String? = nil,
                              text: String) throws {
        switch kind {
        case .choice(let choices) where !choices.contains(word.text):
            let suggestion = Suggestion.closest(to: word.text, among: choices)
            throw RapportError(Words.notAChoice(word.text, choices).suggesting(suggestion)).pointing(at: word.offset, in: text)
        case .integer where Int(word.text) == nil:
            let message = flag.map { Words.notAWholeNumber(word.text, flag: $0) }
                ?? Words.argumentNotAWholeNumber(word.text, argument: positional ?? "")
            throw RapportError(message).pointing(at: word.offset, in: text)
        default:
            break
        }
    }
}

/// Messages of the command-line parser.
extension Words {
    /// A positional argument that should be a whole number and is not.
    public static func argumentNotAWholeNumber(_ text: String, argument: String) -> Message {
        Message(en: "\(argument) needs a whole number, not '\(text)'", de: "\(argument) braucht eine ganze Zahl, nicht '\(text)'")
    }
    /// A line with nothing to run.
    public static let emptyCommand = Message(en: "no command given", de: "kein Befehl angegeben")
    /// The first word names no command.
    public static func unknownCommand(_ name: String) -> Message {
        Message(en: "unknown command '\(name)'", de: "unbekannter Befehl '\(name)'")
    }
    /// A flag the command does not have.
    public static func unknownFlag(_ name: String, command: String) -> Message {
        Message(en: "'\(command)' has no flag --\(name)", de: "'\(command)' kennt kein --\(name)")
    }
    /// A flag that takes a value came last or without one.
    public static func flagNeedsValue(_ name: String, _ valueName: String) -> Message {
        Message(en: "--\(name) needs a value (\(valueName))", de: "--\(name) braucht einen Wert (\(valueName))")
    }
    /// A switch was given a value with `=`.
    public static func flagTakesNoValue(_ name: String) -> Message {
        Message(en: "--\(name) takes no value", de: "--\(name) nimmt keinen Wert")
    }
    /// A column named twice after `by` or `on`.
    public static func columnRepeated(_ column: String, after clause: String) -> Message {
        Message(en: "'\(column)' is named twice after \(clause)", de: "'\(column)' steht zweimal nach \(clause)")
    }
    /// A flag given more than once.
    public static func flagRepeated(_ name: String) -> Message {
        Message(en: "--\(name) is given twice", de: "--\(name) ist doppelt angegeben")
    }
    /// A clause keyword (`by`, `where`, `on`, `as`) with nothing after it.
    public static func clauseNeedsValue(_ clause: String) -> Message {
        Message(en: "'\(clause)' needs something after it", de: "nach '\(clause)' fehlt etwas")
    }
    /// A clause given more than once.
    public static func clauseRepeated(_ clause: String) -> Message {
        Message(en: "'\(clause)' is given twice", de: "'\(clause)' ist doppelt angegeben")
    }
    /// A word the command has no place for, with its usage.
    public static func unexpectedWord(_ word: String, usage: String) -> Message {
        Message(en: "unexpected '\(word)'; usage: \(usage)", de: "unerwartetes '\(word)'; Aufruf: \(usage)")
    }
    /// A positional argument the command needs was left out, with its usage.
    public static func missingArgument(_ name: String, usage: String) -> Message {
        Message(en: "\(name) is missing; usage: \(usage)", de: "\(name) fehlt; Aufruf: \(usage)")
    }
    /// A value that is not among the ones the flag or positional allows.
    public static func notAChoice(_ value: String, _ choices: [String]) -> Message {
        let list = choices.joined(separator: ", ")
        return Message(en: "'\(value)' is not one of: \(list)", de: "'\(value)' ist keiner von: \(list)")
    }
}
