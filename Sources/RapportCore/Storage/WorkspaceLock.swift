import Foundation

/// An advisory lock on a workspace (`flock` on `workspace.lock`), held while a shell may write it.
///
/// `flock` belongs to the open file description, so a second lock in the same process fails too, and the kernel
/// releases it when the process ends, however it ends. The lock file is opened without following a symbolic link, and
/// its identity (device and inode) is kept, so that a lock file deleted or replaced behind this shell's back is noticed
/// before the next save: another shell may since have taken the workspace.
final class WorkspaceLock {
    private let path: String
    private var descriptor: Int32
    private var identity: FileIdentity

    /// Takes the lock on the file at `path` without waiting; nil when another holder has it or the file cannot be
    /// opened. A symbolic link or anything but a regular file at `path` is refused with an error.
    static func take(path: String) throws -> WorkspaceLock? {
        var descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno != ELOOP { descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC) }
        guard descriptor >= 0 else {
            if errno == ELOOP { throw RapportError(Words.lockIsNotAFile(path)) }
            return nil
        }
        guard let identity = FileIdentity(descriptor: descriptor), identity.isRegularFile else {
            close(descriptor)
            throw RapportError(Words.lockIsNotAFile(path))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return WorkspaceLock(path: path, descriptor: descriptor, identity: identity)
    }

    private init(path: String, descriptor: Int32, identity: FileIdentity) {
        self.path = path
        self.descriptor = descriptor
        self.identity = identity
    }

    /// Whether the file at the lock's path is still the one locked. When it was deleted or replaced, the lock is taken
    /// again on what is there now (made anew if missing) when nobody else holds that; false when that fails.
    func isStillHeld() -> Bool {
        guard descriptor >= 0 else { return false }
        if FileIdentity(path: path)?.isSameFile(as: identity) == true { return true }
        guard let renewed = try? WorkspaceLock.take(path: path),
              FileIdentity(path: path)?.isSameFile(as: renewed.identity) == true else {
            return false
        }
        release()
        descriptor = renewed.descriptor
        identity = renewed.identity
        renewed.descriptor = -1
        return true
    }

    /// Releases the lock; later calls do nothing.
    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit {
        release()
    }
}

/// What tells one file from another (device and inode) and from a later version of itself (size, modification time).
struct FileIdentity: Equatable {
    private let device: UInt64
    private let inode: UInt64
    private let size: Int64
    private let modified: Int64
    private let modifiedNanoseconds: Int64
    /// Whether it is a regular file.
    let isRegularFile: Bool

    /// The identity of an open file; nil when `fstat` fails.
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The identity of the file at a path itself (a symbolic link is not followed); nil when there is none.
    init?(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// Whether both name the same file, whatever its contents.
    func isSameFile(as other: FileIdentity) -> Bool {
        device == other.device && inode == other.inode
    }

    private init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modified = Int64(status.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
        isRegularFile = status.st_mode & S_IFMT == S_IFREG
    }
}
