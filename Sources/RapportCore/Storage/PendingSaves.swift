import Foundation

/// The workspace saves of this process that were asked for and are not yet on disk, so that a process asked to end
/// (a signal, a crash) can finish every save whose command already reported success before it goes.
public enum PendingSaves {
    private static let condition = NSCondition()
    nonisolated(unsafe) private static var count = 0
    nonisolated(unsafe) private static var closed = false

    /// Whether a save is under way or waiting.
    public static var isBusy: Bool {
        condition.lock()
        defer { condition.unlock() }
        return count > 0
    }

    /// Counts a save in; once the process is ending, waits for ever (the process ends before it could begin).
    static func begin() {
        condition.lock()
        while closed { condition.wait() }
        count += 1
        condition.unlock()
    }

    /// Counts a save out once its files and manifest are on disk, or it failed.
    static func end() {
        condition.lock()
        count -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every save counted in is done and lets no new one begin; for the moment before the process ends.
    public static func finishAndClose() {
        condition.lock()
        while count > 0 { condition.wait() }
        closed = true
        condition.unlock()
    }
}
