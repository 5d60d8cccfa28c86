import Foundation
import RapportCore

/// Refuses up front a file too large to import in the memory this machine has.
enum MemoryBudget {
    /// Bytes of memory an import needs per byte of file: the mapping itself, the typed columns and
    /// text pools built from it, and a transcoded copy for non-UTF-8 files; the 1M-row benchmark
    /// file (151 MiB) peaks at 403 MiB, 2.7 per byte, rounded up.
    static let bytesPerFileByte = 3

    /// The environment variable that sets the memory, in bytes, an import may use instead of the
    /// physical memory (for tests, and for machines shared with other work).
    static let limitVariable = "RAPPORT_MEMORY_LIMIT"

    /// The bytes an import may use: `RAPPORT_MEMORY_LIMIT` when set to a number, else the physical memory.
    static var available: UInt64 {
        if let text = ProcessInfo.processInfo.environment[limitVariable], let limit = UInt64(text) { return limit }
        return ProcessInfo.processInfo.physicalMemory
    }

    /// Throws when a file of `size` bytes would need more than `physicalMemory` bytes.
    static func check(size: Int, file: String, physicalMemory: UInt64 = available) throws {
        let (needed, overflow) = size.multipliedReportingOverflow(by: bytesPerFileByte)
        if overflow || UInt64(needed) > physicalMemory {
            throw RapportError(Words.fileTooLarge(file, size: size, needed: overflow ? Int.max : needed,
                                                  available: physicalMemory))
        }
    }
}
