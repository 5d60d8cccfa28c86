import Foundation

/// Draws a progress meter as one line on standard error while a command runs: nothing for the first second, then
/// the reading a few times a second, and the line cleared at the end. It exists only when standard error is a
/// terminal, runs on a thread of its own, and only reads the meter, so the work it watches is not slowed.
public final class ProgressTicker: @unchecked Sendable {
    /// How long work runs before its line appears.
    static let delay = 1.0
    /// How often the line is drawn again.
    static let interval = 0.2

    private let meter: ProgressMeter
    private let language: Language
    private let write: (String) -> Void
    private let condition = NSCondition()
    private var stopping = false
    private var running = true
    // Touched only under `condition`: whether a line stands on the terminal now.
    private var showing = false

    /// Starts watching `meter` when standard error is a terminal; nil (nothing drawn, no thread) otherwise.
    public static func start(_ meter: ProgressMeter, language: Language) -> ProgressTicker? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressTicker(meter, language: language) { text in
            var bytes = Array(text.utf8)
            _ = bytes.withUnsafeMutableBytes { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
    }

    /// A ticker drawing through `write` (the tests give their own).
    init(_ meter: ProgressMeter, language: Language, write: @escaping (String) -> Void) {
        self.meter = meter
        self.language = language
        self.write = write
        let thread = Thread { [self] in run() }
        thread.name = "rapport.progress"
        thread.start()
    }

    /// Clears the line now, before something else is written to the terminal; the ticker draws again at its next turn.
    public func clear() {
        condition.lock()
        defer { condition.unlock() }
        erase()
    }

    /// Stops drawing, clears the line and waits for the thread to end.
    public func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running { condition.wait() }
        erase()
        condition.unlock()
    }

    private func run() {
        let started = Date()
        condition.lock()
        defer {
            running = false
            condition.broadcast()
            condition.unlock()
        }
        while !stopping {
            let elapsed = Date().timeIntervalSince(started)
            let next = elapsed < Self.delay ? Self.delay - elapsed : Self.interval
            _ = condition.wait(until: Date().addingTimeInterval(next))
            if stopping { return }
            if Date().timeIntervalSince(started) < Self.delay { continue }
            guard let reading = meter.reading else {
                erase()
                continue
            }
            write("\r" + ProgressLine.text(reading, language: language, width: Self.width() - 1) + "\u{1B}[K")
            showing = true
        }
    }

    /// Writes the carriage return and erase-line that take the line away, if one stands; called under `condition`.
    private func erase() {
        guard showing else { return }
        write("\r\u{1B}[K")
        showing = false
    }

    /// The width of the terminal standard error writes to.
    private static func width() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
