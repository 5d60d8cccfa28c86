import Foundation

/// Reads a whole file into memory in one go, with errors that name the file.
enum FileBytes {
    /// The file's bytes; nil when there is no such file.
    static func read(_ path: String) throws -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw failure(path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(path) }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                guard let base = buffer.baseAddress else { break }
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

    private static func failure(_ path: String) -> RapportError {
        RapportError(Words.cannotRead(path, String(cString: strerror(errno))))
    }
}
