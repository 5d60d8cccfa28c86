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

    /// The bytes an import may use and whether `RAPPORT_MEMORY_LIMIT` set them (else the physical memory); a value
    /// that is not a whole number of bytes is an error naming the variable.
    static func available(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> (bytes: UInt64, isLimit: Bool) {
        guard let text = environment[limitVariable], !text.isEmpty else { return (ProcessInfo.processInfo.physicalMemory, false) }
        guard let limit = UInt64(text) else { throw RapportError(Words.badMemoryLimit(text)) }
        return (limit, true)
    }

    /// Throws when a file of `size` bytes would need more than the memory available (or `memory`, when given).
    static func check(size: Int, file: String, memory: (bytes: UInt64, isLimit: Bool)? = nil) throws {
        let memory = try memory ?? available()
        let (needed, overflow) = size.multipliedReportingOverflow(by: bytesPerFileByte)
        if overflow || UInt64(needed) > memory.bytes {
            throw RapportError(Words.fileTooLarge(file, size: size, needed: overflow ? Int.max : needed,
                                                  available: memory.bytes, isLimit: memory.isLimit))
        }
    }
}
