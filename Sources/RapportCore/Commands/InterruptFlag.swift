import CSystem

/// Whether the user pressed Ctrl-C: raised by the SIGINT handler (in C, `CSystem`, since a handler may only touch
/// atomics), cleared by the shell before each command and by a line reader that the press broke off.
public struct InterruptFlag: Sendable {
    /// Whether Ctrl-C was pressed since the flag was last cleared.
    public var isRaised: Bool { rapport_interrupt_is_raised() != 0 }

    /// Raises the flag as Ctrl-C would (for tests and for work that stops itself the same way).
    public func raise() {
        rapport_interrupt_set(1)
    }

    /// Clears the flag.
    public func clear() {
        rapport_interrupt_set(0)
    }
}
