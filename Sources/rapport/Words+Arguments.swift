import RapportCore

/// Messages about the process arguments, before a session starts.
extension Words {
    /// `--script` and `-c` given together.
    static let scriptWithCommands = Message(en: "--script and -c cannot be used together",
                                            de: "--script und -c können nicht zusammen verwendet werden")
    /// A `--define` without `=` or with a name that is not a variable name.
    static func badDefinition(_ definition: String) -> Message {
        Message(en: "--define takes NAME=VALUE, not '\(definition)'", de: "--define braucht NAME=WERT, nicht '\(definition)'")
    }
}
