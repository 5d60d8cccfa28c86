import Foundation
import FuzzEntryPoints
import ZIPFoundation

/// libFuzzer's entry: one input for the xlsx target (FuzzEntryPoints.xlsx), a workbook file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    _ = FuzzEntryPoints.xlsx(Array(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}

/// libFuzzer's own mutation of a buffer in place, as a custom mutator may call it.
@_silgen_name("LLVMFuzzerMutate")
func LLVMFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

/// Mutates a workbook part by part, so the XML readers see mutated XML inside an archive whose checksums hold (a
/// mutated byte of the zip itself almost always fails its CRC): unzip, let libFuzzer mutate one part, zip again,
/// stored. Only archives of stored parts are taken apart (on Linux, ZIPFoundation's extraction inflates a damaged
/// deflate stream forever, which is why rapport inflates parts itself); the others, one time in eight, and inputs that
/// are no archive have their raw bytes mutated, to reach the zip layer.
@_cdecl("LLVMFuzzerCustomMutator")
public func mutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    guard seed % 8 != 0, let parts = parts(of: Data(bytes: data, count: size)), !parts.isEmpty else {
        return LLVMFuzzerMutate(data, size, maxSize)
    }
    var mutated = parts
    let chosen = Int(seed / 8) % parts.count
    var bytes = [UInt8](parts[chosen].content)
    let length = bytes.count
    bytes += [UInt8](repeating: 0, count: max(64, min(length, maxSize)))
    let newLength = bytes.withUnsafeMutableBufferPointer { LLVMFuzzerMutate($0.baseAddress!, length, $0.count) }
    mutated[chosen].content = Data(bytes.prefix(newLength))
    guard let zipped = archive(of: mutated), zipped.count <= maxSize else {
        return LLVMFuzzerMutate(data, size, maxSize)
    }
    zipped.copyBytes(to: data, count: zipped.count)
    return zipped.count
}

/// The paths and contents of an archive's files, nil when the bytes are no archive of stored files that can be read
/// whole. Read from a scratch file, as rapport reads workbooks: ZIPFoundation's in-memory reading traps on some
/// damaged archives.
func parts(of data: Data) -> [(path: String, content: Data)]? {
    let url = URL(fileURLWithPath: NSTemporaryDirectory() + "/rapport-fuzz-mutator-\(getpid()).xlsx")
    guard (try? data.write(to: url)) != nil else { return nil }
    defer { try? FileManager.default.removeItem(at: url) }
    guard let archive = try? Archive(url: url, accessMode: .read, pathEncoding: nil) else { return nil }
    var parts: [(path: String, content: Data)] = []
    for entry in archive where entry.type == .file {
        guard !entry.isCompressed else { return nil }
        var content = Data()
        guard (try? archive.extract(entry, skipCRC32: true) { content.append($0) }) != nil else { return nil }
        parts.append((entry.path, content))
    }
    return parts
}

/// An archive of the parts, stored, nil when it cannot be made.
func archive(of parts: [(path: String, content: Data)]) -> Data? {
    guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil) else { return nil }
    for (path, content) in parts {
        let added: Void? = try? archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(content.count),
            modificationDate: Date(timeIntervalSince1970: 1_000_000_000),
            compressionMethod: .none) { position, count in
                content.subdata(in: Int(position)..<Int(position) + count)
            }
        guard added != nil else { return nil }
    }
    return archive.data
}
