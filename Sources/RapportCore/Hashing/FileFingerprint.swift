import Dispatch
import Foundation

/// The size and SHA-256 of a file, worked out on another thread while the command goes on: `import` starts it once it
/// has read the file (so the two do not compete for the cores) and stores the dataset without waiting for it
/// (`Workspace.put(_:replacing:hashing:record:)`), so recording where the rows came from does not delay the result.
///
/// The file is read in pieces of 1 MiB through the page cache the import's read filled, never held whole.
public final class FileFingerprint: @unchecked Sendable {
    // `outcome` is written on the worker before `done.leave()` and read only after `done.wait()`, which orders them;
    // its first value is never seen.
    private var outcome: Result<(bytes: Int, sha256: String), RapportError> = .failure(RapportError(Words.interrupted))
    private let done = DispatchGroup()
    /// The file's path, as given.
    public let path: String
    private let size: Int

    /// Starts hashing the file at `path`.
    public init(_ path: String) {
        self.path = path
        var status = stat()
        size = stat(path, &status) == 0 ? Int(status.st_size) : 0
        done.enter()
        DispatchQueue.global().async { [self] in
            outcome = FileFingerprint.digest(path)
            done.leave()
        }
    }

    /// Waits for the hash and gives the record of the file, with the preset that mapped it.
    public func sourceFile(preset: String?) throws -> SourceFile {
        done.wait()
        let (bytes, sha256) = try outcome.get()
        return SourceFile(path: path, bytes: bytes, sha256: sha256, preset: preset)
    }

    /// The record of the file before its hash is known: the path, the size, an empty SHA-256, and what the import
    /// found (`record`'s path, size and hash are replaced).
    func placeholder(_ record: SourceFile) -> SourceFile {
        var file = record
        (file.path, file.bytes, file.sha256) = (path, size, "")
        return file
    }

    /// The record with the size and SHA-256 filled in when it is this file's placeholder; it waits for the hash.
    /// Should the file fail to read a second time, the SHA-256 stays empty.
    func completing(_ file: SourceFile) -> SourceFile {
        guard file.path == path, file.sha256.isEmpty else { return file }
        done.wait()
        guard case .success(let (bytes, sha256)) = outcome else { return file }
        var completed = file
        (completed.bytes, completed.sha256) = (bytes, sha256)
        return completed
    }

    /// Reads the file piece by piece into the digest.
    private static func digest(_ path: String) -> Result<(bytes: Int, sha256: String), RapportError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        let failure = { RapportError(Words.cannotRead(path, String(cString: strerror(errno)))) }
        guard descriptor >= 0 else { return .failure(failure()) }
        defer { close(descriptor) }
        var digest = SHA256()
        var total = 0
        let piece = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 64)
        defer { piece.deallocate() }
        while true {
            let count = read(descriptor, piece.baseAddress, piece.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return .failure(failure()) }
            if count == 0 { break }
            digest.update(UnsafeRawBufferPointer(rebasing: piece[0..<count]))
            total += count
        }
        return .success((total, digest.hexDigest()))
    }
}
