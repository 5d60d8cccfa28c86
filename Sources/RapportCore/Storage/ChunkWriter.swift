import Foundation

/// Writes byte chunks to a file descriptor on a thread of its own, in order, holding at most two chunks back.
final class ChunkWriter: @unchecked Sendable {
    /// A write failed; `errno` tells why.
    struct Failure: Error {}

    private let descriptor: Int32
    private let queue = DispatchQueue(label: "rapport.chunk-writer")
    private let room = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var failed: Int32?
    private var written = 0

    /// A writer for an open descriptor.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The bytes written so far.
    var total: Int {
        lock.lock()
        defer { lock.unlock() }
        return written
    }

    /// Hands a chunk to the writing thread, waiting while two are still pending; throws once a write has failed.
    func enqueue(_ chunk: [UInt8]) throws {
        try check()
        room.wait()
        queue.async { [self] in
            defer { room.signal() }
            guard failedErrno() == nil else { return }
            if let error = Self.writeAll(chunk, to: descriptor) {
                setFailed(error)
            } else {
                lock.lock()
                written += chunk.count
                lock.unlock()
            }
        }
    }

    /// Waits for every chunk to be written; throws when one failed (with `errno` set to its cause).
    func finish() throws {
        queue.sync {}
        try check()
    }

    /// Waits for pending writes after a failure elsewhere, so the descriptor can be closed.
    func abandon() {
        queue.sync {}
    }

    private func check() throws {
        if let code = failedErrno() {
            errno = code
            throw Failure()
        }
    }

    private func failedErrno() -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        return failed
    }

    private func setFailed(_ code: Int32) {
        lock.lock()
        failed = failed ?? code
        lock.unlock()
    }

    /// Writes every byte, retrying on EINTR; the errno of a failure, or nil.
    private static func writeAll(_ chunk: [UInt8], to descriptor: Int32) -> Int32? {
        chunk.withUnsafeBytes { bytes -> Int32? in
            var offset = 0
            while offset < bytes.count {
                guard let base = bytes.baseAddress else { break }
                let result = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if result < 0 && errno == EINTR { continue }
                guard result > 0 else { return result < 0 ? errno : EIO }
                offset += result
            }
            return nil
        }
    }
}
