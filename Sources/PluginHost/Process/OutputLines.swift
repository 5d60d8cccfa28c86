import Foundation

/// Collects a plugin's standard output on a thread of its own, split into lines, up to a byte limit.
final class OutputLines: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [UInt8] = []
    private var lines: [String] = []
    private var total = 0
    private var finished = false
    private var overflowed = false

    /// Starts reading `handle` until its end or until more than `limit` bytes came.
    init(_ handle: FileHandle, limit: Int) {
        Thread.detachNewThread { [self] in
            let descriptor = handle.fileDescriptor
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                guard take(chunk[0..<count], limit: limit) else { break }
            }
            lock.withLock { finished = true }
        }
    }

    /// Adds bytes, moving complete lines to the queue; false once the limit is passed.
    private func take(_ bytes: ArraySlice<UInt8>, limit: Int) -> Bool {
        lock.withLock {
            total += bytes.count
            if total > limit {
                overflowed = true
                return false
            }
            var start = pending.count
            pending.append(contentsOf: bytes)
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                lines.append(String(decoding: pending[..<newline], as: UTF8.self))
                pending.removeSubrange(...newline)
                start = 0
            }
            return true
        }
    }

    /// What is there now: the next complete line, or whether the output ended or overflowed.
    func poll() -> (line: String?, finished: Bool, overflowed: Bool) {
        lock.withLock {
            let line = lines.isEmpty ? nil : lines.removeFirst()
            return (line, finished && lines.isEmpty, overflowed)
        }
    }
}
