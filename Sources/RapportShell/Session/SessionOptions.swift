import RapportCore

/// What the process flags decide about a session, over the workspace's settings.
public struct SessionOptions {
    /// The output mode from `--output` (or `--json`), over the `output` setting, until `set output` changes it.
    public var output: OutputMode?
    /// Go on after a failing command in scripted mode (the run still ends with status 1).
    public var keepGoing = false
    /// The language from `--lang`, until `set lang` changes it.
    public var language: Language?
    /// The colour mode from `--color`.
    public var colorMode: String?
    /// Wait for Enter before each script line when a terminal is attached.
    public var step = false
    /// The language from the environment (LANG), used when neither flag nor setting names one.
    public var environmentLanguage: Language = .en

    /// Default options.
    public init() {}
}
