import RapportCore

/// The score module: the metric catalogue's commands (score, trend, heatmap, explain, goal, audit).
public enum ScoreModule {
    /// The module's commands, in help order.
    public static let commands: [Command] = [
        ScoreCommand.command, TrendCommand.command, HeatmapCommand.command, ExplainCommand.command, GoalCommand.command,
        AuditCommand.command,
    ]
}
