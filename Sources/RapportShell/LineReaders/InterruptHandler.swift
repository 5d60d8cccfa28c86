import CEditLine
import RapportCore

/// Sets `interruptFlag` when the user presses Ctrl-C.
private func raiseInterruptFlag(_ signal: Int32) {
    interruptFlag.store(true, ordering: .relaxed)
}

/// The process's SIGINT handling: Ctrl-C raises `interruptFlag` and breaks off blocking reads instead of ending rapport.
public enum InterruptHandler {
    /// Installs the handler without `SA_RESTART`, so a read waiting for input returns with `EINTR`.
    public static func install() {
        rapport_install_interrupt_handler(raiseInterruptFlag)
    }
}
