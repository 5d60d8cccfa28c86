import RapportCore

/// `help [COMMAND [SUBCOMMAND]]`, also `?`: lists commands or shows one, all from the specifications.
enum HelpCommand {
    /// The command to show, else the list of all.
    static let commandName = Positional("COMMAND", optional: .command)
    /// Its subcommand to show.
    static let subcommand = Positional("SUBCOMMAND", optional: .text)

    static let command = BuiltinCommand(CommandSpec(
        name: "help", aliases: ["?"], module: "shell", summary: Words.helpSummary,
        examples: ["help", "help score", "? import", "import --help"],
        positionals: [commandName, subcommand],
        isLogged: false
    )) { invocation, context in
        guard let name = invocation[Self.commandName] else {
            return HelpText.overview(registry: context.registry, language: context.language)
        }
        guard let command = context.registry.command(named: name.text) else {
            let suggestion = Suggestion.closest(to: name.text, among: context.registry.allNames)
            throw invocation.error(Words.unknownCommand(name.text).suggesting(suggestion), at: name)
        }
        if let subName = invocation[Self.subcommand] {
            guard let sub = command.spec.subcommand(named: subName.text) else {
                let suggestion = Suggestion.closest(to: subName.text, among: command.spec.subcommands.map(\.name))
                throw invocation.error(Words.unknownSubcommand(subName.text, of: command.spec.name).suggesting(suggestion),
                                       at: subName)
            }
            return HelpText.result(for: sub, registry: context.registry, language: context.language, prefix: command.spec.name)
        }
        return HelpText.result(for: command.spec, registry: context.registry, language: context.language)
    }
}

/// Messages of `help`.
extension Words {
    /// One line on `help`.
    public static let helpSummary = Message(en: "list the commands, or show how one is used",
                                            de: "Befehle auflisten oder die Verwendung eines Befehls zeigen")
    /// `help COMMAND SUB` with a subcommand the command does not have.
    public static func unknownSubcommand(_ name: String, of command: String) -> Message {
        Message(en: "'\(command)' has no subcommand '\(name)'", de: "'\(command)' hat keinen Unterbefehl '\(name)'")
    }
}
