import CEditLine
import Foundation
import RapportCore

/// Sets `interruptFlag` when the user presses Ctrl-C; a second press before anything cleared the
/// flag (a command that does not stop) ends the process with status 130.
private func raiseInterruptFlag(_ signal: Int32) {
    if interruptFlag.exchange(true, ordering: .relaxed) { _exit(130) }
}

/// The process's SIGINT handling: Ctrl-C raises `interruptFlag` and breaks off blocking reads instead of ending rapport.
public enum InterruptHandler {
    /// Installs the handler without `SA_RESTART`, so a read waiting for input returns with `EINTR`.
    public static func install() {
        rapport_install_interrupt_handler(raiseInterruptFlag)
    }
}
