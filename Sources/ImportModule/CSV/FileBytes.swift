import Foundation
import RapportCore

/// Reads a whole file into memory with one system call where possible.
enum FileBytes {
    /// The file's bytes, or an error naming the file.
    static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw RapportError(Words.fileUnreadable(path, reason: String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw RapportError(Words.fileUnreadable(path, reason: String(cString: strerror(errno))))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw RapportError(Words.notARegularFile(path)) }
        let size = Int(status.st_size)
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let count = Foundation.read(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 {
                    failure = count < 0 ? errno : 0
                    break
                }
                initialized += count
            }
        }
        if failure != 0 { throw RapportError(Words.fileUnreadable(path, reason: String(cString: strerror(failure)))) }
        return bytes
    }
}
