import Foundation
import RapportCore
import ZIPFoundation

/// The zip archive of an `.xlsx` workbook, read part by part.
///
/// A part may inflate to no more than a share of the memory an import may use (`MemoryBudget.largestPart`): a part
/// whose directory entry says more is refused before it is inflated, and one whose inflation runs past it (the
/// directory may lie) is stopped there.
struct XLSXArchive {
    /// The file name as the user gave it, for messages.
    let fileName: String
    /// The memory the import may use.
    let memory: MemoryBudget.Memory
    private let archive: Archive

    /// Opens the workbook at `path`; a file that does not start like a zip archive, or cannot be opened as one,
    /// is a clear error naming it.
    init(path: String, memory: MemoryBudget.Memory) throws {
        fileName = path
        self.memory = memory
        let file = try MappedFile(path)
        guard file.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw RapportError(Words.xlsxNotWorkbook(path)) }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw RapportError(Words.xlsxNotWorkbook(path))
        }
    }

    /// The bytes of the part at `path` inside the archive, nil when there is no such part.
    func optionalPart(_ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        let largest = MemoryBudget.largestPart(memory)
        if entry.uncompressedSize > largest { throw tooLarge(path, inflating: entry.uncompressedSize) }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                let size = UInt64(data.count + chunk.count)
                guard size <= largest else { throw Overflow(size: size) }
                data.append(chunk)
            }
        } catch let overflow as Overflow {
            throw tooLarge(path, inflating: overflow.size)
        } catch {
            throw RapportError(Words.xlsxNotWorkbook(fileName))
        }
        return data
    }

    /// The bytes of the part at `path`; a missing part is an error naming it.
    func part(_ path: String) throws -> Data {
        guard let data = try optionalPart(path) else { throw RapportError(Words.xlsxMissingPart(fileName, part: path)) }
        return data
    }

    /// The refusal of a part that inflates to at least `size` bytes, with the memory reading it would need.
    private func tooLarge(_ part: String, inflating size: UInt64) -> RapportError {
        let (needed, overflow) = size.multipliedReportingOverflow(by: UInt64(MemoryBudget.bytesPerPartByte))
        return RapportError(Words.xlsxPartTooLarge(fileName, part: part, size: size, needed: overflow ? .max : needed,
                                                   available: memory.bytes, isLimit: memory.isLimit))
    }

    /// Stops an inflation that ran past the largest part, with how far it had come.
    private struct Overflow: Error {
        let size: UInt64
    }
}
