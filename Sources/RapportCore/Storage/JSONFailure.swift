/// A problem found at a byte offset of a JSON file; becomes a `RapportError` with line and column.
public struct JSONFailure: Error {
    /// Where in the file, counting bytes from 0.
    public let offset: Int
    /// What is wrong there.
    public let problem: Message

    /// A failure at a byte offset.
    public init(offset: Int, problem: Message) {
        self.offset = offset
        self.problem = problem
    }

    /// The user-facing error naming the file and the line and column of the problem.
    ///
    /// Line and column are computed only here, from the offset: reading never counts lines.
    func error(path: String, bytes: UnsafeBufferPointer<UInt8>) -> RapportError {
        let (line, column) = lineAndColumn(in: bytes)
        return RapportError(Words.fileDamaged(path, line: line, column: column, problem))
    }

    /// The file, line and column (in characters, from 1) of the offset in `bytes`.
    public func position(file: String, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        let (line, column) = lineAndColumn(in: bytes)
        return SourcePosition(file: file, line: line, column: column)
    }

    /// The line and column (in characters, from 1) of the offset in `bytes`.
    private func lineAndColumn(in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for index in 0..<min(offset, bytes.count) {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
