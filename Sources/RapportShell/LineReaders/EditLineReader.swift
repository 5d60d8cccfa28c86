import CEditLine
import Foundation
import RapportCore

/// The reader of the owning `EditLineReader`, found through libedit's client data; C callbacks cannot capture it.
private func owningReader(_ editLine: OpaquePointer?) -> EditLineReader {
    // The client data is set in `init`, before libedit draws a prompt or calls a key function.
    Unmanaged<EditLineReader>.fromOpaque(rapport_el_get_clientdata(editLine)!).takeUnretainedValue()
}

/// The prompt of the line being read, for `EL_PROMPT`.
private func currentPrompt(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    owningReader(editLine).promptText
}

/// Completes the word before the cursor, for the Tab key.
private func completeWord(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    owningReader(editLine).completeWordBeforeCursor()
}

/// The line reader for a terminal: libedit with a prompt, Emacs keys (or the user's ~/.editrc), a history kept
/// in a file, and Tab completion. Use it only when standard input is a terminal.
public final class EditLineReader: LineReader {
    /// Errors from a terminal are placed at `<stdin>`.
    public let sourceName = "<stdin>"
    /// Always true: this reader is used only on a terminal.
    public let isInteractive = true
    /// The number of lines typed so far.
    public private(set) var lineNumber = 0
    private let completer: Completer?
    private let history: EditLineHistory
    private let editLine: OpaquePointer
    /// The stream libedit draws on: standard output when it is a terminal, else standard error.
    private let output: UnsafeMutablePointer<FILE>
    /// The prompt as a C string that stays valid while libedit draws it.
    fileprivate private(set) var promptText: UnsafeMutablePointer<CChar>

    /// A reader keeping its history in `historyPath` (nil: no file) and completing with `completer` on Tab;
    /// installs the signal handlers so Ctrl-C interrupts typing.
    public init(historyPath: String?, completer: Completer?) {
        TerminalLocale.useUTF8CharacterType()
        ProcessSignals.install()
        self.completer = completer
        history = EditLineHistory(path: historyPath)
        output = isatty(STDOUT_FILENO) == 1 ? rapport_stdout() : rapport_stderr()
        editLine = el_init("rapport", rapport_stdin(), output, rapport_stderr())
        promptText = strdup("")
        rapport_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        rapport_el_set_prompt(editLine, currentPrompt)
        rapport_el_set_editor(editLine, "emacs")
        rapport_el_set_signal(editLine, 1)
        rapport_el_set_history(editLine, history.handle)
        rapport_el_add_function(editLine, "rapport-complete", "Complete the word before the cursor", completeWord)
        rapport_el_bind(editLine, "^I", "rapport-complete")
        el_source(editLine, nil)
    }

    deinit {
        try? history.save()
        el_end(editLine)
        free(promptText)
    }

    /// Reads a line after showing `prompt`. The line is not added to the history: the shell decides
    /// with `addToHistory(_:)`. Ctrl-C gives `.interrupted` (and clears `interruptFlag`), Ctrl-D `.end`.
    public func readLine(prompt: String) -> LineInput {
        free(promptText)
        promptText = strdup(prompt)
        var count: Int32 = 0
        interruptFlag.clear()
        errno = 0
        guard let bytes = el_gets(editLine, &count) else {
            // Ctrl-C breaks off a read with EINTR; during a Ctrl-R search libedit ends the search as if the input had
            // ended instead, so the raised flag tells the two apart.
            guard (count == -1 && errno == EINTR) || interruptFlag.isRaised else { return .end }
            interruptFlag.clear()
            fputs("\n", output)
            fflush(output)
            return .interrupted
        }
        lineNumber += 1
        var line = String(cString: bytes)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds a line to the history, trimmed; empty lines and a repeat of the line before are not kept.
    public func addToHistory(_ line: String) {
        history.add(line)
    }

    /// Writes the history to its file, creating its folders; also done when the reader goes away.
    public func save() throws {
        try history.save()
    }

    /// Asks the completer about the word before the cursor and edits the line, lists candidates or beeps.
    fileprivate func completeWordBeforeCursor() -> UInt8 {
        guard let completer, let info = el_line(editLine)?.pointee else { return UInt8(CC_REFRESH_BEEP) }
        let beforeCursor = Self.text(from: info.buffer, to: info.cursor)
        let afterCursor = Self.text(from: info.cursor, to: info.lastchar)
        let cursor = beforeCursor.count
        let completion = completer.complete(line: beforeCursor + afterCursor, cursor: cursor)
        let typed = String(beforeCursor.dropFirst(min(completion.replaceFrom, cursor)))
        switch CompletionEdit(typed: typed, candidates: completion.candidates) {
        case .replace(let replacement):
            el_deletestr(editLine, Int32(typed.unicodeScalars.count))
            el_insertstr(editLine, replacement)
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            fputs("\n" + CandidateColumns.layout(candidates, width: Console.terminalWidth()), output)
            fflush(output)
            return UInt8(CC_REDISPLAY)
        case .beep:
            return UInt8(CC_REFRESH_BEEP)
        }
    }

    /// The UTF-8 text between two byte pointers into libedit's line buffer.
    private static func text(from start: UnsafePointer<CChar>, to end: UnsafePointer<CChar>) -> String {
        let bytes = UnsafeRawBufferPointer(start: start, count: max(0, end - start))
        return String(decoding: bytes, as: UTF8.self)
    }
}
