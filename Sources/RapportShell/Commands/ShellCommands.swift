import RapportCore

/// The shell's own commands, in the order `help` lists them.
public enum ShellCommands {
    /// Every built-in command of the shell and workspace modules.
    public static let all: [Command] = [
        HelpCommand.command,
        SetCommand.command,
        SourceCommand.command,
        LogCommand.command,
        QuitCommand.command,
        WorkspaceCommand.command,
        DatasetsCommand.command,
        ShowCommand.command,
        DropCommand.command,
        RenameCommand.command,
        UndoCommand.command,
    ]
}
