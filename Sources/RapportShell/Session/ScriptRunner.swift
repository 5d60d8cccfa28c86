import Foundation
import RapportCore

/// Runs lines from a script, a pipe or `-c`: no prompt, stop at the first failure unless told to go on.
public final class ScriptRunner {
    /// Exit status: every command succeeded.
    public static let success: Int32 = 0
    /// Exit status: a command failed.
    public static let failure: Int32 = 1
    /// Exit status: interrupted by Ctrl-C.
    public static let interrupted: Int32 = 130
    /// Exit status: the reader of standard output went away (128 + SIGPIPE, what a shell shows for a process that
    /// SIGPIPE ended); the run stopped after the command that printed, its changes saved.
    public static let outputClosed: Int32 = 141

    private let session: Session
    private let reader: LineReader
    private let nested: Bool
    /// The line of the first failure, if any.
    public private(set) var failedLine: Int?

    /// A runner reading commands from a reader; `nested` is for `source` inside a session.
    public init(session: Session, reader: LineReader, nested: Bool = false) {
        self.session = session
        self.reader = reader
        self.nested = nested
    }

    /// Runs to the end (or the first failure, or until standard output is closed) and returns the exit status.
    public func run() -> Int32 {
        var failed = false
        while !session.quitRequested && !session.console.isOutputClosed {
            let input = reader.readLine(prompt: "")
            guard case .line(var line) = input else {
                if input == .interrupted { return ScriptRunner.interrupted }
                break
            }
            let startLine = reader.lineNumber
            while ScriptRunner.continues(line), case .line(let next) = reader.readLine(prompt: "") {
                line = String(line.dropLast()) + next
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if session.options.step && !nested && !StepPrompt.waitForEnter(trimmed) { return ScriptRunner.interrupted }
            let goingOn: ((Error) -> Void)? = session.options.keepGoing && !nested ? { error in
                self.session.report(error, command: trimmed, source: self.reader.sourceName, line: startLine, interactive: false)
                failed = true
                self.failedLine = self.failedLine ?? startLine
            } : nil
            do {
                try session.execute(line, input: reader, interactive: false, goingOn: goingOn)
            } catch let error as RapportError where error.isInterruption {
                session.report(error, command: trimmed, source: reader.sourceName, line: startLine, interactive: false)
                return ScriptRunner.interrupted
            } catch {
                session.report(error, command: trimmed, source: reader.sourceName, line: startLine, interactive: false)
                failed = true
                failedLine = failedLine ?? startLine
                if !session.options.keepGoing || nested { return ScriptRunner.failure }
            }
        }
        if !nested {
            do {
                try session.waitForPendingSaves()
            } catch {
                session.report(error, command: nil, source: nil, line: nil, interactive: false)
                return ScriptRunner.failure
            }
            if session.console.isOutputClosed { return ScriptRunner.outputClosed }
        }
        return failed ? ScriptRunner.failure : ScriptRunner.success
    }

    /// Whether a line ends in a single backslash, continuing on the next line.
    static func continues(_ line: String) -> Bool {
        var count = 0
        for character in line.reversed() {
            guard character == "\\" else { break }
            count += 1
        }
        return count % 2 == 1
    }
}
