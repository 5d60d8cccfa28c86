import Foundation
import RapportCore

/// Refuses up front a file too large to import in the memory this machine has, and a JSON or XLSX table or workbook
/// part that would grow too large before it is allocated or inflated.
public enum MemoryBudget {
    /// The memory an import may use, in bytes, and whether `RAPPORT_MEMORY_LIMIT` set it (else the physical memory).
    public typealias Memory = (bytes: UInt64, isLimit: Bool)

    /// Bytes of memory one cell of a JSON or XLSX table needs: the cell as read, then its typed value, or for text
    /// the field and end offset it is typed from (up to 32 bytes).
    static let bytesPerCell = MemoryLayout<Cell>.stride + 32
    /// Bytes of memory an import needs per byte of file: the mapping itself, the typed columns and
    /// text pools built from it, and a transcoded copy for non-UTF-8 files; the 1M-row benchmark
    /// file (151 MiB) peaks at 403 MiB, 2.7 per byte, rounded up.
    static let bytesPerFileByte = 3

    /// The environment variable that sets the memory, in bytes, an import may use instead of the
    /// physical memory (for tests, and for machines shared with other work).
    static let limitVariable = "RAPPORT_MEMORY_LIMIT"

    /// The bytes an import may use and whether `RAPPORT_MEMORY_LIMIT` set them (else the physical memory); a value
    /// that is not a whole number of bytes is an error naming the variable.
    static func available(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Memory {
        guard let text = environment[limitVariable], !text.isEmpty else { return (ProcessInfo.processInfo.physicalMemory, false) }
        guard let limit = UInt64(text) else { throw RapportError(Words.badMemoryLimit(text)) }
        return (limit, true)
    }

    /// Throws when a file of `size` bytes would need more than the memory available (or `memory`, when given).
    static func check(size: Int, file: String, memory: Memory? = nil) throws {
        let memory = try memory ?? available()
        let (needed, overflow) = size.multipliedReportingOverflow(by: bytesPerFileByte)
        if overflow || UInt64(needed) > memory.bytes {
            throw RapportError(Words.fileTooLarge(file, size: size, needed: overflow ? Int.max : needed,
                                                  available: memory.bytes, isLimit: memory.isLimit))
        }
    }

    /// The most cells a table may have in `memory`.
    static func cellLimit(_ memory: Memory) -> Int {
        Int(min(memory.bytes / UInt64(bytesPerCell), UInt64(Int.max)))
    }

    /// Throws when a table of `columns` × `rows` cells read from `file` would need more than `memory`.
    static func checkTable(columns: Int, rows: Int, file: String, memory: Memory) throws {
        let (cells, overflow) = columns.multipliedReportingOverflow(by: rows)
        if overflow || cells > cellLimit(memory) {
            throw tableTooLarge(columns: columns, rows: rows, file: file, memory: memory)
        }
    }

    /// The refusal of a table of `columns` × `rows` cells from `file`, with the memory it would need.
    static func tableTooLarge(columns: Int, rows: Int, file: String, memory: Memory) -> RapportError {
        let (cells, overflow) = columns.multipliedReportingOverflow(by: rows)
        let (needed, tooMany) = cells.multipliedReportingOverflow(by: bytesPerCell)
        return RapportError(Words.tableTooLarge(file, columns: columns, rows: rows,
                                                needed: overflow || tooMany ? Int.max : needed,
                                                available: memory.bytes, isLimit: memory.isLimit))
    }

    /// Bytes of memory reading a workbook part needs per byte it inflates to: the text, held while it is parsed, and
    /// the cells read from it (up to 40 bytes for a cell of 16 bytes of XML, `<c><v>1</v></c>`), rounded up.
    static let bytesPerPartByte = 4

    /// The most bytes one part of a workbook may inflate to in `memory`.
    static func largestPart(_ memory: Memory) -> UInt64 {
        memory.bytes / UInt64(bytesPerPartByte)
    }
}
