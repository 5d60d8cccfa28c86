import RapportCore

/// `source FILE`: runs the commands of a script file inside this session.
enum SourceCommand {
    /// The script to run.
    static let file = Positional("FILE", .file)

    static let command = BuiltinCommand(CommandSpec(
        name: "source", module: "shell", summary: Words.sourceSummary, examples: ["source monthly.rap"],
        positionals: [file], runsCommands: true
    )) { invocation, context in
        guard let host = context.host else { return .empty }
        try host.source(invocation[Self.file].text, context: context)
        return .empty
    }
}

/// Messages of `source`.
extension Words {
    /// One line on `source`.
    public static let sourceSummary = Message(en: "run the commands of a script file", de: "die Befehle einer Skriptdatei ausführen")
}
