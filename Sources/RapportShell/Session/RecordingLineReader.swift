import RapportCore

/// Passes lines through from another reader and remembers them, so a command's input lines can be logged.
final class RecordingLineReader: LineReader {
    private let base: LineReader
    /// The lines read through this reader, in order.
    private(set) var lines: [String] = []

    /// A recorder over a reader.
    init(_ base: LineReader) {
        self.base = base
    }

    var sourceName: String { base.sourceName }
    var lineNumber: Int { base.lineNumber }
    var isInteractive: Bool { base.isInteractive }

    func readLine(prompt: String) -> LineInput {
        let input = base.readLine(prompt: prompt)
        if case .line(let text) = input { lines.append(text) }
        return input
    }
}
