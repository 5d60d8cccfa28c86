import RapportCore

/// The import module: reading platform exports and other tables into the workspace.
public enum ImportModule {
    /// The module's commands, in help order.
    public static let commands: [Command] = [
        ImportCommand.command, RolesCommand.command, VoiceCommand.command, SimulateCommand.command,
    ]

    /// The reader of table files the module offers the others, for `Registry.tableReader`.
    public static let tableReader: TableReader = ImportTableReader()
}
