import Foundation
import RapportCore

/// A file mapped into memory read-only, so reading it costs no copy; unmapped when released.
final class MappedFile {
    /// The file's bytes, valid while this object lives.
    let bytes: UnsafeBufferPointer<UInt8>

    /// Maps the file at `path`, or throws an error naming it.
    init(_ path: String) throws {
        // Not blocking: opening a FIFO for reading would wait for a writer before the check below could refuse it.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw RapportError(Words.cannotRead(path, String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw RapportError(Words.cannotRead(path, String(cString: strerror(errno))))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw RapportError(Words.notARegularFile(path)) }
        let size = Int(status.st_size)
        try MemoryBudget.check(size: size, file: path)
        guard size > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0),
              address != MAP_FAILED else {
            throw RapportError(Words.cannotRead(path, String(cString: strerror(errno))))
        }
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
