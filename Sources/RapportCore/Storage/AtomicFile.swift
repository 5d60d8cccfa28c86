import Foundation

/// Replaces files so that a crash at any moment leaves either the old or the new file complete.
///
/// The bytes go to a temporary file beside the target (`.NAME.tmp-PID-N`), which is flushed to
/// disk, renamed over the target, and then the directory itself is flushed so the rename lasts.
public enum AtomicFile {
    /// The marker in the names of temporary files, which garbage collection removes when left behind.
    public static let temporaryMarker = ".tmp-"

    /// Whether a file name is one of the temporary names `write` makes (`.NAME.tmp-PID-N`).
    public static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let marker = name.range(of: temporaryMarker, options: .backwards) else { return false }
        let numbers = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        return numbers.count == 2 && numbers.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static let counterLock = NSLock()
    nonisolated(unsafe) private static var counter = 0

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try write($0, to: path) }
    }

    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try write($0, to: path) }
    }

    /// Writes raw bytes to `path` atomically.
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        _ = try write(to: path) { emit in try emit(Array(bytes)) }
    }

    /// Writes the pieces `produce` emits, in order, to `path` atomically, returning the total size. Each piece is
    /// written on a second thread while `produce` makes the next; at most two pieces wait at a time.
    public static func write(to path: String, _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws -> Int {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = directory + "/." + url.lastPathComponent + temporaryMarker + "\(getpid())-\(nextNumber())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        let writer = ChunkWriter(descriptor: descriptor)
        do {
            try produce { chunk in try writer.enqueue(chunk) }
            try writer.finish()
        } catch {
            let reported = error is ChunkWriter.Failure ? failure(path) : error
            writer.abandon()
            close(descriptor)
            unlink(temporary)
            throw reported
        }
        guard fsync(descriptor) == 0 else {
            let error = failure(path)
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        try syncDirectory(directory)
        return writer.total
    }

    /// Flushes a directory's entries (renames, new and removed files) to disk.
    public static func syncDirectory(_ directory: String) throws {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(directory) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure(directory) }
    }

    private static func nextNumber() -> Int {
        counterLock.lock()
        defer { counterLock.unlock() }
        counter += 1
        return counter
    }

    private static func failure(_ path: String) -> RapportError {
        RapportError(Words.cannotWrite(path, String(cString: strerror(errno))))
    }
}
