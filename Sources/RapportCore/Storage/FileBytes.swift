import Foundation

/// Reads a whole file into memory in one go, with errors that name the file. Only regular files are read: a FIFO
/// would block (even its opening does, without a writer) and a device such as /dev/zero never ends.
public enum FileBytes {
    /// The file's bytes; nil when there is no such file. Anything but a regular file is refused with an error.
    public static func read(_ path: String) throws -> [UInt8]? {
        guard let descriptor = try openRegularFile(path) else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(path) }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let result = Foundation.read(descriptor, base + count, size - count)
                if result < 0 && errno == EINTR { continue }
                guard result > 0 else {
                    complete = result == 0
                    break
                }
                count += result
            }
        }
        guard complete else { throw failure(path) }
        return bytes
    }

    /// Throws unless `path` names a regular file (or a link to one); for readers that open the file themselves.
    public static func requireRegularFile(_ path: String) throws {
        guard let descriptor = try openRegularFile(path) else {
            throw RapportError(Words.cannotRead(path, String(cString: strerror(ENOENT))))
        }
        close(descriptor)
    }

    /// Opens a regular file for reading, without waiting on a FIFO; nil when there is no such file.
    private static func openRegularFile(_ path: String) throws -> Int32? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw failure(path)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let error = failure(path)
            close(descriptor)
            throw error
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw RapportError(Words.notARegularFile(path))
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return descriptor
    }

    private static func failure(_ path: String) -> RapportError {
        RapportError(Words.cannotRead(path, String(cString: strerror(errno))))
    }
}
