import Foundation
import Synchronization

/// The process group of the program a command runs now (a plugin), so that rapport, ending on a signal, ends it too.
public enum ChildProcessGroup {
    private static let current = Atomic<Int32>(0)

    /// Notes the group of a program that just started.
    public static func began(_ group: pid_t) {
        current.store(group, ordering: .relaxed)
    }

    /// Forgets the group once its program was ended.
    public static func ended(_ group: pid_t) {
        _ = current.compareExchange(expected: group, desired: 0, ordering: .relaxed)
    }

    /// Kills the noted group, if any.
    public static func endRunning() {
        let group = current.load(ordering: .relaxed)
        if group > 0 { kill(-group, SIGKILL) }
    }
}
