import RapportCore

/// The commands that write the workspace's data and findings into files for other tools.
public enum ExportModule {
    /// The module's commands, in the order `help` lists them.
    public static let commands: [Command] = [ExportCommand.command]
}
