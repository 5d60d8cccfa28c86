/// What a positional argument or flag value is, which decides how it is checked and completed.
public enum ValueKind: Sendable, Equatable {
    /// Free text.
    case text
    /// A whole number.
    case integer
    /// A number, possibly with a fraction or a percent sign.
    case number
    /// A path on disk.
    case file
    /// A directory on disk.
    case directory
    /// The name of a dataset in the workspace.
    case dataset
    /// The name of a column of the command's dataset.
    case column
    /// Columns of the command's dataset, separated by commas (`likes,comments`).
    case columnList
    /// The name of a registered command.
    case command
    /// The name of a setting.
    case setting
    /// One word out of a fixed list.
    case choice([String])
    /// A new name the command will create.
    case newName
    /// `COLUMN=ROLE`: a column of the command's dataset, then after `=` a role.
    case roleAssignment
}
