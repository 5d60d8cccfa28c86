import Foundation
import RapportCore

/// Reads lines from a pipe or a script file without line editing: no prompt, no history.
public final class PlainLineReader: LineReader {
    /// How many bytes one read asks for.
    private static let chunkSize = 64 * 1024

    /// The script's path, or `<stdin>` for a pipe.
    public let sourceName: String
    /// Always false: a pipe or a file feeds the lines.
    public let isInteractive = false
    /// The number of lines read so far.
    public private(set) var lineNumber = 0
    private let descriptor: Int32
    private let closesDescriptor: Bool
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var reachedEnd = false

    /// A reader over an open file descriptor, such as standard input; the descriptor stays open.
    public init(descriptor: Int32 = STDIN_FILENO, sourceName: String = "<stdin>") {
        self.descriptor = descriptor
        self.sourceName = sourceName
        self.closesDescriptor = false
    }

    /// A reader over a script file, or a pipe such as `<(…)`; throws an error naming the file when it cannot be read.
    /// A folder or a device (`/dev/zero` never ends) is refused; a FIFO is opened without waiting for its writer.
    public init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw RapportError(Self.openFailure(path: path, errorNumber: errno)) }
        var status = stat()
        let kind = fstat(descriptor, &status) == 0 ? status.st_mode & S_IFMT : 0
        guard kind == S_IFREG || kind == S_IFIFO else {
            close(descriptor)
            throw RapportError(kind == S_IFDIR ? Words.fileIsDirectory(path) : Words.notARegularFile(path))
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        self.descriptor = descriptor
        self.sourceName = path
        self.closesDescriptor = true
    }

    deinit {
        if closesDescriptor { close(descriptor) }
    }

    /// Returns the next line without its `\n` or `\r\n`; the prompt is ignored, as nobody sees it.
    public func readLine(prompt: String) -> LineInput {
        while true {
            if let newline = pending[pendingStart...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[pendingStart..<newline]
                pendingStart = newline + 1
                return deliver(line)
            }
            if reachedEnd {
                guard pendingStart < pending.count else { return .end }
                let line = pending[pendingStart...]
                pendingStart = pending.count
                return deliver(line)
            }
            if let interruption = readChunk() { return interruption }
        }
    }

    /// Turns the bytes of one line into text, dropping a final `\r` and a byte order mark on line 1.
    private func deliver(_ bytes: ArraySlice<UInt8>) -> LineInput {
        var bytes = bytes
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        if lineNumber == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        lineNumber += 1
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    /// Appends the next chunk of input; returns `.interrupted` when Ctrl-C broke off the read.
    private func readChunk() -> LineInput? {
        pending.removeFirst(pendingStart)
        pendingStart = 0
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunkSize) }
        if count > 0 {
            pending.append(contentsOf: chunk[0..<count])
        } else if count < 0 && errno == EINTR {
            interruptFlag.clear()
            return .interrupted
        } else {
            reachedEnd = true
        }
        return nil
    }

    /// The message for a failed `open`, by its error number.
    private static func openFailure(path: String, errorNumber: Int32) -> Message {
        switch errorNumber {
        case ENOENT: return Words.fileNotFound(path)
        case EACCES: return Words.fileNotReadable(path)
        default: return Words.cannotOpenFile(path, reason: String(cString: strerror(errorNumber)))
        }
    }
}
