import Dispatch
import Synchronization

/// How far the running command's work has come: a counter the work bumps with one relaxed atomic add (from any
/// thread, every few thousand rows), which a `ProgressTicker` reads a few times a second to draw its line. The work
/// never waits for the drawing, and with no ticker watching the counter is all it costs.
public final class ProgressMeter: Sendable {
    /// The work under way: its name and unit, when it began, and the meter it follows, if any.
    private struct Task: Sendable {
        let name: Message
        let unit: ProgressUnit
        let started: UInt64
        /// Another meter whose counts this one shows, from the counts it had when this work began.
        let source: (meter: ProgressMeter, done: Int)?
    }

    private let done = Atomic<Int>(0)
    private let total = Atomic<Int>(-1)
    private let task = Mutex<Task?>(nil)

    /// A meter with no work begun.
    public init() {}

    /// Starts a stretch of work: what it is (`importing posts.csv`), what it counts and, when known, how much there is.
    public func begin(_ name: Message, unit: ProgressUnit = .none, total: Int? = nil) {
        done.store(0, ordering: .relaxed)
        self.total.store(total ?? -1, ordering: .relaxed)
        task.withLock { $0 = Task(name: name, unit: unit, started: Self.now(), source: nil) }
    }

    /// Starts a stretch of work that another meter counts (saves that run on their own thread, which a command waits
    /// for): this meter shows the other's progress from now on, under its own name.
    public func begin(_ name: Message, following other: ProgressMeter) {
        let unit = other.task.withLock { $0?.unit } ?? .none
        let source = (meter: other, done: other.done.load(ordering: .relaxed))
        task.withLock { $0 = Task(name: name, unit: unit, started: Self.now(), source: source) }
    }

    /// Counts work done.
    @inline(__always)
    public func advance(by count: Int) {
        _ = done.add(count, ordering: .relaxed)
    }

    /// Says how much there is, once the work knows (a file's size after decoding).
    public func expect(_ count: Int) {
        total.store(count, ordering: .relaxed)
    }

    /// Adds to how much there is, for work found on the way (a second pass over a file, another save queued).
    public func extendTotal(by count: Int) {
        _ = total.add(count, ordering: .relaxed)
    }

    /// Ends the stretch of work; the ticker clears its line.
    public func finish() {
        task.withLock { $0 = nil }
    }

    /// How much is done and how much there is in all (negative when not known).
    private var counts: (done: Int, total: Int) {
        (done.load(ordering: .relaxed), total.load(ordering: .relaxed))
    }

    /// The work as it stands, or nil when none is under way (or the meter followed has nothing left to do).
    public var reading: ProgressReading? {
        guard let current = task.withLock({ $0 }) else { return nil }
        let seconds = Double(Self.now() - current.started) / 1e9
        var (doneCount, totalCount) = counts
        if let source = current.source {
            (doneCount, totalCount) = source.meter.counts
            guard totalCount > doneCount else { return nil }
            doneCount -= source.done
            totalCount -= source.done
        }
        return ProgressReading(task: current.name, unit: current.unit, done: doneCount,
                               total: totalCount >= 0 ? totalCount : nil, seconds: seconds)
    }

    private static func now() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds
    }
}
