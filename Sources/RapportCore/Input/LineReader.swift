/// What reading one line of input gave.
public enum LineInput: Sendable, Equatable {
    /// A line, without its line break.
    case line(String)
    /// The user pressed Ctrl-C while typing.
    case interrupted
    /// The input is over (Ctrl-D on an empty line, or end of file).
    case end
}

/// A source of input lines: the terminal, a pipe, a script file, or an array in tests.
public protocol LineReader: AnyObject {
    /// Reads the next line, showing the prompt where there is a person to see it.
    func readLine(prompt: String) -> LineInput
    /// The name used in error positions, such as a file name or `<stdin>`.
    var sourceName: String { get }
    /// The line number of the line last read, counting from 1.
    var lineNumber: Int { get }
    /// Whether a person is typing (a terminal) rather than a file or pipe feeding lines.
    var isInteractive: Bool { get }
}

/// A line reader over a fixed list of lines, for tests and `-c`.
public final class ArrayLineReader: LineReader {
    private var lines: [String]
    private var next = 0
    /// The name used in error positions, `<test>` unless given.
    public let sourceName: String
    /// Whether the reader pretends a person is typing.
    public let isInteractive: Bool
    /// The line number of the line last handed out, counting from 1.
    public private(set) var lineNumber = 0

    /// A reader that hands out the given lines, then the end.
    public init(_ lines: [String], sourceName: String = "<test>", interactive: Bool = false) {
        self.lines = lines
        self.sourceName = sourceName
        self.isInteractive = interactive
    }

    /// The next line of the list, or the end when all are read; the prompt is ignored.
    public func readLine(prompt: String) -> LineInput {
        guard next < lines.count else { return .end }
        defer { next += 1 }
        lineNumber = next + 1
        return .line(lines[next])
    }
}
