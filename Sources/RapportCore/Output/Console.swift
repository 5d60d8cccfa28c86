import Foundation

/// Where a session's text goes: results to stdout, diagnostics to stderr, with colour only where wanted.
public final class Console {
    /// Whether standard output is a terminal.
    public let isTerminal: Bool
    /// Whether colour codes may be written.
    public var usesColor: Bool
    /// The width tables must fit.
    public var width: Int
    private let writeOut: (String) -> Void
    private let writeError: (String) -> Void
    private let outputClosed: () -> Bool

    /// A console writing to the given sinks; `outputClosed` tells when the reader of the results went away.
    public init(isTerminal: Bool, usesColor: Bool, width: Int,
                out: @escaping (String) -> Void, error: @escaping (String) -> Void,
                outputClosed: @escaping () -> Bool = { false }) {
        self.isTerminal = isTerminal
        self.usesColor = usesColor
        self.width = width
        self.writeOut = out
        self.writeError = error
        self.outputClosed = outputClosed
    }

    /// The console of this process: stdout and stderr, colour by the given mode, NO_COLOR and whether stdout is a terminal.
    public static func standard(colorMode: String = "auto") -> Console {
        let terminal = isatty(STDOUT_FILENO) == 1
        let console = Console(isTerminal: terminal, usesColor: false, width: terminalWidth(),
                              out: StandardStream.output.write, error: StandardStream.error.write,
                              outputClosed: { StandardStream.output.isClosed })
        console.applyColorMode(colorMode)
        return console
    }

    /// Decides on colour: `always`, `never`, or `auto` (a terminal and no NO_COLOR).
    public func applyColorMode(_ mode: String) {
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        switch mode {
        case "always": usesColor = true
        case "never": usesColor = false
        default: usesColor = isTerminal && !noColor
        }
    }

    /// Writes text to standard output.
    public func out(_ text: String) {
        writeOut(text)
    }

    /// Whether the reader of standard output went away (EPIPE), so a session stops once its saves are done.
    public var isOutputClosed: Bool { outputClosed() }

    /// The text with lines wider than the terminal broken at blanks; unchanged when standard output is no terminal.
    public func fitted(_ text: String) -> String {
        isTerminal ? TextWrapper(width: width).wrap(text) : text
    }

    /// Writes text to standard error.
    public func error(_ text: String) {
        writeError(text)
    }

    /// Text in bold, when colour is on.
    public func bold(_ text: String) -> String {
        usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    /// Text in red, when colour is on.
    public func red(_ text: String) -> String {
        usesColor ? "\u{1B}[31m\(text)\u{1B}[0m" : text
    }

    /// Text in yellow, when colour is on.
    public func yellow(_ text: String) -> String {
        usesColor ? "\u{1B}[33m\(text)\u{1B}[0m" : text
    }

    /// Text dimmed, when colour is on.
    public func dim(_ text: String) -> String {
        usesColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }

    /// The terminal's width in columns, `COLUMNS`, or 100 when neither is known.
    public static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        return 100
    }
}
