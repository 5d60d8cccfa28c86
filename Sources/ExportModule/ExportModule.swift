import RapportCore

/// The export module: data files and reports that clients open.
public enum ExportModule {
    /// The module's commands, in help order.
    public static let commands: [Command] = [ExportCommand.command, ReportCommand.command]
}
