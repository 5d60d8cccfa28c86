extension CommandHarness {
    /// The English message of the error a command line raises, or "" when it runs.
    public func refusal(_ line: String) -> String {
        error(line)?.message.en ?? ""
    }
}
