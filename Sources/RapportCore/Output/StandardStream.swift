import Foundation
import Synchronization

/// Standard output or standard error, written with write(2). SIGPIPE is ignored, so a reader that went away
/// (`rapport … | head -1`) shows as EPIPE: the stream counts as closed and drops what follows, and the process lives on
/// to finish its saves.
public final class StandardStream: Sendable {
    /// Standard output.
    public static let output = StandardStream(descriptor: STDOUT_FILENO)
    /// Standard error.
    public static let error = StandardStream(descriptor: STDERR_FILENO)

    private let descriptor: Int32
    private let closed = Atomic<Bool>(false)

    /// A stream writing to an open descriptor.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Whether the reader went away, so nothing more is written.
    public var isClosed: Bool { closed.load(ordering: .relaxed) }

    /// Writes the text whole, unless the stream is closed; EPIPE closes it, other failures drop the text.
    public func write(_ text: String) {
        guard !isClosed else { return }
        var text = text
        let failure = text.withUTF8 { writeAll($0, to: descriptor) }
        if failure == EPIPE { closed.store(true, ordering: .relaxed) }
    }
}

/// Writes every byte, going on after EINTR; returns the error number of a failure, nil when all was written.
private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, base + offset, bytes.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += written
    }
    return nil
}
