/// A problem found at a byte offset of a JSON file; becomes a `RapportError` with line and column.
struct JSONFailure: Error {
    /// Where in the file, counting bytes from 0.
    let offset: Int
    /// What is wrong there.
    let problem: Message

    /// The user-facing error naming the file and the line and column of the problem.
    ///
    /// Line and column are computed only here, from the offset: reading never counts lines.
    func error(path: String, bytes: UnsafeBufferPointer<UInt8>) -> RapportError {
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
        return RapportError(Words.fileDamaged(path, line: line, column: column, problem))
    }
}
