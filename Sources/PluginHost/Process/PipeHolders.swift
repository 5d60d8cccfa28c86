import Foundation

/// Finds the processes that hold one end of a pipe open, from `/proc/PID/fd` (Linux; elsewhere none are found).
enum PipeHolders {
    /// The inode that names the pipe an open descriptor belongs to; nil when it is no pipe.
    static func pipeInode(of descriptor: Int32) -> UInt64? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFIFO else { return nil }
        return UInt64(status.st_ino)
    }

    /// The processes (of those this user may look into) that have the pipe open.
    static func processes(holding inode: UInt64) -> [pid_t] {
        let files = FileManager.default
        let target = "pipe:[\(inode)]"
        var holders: [pid_t] = []
        for entry in (try? files.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry) else { continue }
            let folder = "/proc/\(entry)/fd"
            let descriptors = (try? files.contentsOfDirectory(atPath: folder)) ?? []
            if descriptors.contains(where: { (try? files.destinationOfSymbolicLink(atPath: folder + "/" + $0)) == target }) {
                holders.append(pid)
            }
        }
        return holders
    }
}
