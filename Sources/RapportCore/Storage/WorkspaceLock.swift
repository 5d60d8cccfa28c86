import Foundation

/// An advisory lock on a workspace (`flock` on `workspace.lock`), held while a shell may write it.
///
/// `flock` belongs to the open file description, so a second lock in the same process fails too,
/// and the kernel releases it when the process ends, however it ends.
final class WorkspaceLock {
    private var descriptor: Int32

    /// Takes the lock on the file at `path` without waiting; nil when another holder has it
    /// or the file cannot be opened.
    init?(path: String) {
        var descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor < 0 { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
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
