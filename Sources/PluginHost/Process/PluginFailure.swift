/// Why talking to a plugin process stopped before it answered.
enum PluginFailure: Error, Equatable {
    /// The program could not be started at all.
    case couldNotStart(String)
    /// It did not answer within the time limit, in seconds.
    case timedOut(Int)
    /// The user pressed Ctrl-C.
    case interrupted
    /// It wrote more than the byte limit.
    case tooMuchOutput(Int)
    /// It ended (with this exit status, or killed by this signal) before answering.
    case ended(status: Int32, signal: Bool)
}
