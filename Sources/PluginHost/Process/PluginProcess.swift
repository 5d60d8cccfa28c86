import Foundation
import RapportCore

/// One running plugin program: lines go to its standard input, lines come from its standard output,
/// its standard error goes straight to the user's. It runs in a process group of its own, so Ctrl-C
/// at the terminal reaches rapport only, and `stop()` ends the program and anything it started.
final class PluginProcess {
    /// The most bytes a plugin may write to its standard output in one conversation.
    static let outputLimit = 32 * 1_048_576

    private let process = Process()
    private let input = Pipe()
    private let output: OutputLines
    private let outputPipe = Pipe()
    private let deadline: Date
    private let seconds: Int
    /// Writes lines to the plugin's input one after the other, off the caller's thread.
    private let writer = DispatchQueue(label: "rapport.plugin-input")
    /// Entered for each line being written, left when its writing ended.
    private let writing = DispatchGroup()

    /// Starts `executable` with the given time limit for the whole conversation.
    init(executable: String, timeLimit seconds: Int) throws(PluginFailure) {
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = URL(fileURLWithPath: executable)
        process.standardInput = input
        process.standardOutput = outputPipe
        do {
            try process.run()
        } catch {
            throw .couldNotStart(String(describing: error))
        }
        output = OutputLines(outputPipe.fileHandleForReading, limit: PluginProcess.outputLimit)
        self.seconds = seconds
        deadline = Date().addingTimeInterval(TimeInterval(seconds))
    }

    /// Writes one line to the plugin's standard input, off the caller's thread so a plugin that does not read cannot block rapport.
    func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        let handle = input.fileHandleForWriting
        writing.enter()
        writer.async { [writing] in
            let descriptor = handle.fileDescriptor
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { break }
                offset += written
            }
            writing.leave()
        }
    }

    /// The next line the plugin writes; throws when it ends, overflows, times out or the user interrupts.
    func nextLine() throws(PluginFailure) -> String {
        while true {
            let state = output.poll()
            if state.overflowed { throw stopping(.tooMuchOutput(PluginProcess.outputLimit)) }
            if let line = state.line { return line }
            if state.finished {
                process.waitUntilExit()
                throw .ended(status: process.terminationStatus, signal: process.terminationReason == .uncaughtSignal)
            }
            try checkWaiting()
        }
    }

    /// Closes the plugin's input and waits for it to end; throws unless it ends with status 0 in time.
    func finish() throws(PluginFailure) {
        while writing.wait(timeout: .now() + 0.01) == .timedOut { try checkWaiting() }
        try? input.fileHandleForWriting.close()
        while process.isRunning { try checkWaiting() }
        guard process.terminationStatus == 0, process.terminationReason == .exit else {
            throw .ended(status: process.terminationStatus, signal: process.terminationReason == .uncaughtSignal)
        }
    }

    /// Ends the program and its process group at once, if it still runs, then closes its input.
    func stop() {
        if process.isRunning {
            kill(-process.processIdentifier, SIGKILL)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        _ = writing.wait(timeout: .now() + 1)
        try? input.fileHandleForWriting.close()
    }

    /// Throws when the time is up or the user pressed Ctrl-C (stopping the plugin first); else waits a moment.
    private func checkWaiting() throws(PluginFailure) {
        if interruptFlag.isRaised { throw stopping(.interrupted) }
        if Date() > deadline { throw stopping(.timedOut(seconds)) }
        usleep(2_000)
    }

    /// Stops the program and hands back the failure to throw.
    private func stopping(_ failure: PluginFailure) -> PluginFailure {
        stop()
        return failure
    }
}
