import RapportCore

/// The commands that explore and clean datasets: describe, filter, derive, sort, count, join, sample, convert,
/// rename-column, dedupe.
public enum ExploreModule {
    /// The module's commands, in the order `help` lists them.
    public static let commands: [Command] = [
        DescribeCommand.command, FilterCommand.command, DeriveCommand.command, SortCommand.command,
        CountCommand.command, JoinCommand.command, SampleCommand.command, ConvertCommand.command,
        RenameColumnCommand.command, DedupeCommand.command,
    ]
}
