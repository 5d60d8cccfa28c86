import RapportCore

/// The compare module: groups, accounts and periods side by side with honest statistics.
public enum CompareModule {
    /// The module's commands, in help order.
    public static let commands: [Command] = [CompareCommand.command]
}
