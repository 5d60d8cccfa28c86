/// What a progress meter says at one moment: the work, how far it has come of how much, and for how long it has run.
public struct ProgressReading: Sendable, Equatable {
    /// What is being done, in both languages.
    public let task: Message
    /// What is counted.
    public let unit: ProgressUnit
    /// How much is done.
    public let done: Int
    /// How much there is in all, when known.
    public let total: Int?
    /// Seconds since the work began.
    public let seconds: Double

    /// A reading from its parts.
    public init(task: Message, unit: ProgressUnit, done: Int, total: Int?, seconds: Double) {
        self.task = task
        self.unit = unit
        self.done = done
        self.total = total
        self.seconds = seconds
    }

    /// The share done, from 0 to 1, when the total is known.
    public var fraction: Double? {
        guard let total, total > 0 else { return nil }
        return min(1, max(0, Double(done) / Double(total)))
    }

    /// Units done per second, once something was done.
    public var rate: Double? {
        guard unit != .none, done > 0, seconds > 0 else { return nil }
        return Double(done) / seconds
    }

    /// Seconds still to go at the rate so far, when the total is known.
    public var secondsLeft: Double? {
        guard let total, let rate, rate > 0 else { return nil }
        return Double(max(0, total - done)) / rate
    }
}
