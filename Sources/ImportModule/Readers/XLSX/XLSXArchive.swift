import Foundation
import RapportCore
import ZIPFoundation

/// The zip archive of an `.xlsx` workbook, read part by part from the mapped file.
///
/// The parts are found through the archive's own directory (`ZipDirectory`) and inflated by ZIPFoundation's inflate
/// from the part's bytes alone, so a deflate stream that does not end where its part does is refused instead of
/// reading on at the end of the file forever; a part whose size or checksum does not match is refused too.
///
/// A part may inflate to no more than a share of the memory an import may use (`MemoryBudget.largestPart`): a part
/// whose directory entry says more is refused before it is inflated, and one whose inflation runs past it (the
/// directory may lie) is stopped there.
struct XLSXArchive {
    /// The file name as the user gave it, for messages.
    let fileName: String
    /// The memory the import may use.
    let memory: MemoryBudget.Memory
    private let file: MappedFile
    private let directory: ZipDirectory

    /// Opens the workbook at `path`; a file that does not start like a zip archive, or whose directory cannot be
    /// read, is a clear error naming it.
    init(path: String, memory: MemoryBudget.Memory) throws {
        fileName = path
        self.memory = memory
        file = try MappedFile(path)
        guard file.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), let directory = ZipDirectory(file.bytes) else {
            throw RapportError(Words.xlsxNotWorkbook(path))
        }
        self.directory = directory
    }

    /// The bytes of the part at `path` inside the archive, nil when there is no such part.
    func optionalPart(_ path: String) throws -> Data? {
        guard let entry = directory.entries[path] else { return nil }
        let largest = MemoryBudget.largestPart(memory)
        if UInt64(entry.uncompressedSize) > largest { throw tooLarge(path, inflating: UInt64(entry.uncompressedSize)) }
        var data = Data()
        do {
            try inflate(entry) { chunk in
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

    /// Hands the part's bytes to `consumer` a chunk at a time; throws when they are damaged: a stream that ends
    /// early or not within the part, another size or checksum than the directory's, a method other than stored or
    /// deflated.
    private func inflate(_ entry: ZipDirectory.Entry, _ consumer: @escaping (Data) throws -> Void) throws {
        let stored = UnsafeBufferPointer(rebasing: file.bytes[entry.dataStart..<entry.dataStart + entry.compressedSize])
        var checksum: UInt32 = 0
        var size = 0
        let counted: (Data) throws -> Void = { chunk in
            size += chunk.count
            guard size <= entry.uncompressedSize else { throw Damaged() }
            checksum = chunk.crc32(checksum: checksum)
            try consumer(chunk)
        }
        switch entry.method {
        case 0:
            try counted(Data(stored))
        case 8:
            // The provider hands out the part's bytes and then refuses: without that, ZIPFoundation's inflate loop on
            // Linux asks again forever. Each chunk is as long as asked (zeros after the part), since the loop tells
            // zlib the whole chunk is input.
            let provider: Provider = { position, count in
                guard position < stored.count else { throw Damaged() }
                let start = Int(position)
                var chunk = Data(UnsafeBufferPointer(rebasing: stored[start..<min(stored.count, start + count)]))
                chunk.append(Data(count: count - chunk.count))
                return chunk
            }
            _ = try Data.decompress(size: Int64(stored.count), bufferSize: 65_536, skipCRC32: true, provider: provider,
                                    consumer: counted)
        default:
            throw Damaged()
        }
        guard size == entry.uncompressedSize, checksum == entry.checksum else { throw Damaged() }
    }

    /// A part whose bytes do not hold what the directory says.
    private struct Damaged: Error {}

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
