import Foundation
import RapportCore
import ZIPFoundation

/// The zip archive of an `.xlsx` workbook, read part by part.
struct XLSXArchive {
    /// The file name as the user gave it, for messages.
    let fileName: String
    private let archive: Archive

    /// Opens the workbook at `path`; a file that does not start like a zip archive, or cannot be opened as one,
    /// is a clear error naming it.
    init(path: String) throws {
        fileName = path
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
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in data.append(chunk) }
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
}
