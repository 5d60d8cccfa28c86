import RapportCore

/// The survey module: culture-fit instruments, running them, scoring and fit.
public enum SurveyModule {
    /// The module's commands, in help order.
    public static let commands: [Command] = [SurveyCommand.command]
}
