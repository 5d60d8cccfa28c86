import Foundation
import RapportCore

/// Refuses up front a file too large to import in the memory this machine has.
enum MemoryBudget {
    /// Bytes of memory an import needs per byte of file: the mapping itself, the typed columns and
    /// text pools built from it, and a transcoded copy for non-UTF-8 files; measured at 2–2.5 on
    /// the 1M-row benchmark, rounded up.
    static let bytesPerFileByte = 3

    /// Throws when a file of `size` bytes would need more than the physical memory.
    static func check(size: Int, file: String, physicalMemory: UInt64 = ProcessInfo.processInfo.physicalMemory) throws {
        let (needed, overflow) = size.multipliedReportingOverflow(by: bytesPerFileByte)
        if overflow || UInt64(needed) > physicalMemory {
            throw RapportError(Words.fileTooLarge(file, size: size, needed: overflow ? Int.max : needed,
                                                  available: physicalMemory))
        }
    }
}
