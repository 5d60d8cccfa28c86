import RapportCore

/// `quit` (also `exit`): leaves the shell after pending saves are on disk.
enum QuitCommand {
    static let command = BuiltinCommand(CommandSpec(
        name: "quit", aliases: ["exit"], module: "shell", summary: Words.quitSummary, isLogged: false
    )) { _, context in
        try context.workspace.waitForPendingSaves(progress: context.progress)
        context.host?.requestQuit()
        return .empty
    }
}

/// Messages of `quit`.
extension Words {
    /// One line on `quit`.
    public static let quitSummary = Message(en: "leave rapport (the workspace is already saved)",
                                            de: "rapport verlassen (der Arbeitsbereich ist bereits gespeichert)")
}
