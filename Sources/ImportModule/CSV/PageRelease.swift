import Foundation

/// Gives back the pages of a read-only file mapping that parsing has passed, to keep peak memory down.
///
/// The mapping is private and never written, so a page touched again later (a column read a second
/// time as text) is simply loaded again from the file.
enum PageRelease {
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Drops the whole pages inside `from..<to` (offsets from the page-aligned `base`).
    static func drop(_ base: UnsafePointer<UInt8>, from: Int, to: Int) {
        let first = (from + pageSize - 1) / pageSize * pageSize
        let last = to / pageSize * pageSize
        guard last > first else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + first), last - first, MADV_DONTNEED)
    }
}
