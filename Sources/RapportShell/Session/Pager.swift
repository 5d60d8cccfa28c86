import Foundation
import RapportCore

/// Shows long output through a pager: `RAPPORT_PAGER`, then `PAGER`, else `less -FRX`.
enum Pager {
    /// Whether text is taller than the terminal.
    static func shouldPage(_ text: String) -> Bool {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return false }
        let lines = text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        return lines > Int(size.ws_row) - 2
    }

    /// Writes text into the pager and waits for it; prints directly when no pager can be started.
    static func show(_ text: String) {
        let environment = ProcessInfo.processInfo.environment
        let command = environment["RAPPORT_PAGER"] ?? environment["PAGER"] ?? "less -FRX"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardInput = pipe
        do {
            try process.run()
        } catch {
            StandardStream.output.write(text)
            return
        }
        let handedOver = handTerminal(to: process.processIdentifier)
        // SIGPIPE is ignored (ProcessSignals), so a pager left early makes this write fail, not rapport end.
        try? pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        if handedOver { handTerminal(to: getpgrp()) }
    }

    /// Makes a process group the terminal's foreground group. Foundation starts the pager in a group of its own,
    /// and a pager outside the foreground group cannot read keys: `less` would show one screen and quit, losing the rest.
    @discardableResult
    private static func handTerminal(to group: pid_t) -> Bool {
        guard isatty(STDIN_FILENO) == 1 else { return false }
        let previous = signal(SIGTTOU, SIG_IGN)
        defer { signal(SIGTTOU, previous) }
        guard tcsetpgrp(STDIN_FILENO, group) == 0 else { return false }
        // A pager that touched the terminal before it was handed over was stopped; let it go on.
        kill(-group, SIGCONT)
        return true
    }
}
