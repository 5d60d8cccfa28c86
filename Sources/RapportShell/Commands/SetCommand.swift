import RapportCore

/// `set`, `set NAME VALUE` and `set var NAME VALUE`: settings kept in the workspace, and script variables.
enum SetCommand {
    /// The setting to show or change, else the list of all.
    static let setting = Positional("NAME", optional: .setting)
    /// Its new value.
    static let value = Positional("VALUE", optional: .text)
    /// The script variable `set var` sets.
    static let variable = Positional("NAME", .text)
    /// The variable's value.
    static let variableValue = Positional("VALUE", .text)

    static let command = BuiltinCommand(CommandSpec(
        name: "set", module: "shell", summary: Words.setSummary, discussion: Words.setDiscussion,
        examples: ["set", "set lang de", "set timezone Europe/Zurich", "set var month 2026-10"],
        positionals: [setting, value],
        subcommands: [CommandSpec(name: "var", module: "shell", summary: Words.setVarSummary,
                                  positionals: [variable, variableValue], setsVariable: true)]
    )) { invocation, context in
        if invocation.subcommand == "var" {
            let name = invocation[Self.variable], value = invocation[Self.variableValue]
            guard VariableExpander.isName(name.text) else { throw invocation.error(Words.badVariableName(name.text), at: name) }
            context.host?.variables[name.text] = value.text
            return .message(context.say(Words.variableSet(name.text, value.text)),
                            [("variable", .string(name.text)), ("value", .string(value.text))])
        }
        guard let name = invocation[Self.setting] else { return listing(context) }
        guard let spec = SettingSpec.named(name.text) else {
            let suggestion = Suggestion.closest(to: name.text, among: SettingSpec.all.map(\.name))
            throw invocation.error(Words.unknownSetting(name.text).suggesting(suggestion), at: name)
        }
        guard let value = invocation[Self.value] else {
            let current = valueInForce(spec.name, context)
            return .message("\(spec.name) = \(current)", [("name", .string(spec.name)), ("value", .string(current))])
        }
        do {
            try context.workspace.setSetting(spec.name, to: value.text)
        } catch let error as RapportError {
            throw invocation.error(error.message, at: value)
        }
        context.host?.settingChanged(spec.name)
        // A new language confirms itself in that language.
        let language = spec.name == "lang" ? context.workspace.settings.language : context.language
        return .message(Words.settingSet(spec.name, value.text).text(language),
                        [("name", .string(spec.name)), ("value", .string(value.text))])
    }

    /// A setting's value in force: the workspace's, except `lang`, which `--lang` or the locale may decide.
    private static func valueInForce(_ name: String, _ context: CommandContext) -> String {
        name == "lang" ? context.language.rawValue : context.workspace.settings[name]
    }

    /// Every setting with its value in force, default and meaning.
    private static func listing(_ context: CommandContext) -> CommandResult {
        let specs = SettingSpec.all
        let table = Dataset(name: "settings", columns: [
            .text(context.say(Words.settingColumn), specs.map(\.name)),
            .text(context.say(Words.valueColumn), specs.map { valueInForce($0.name, context) }),
            .text(context.say(Words.defaultColumn), specs.map(\.defaultValue)),
            .text(context.say(Words.meaningColumn), specs.map { $0.summary.text(context.language) }),
        ])
        let json = JSONValue.object(specs.map { ($0.name, .string(valueInForce($0.name, context))) })
        return CommandResult(blocks: [.table(table, title: nil)], json: json)
    }
}

/// Messages and column names of `set`.
extension Words {
    /// One line on `set`.
    public static let setSummary = Message(en: "show or change settings, or set a script variable",
                                           de: "Einstellungen zeigen oder ändern, oder eine Skriptvariable setzen")
    /// Longer help on `set`.
    public static let setDiscussion = Message(
        en: "Settings are kept in the workspace. Script variables ($NAME or ${NAME} in later lines) live for the session.",
        de: "Einstellungen bleiben im Arbeitsbereich. Skriptvariablen ($NAME oder ${NAME} in späteren Zeilen) gelten für die Sitzung.")
    /// One line on `set var`.
    public static let setVarSummary = Message(en: "set a script variable for $NAME", de: "eine Skriptvariable für $NAME setzen")
    /// The settings table's column of names.
    public static let settingColumn = Message(en: "setting", de: "Einstellung")
    /// The settings table's column of current values.
    public static let valueColumn = Message(en: "value", de: "Wert")
    /// The settings table's column of defaults.
    public static let defaultColumn = Message(en: "default", de: "Standard")
    /// The settings table's column of explanations.
    public static let meaningColumn = Message(en: "meaning", de: "Bedeutung")
    /// What `set NAME VALUE` says when done.
    public static func settingSet(_ name: String, _ value: String) -> Message {
        Message(en: "\(name) is now \(value)", de: "\(name) ist jetzt \(value)")
    }
    /// What `set var NAME VALUE` says when done.
    public static func variableSet(_ name: String, _ value: String) -> Message {
        Message(en: "$\(name) is now \(value)", de: "$\(name) ist jetzt \(value)")
    }
    /// `set var` with a name that cannot be a variable.
    public static func badVariableName(_ name: String) -> Message {
        Message(en: "'\(name)' is not a variable name (letters, digits, _; not starting with a digit)",
                de: "'\(name)' ist kein Variablenname (Buchstaben, Ziffern, _; nicht mit einer Ziffer beginnend)")
    }
}
