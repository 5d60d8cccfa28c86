import Foundation
import RapportCore

/// The prompt loop for a person at a terminal: read, run, print, until `quit` or Ctrl-D.
public final class InteractiveLoop {
    private let session: Session
    private let reader: LineReader
    private let remember: (String) -> Void

    /// A loop reading from a terminal reader; `remember` adds a line to the history before it runs.
    public init(session: Session, reader: LineReader, remember: @escaping (String) -> Void) {
        self.session = session
        self.reader = reader
        self.remember = remember
    }

    /// Runs until the user leaves (or standard output is closed); returns the exit status.
    public func run() -> Int32 {
        while !session.quitRequested && !session.console.isOutputClosed {
            let input = reader.readLine(prompt: prompt)
            switch input {
            case .end:
                session.console.error("\n")
                return finish()
            case .interrupted:
                session.console.error("^C\n")
                continue
            case .line(var line):
                while ScriptRunner.continues(line), case .line(let next) = reader.readLine(prompt: "...> ") {
                    line = String(line.dropLast()) + next
                }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }
                remember(trimmed)
                do {
                    try session.execute(line, input: reader, interactive: true)
                } catch {
                    session.report(error, command: trimmed, source: nil, line: nil, interactive: true)
                }
            }
        }
        return finish()
    }

    private var prompt: String {
        session.workspace.isReadOnly ? "rapport (read-only)> " : "rapport> "
    }

    private func finish() -> Int32 {
        do {
            try session.waitForPendingSaves()
            return session.console.isOutputClosed ? ScriptRunner.outputClosed : ScriptRunner.success
        } catch {
            session.report(error, command: nil, source: nil, line: nil, interactive: true)
            return ScriptRunner.failure
        }
    }
}
