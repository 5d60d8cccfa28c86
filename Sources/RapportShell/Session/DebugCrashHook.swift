#if DEBUG
import Foundation

/// A way for tests to crash rapport on purpose, compiled into debug builds only: with `RAPPORT_DEBUG_CRASH=NAME` in the
/// environment, the command NAME traps as it starts, as a Swift trap anywhere would (no such trap should be left).
enum DebugCrashHook {
    /// Traps when the environment asks for a crash in the command of this name.
    static func trapIfAsked(command name: String) {
        guard ProcessInfo.processInfo.environment["RAPPORT_DEBUG_CRASH"] == name else { return }
        fatalError("RAPPORT_DEBUG_CRASH asked for a crash in \(name)")
    }
}
#endif
