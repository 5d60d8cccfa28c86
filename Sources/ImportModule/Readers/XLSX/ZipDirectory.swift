/// The files of a zip archive and where their bytes lie, read from the archive's central directory (ZIP64 included).
///
/// The XLSX reader inflates parts itself from these places, so that no read can run past a part's own bytes: on
/// Linux, ZIPFoundation's extraction asks for more input at the end of the file forever when a deflate stream does
/// not end within it. Every offset and size is checked against the bytes, so a damaged directory is refused.
struct ZipDirectory {
    /// One file of the archive.
    struct Entry: Equatable {
        /// How the bytes are stored: 0 stored, 8 deflated.
        let method: UInt16
        /// The CRC-32 of the uncompressed bytes.
        let checksum: UInt32
        /// Where the file's stored or deflated bytes start.
        let dataStart: Int
        /// How many bytes they take.
        let compressedSize: Int
        /// How many bytes they hold when inflated.
        let uncompressedSize: Int
    }

    /// The files by path; of two with the same path, the first.
    let entries: [String: Entry]

    /// The directory of the archive in `bytes`, nil when it cannot be read.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        let reader = LittleEndian(bytes: bytes)
        guard let end = ZipDirectory.endRecord(reader) else { return nil }
        var entries: [String: Entry] = [:]
        var position = end.start
        for _ in 0..<end.count {
            guard reader.u32(position) == 0x0201_4B50, let method = reader.u16(position + 10),
                  let flags = reader.u16(position + 8), let checksum = reader.u32(position + 16),
                  var compressed = reader.u32(position + 20).map(UInt64.init),
                  var uncompressed = reader.u32(position + 24).map(UInt64.init),
                  let nameLength = reader.u16(position + 28).map(Int.init),
                  let extraLength = reader.u16(position + 30).map(Int.init),
                  let commentLength = reader.u16(position + 32).map(Int.init),
                  var offset = reader.u32(position + 42).map(UInt64.init),
                  let name = reader.slice(position + 46, nameLength) else { return nil }
            // ZIP64: a field written as 0xFFFFFFFF is in the extra field of ID 1, in this order.
            var extra = position + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd, let id = reader.u16(extra), let size = reader.u16(extra + 2).map(Int.init) {
                if id == 1 {
                    var field = extra + 4
                    func widened(_ value: UInt64) -> UInt64? {
                        guard value == 0xFFFF_FFFF else { return value }
                        guard field + 8 <= extra + 4 + size, let wide = reader.u64(field) else { return nil }
                        field += 8
                        return wide
                    }
                    guard let wideUncompressed = widened(uncompressed), let wideCompressed = widened(compressed),
                          let wideOffset = widened(offset) else { return nil }
                    (uncompressed, compressed, offset) = (wideUncompressed, wideCompressed, wideOffset)
                }
                extra += 4 + size
            }
            guard flags & 1 == 0, let local = Int(exactly: offset), reader.u32(local) == 0x0403_4B50,
                  let localName = reader.u16(local + 26).map(Int.init), let localExtra = reader.u16(local + 28),
                  let size = Int(exactly: compressed), let inflated = Int(exactly: uncompressed),
                  reader.slice(local + 30 + localName + Int(localExtra), size) != nil else { return nil }
            let path = String(decoding: UnsafeBufferPointer(rebasing: name), as: UTF8.self)
            if entries[path] == nil {
                entries[path] = Entry(method: method, checksum: checksum,
                                      dataStart: local + 30 + localName + Int(localExtra), compressedSize: size,
                                      uncompressedSize: inflated)
            }
            position = extraEnd + commentLength
        }
        self.entries = entries
    }

    /// Where the central directory starts and how many entries it has, from the end record (or its ZIP64 form).
    private static func endRecord(_ reader: LittleEndian) -> (start: Int, count: Int)? {
        let last = reader.bytes.count - 22
        guard last >= 0 else { return nil }
        // The end record is the last 22 bytes but for a comment of at most 65,535 bytes.
        guard let end = stride(from: last, through: max(0, last - 65_535), by: -1)
            .first(where: { reader.u32($0) == 0x0605_4B50 }),
              let count = reader.u16(end + 10), let start = reader.u32(end + 16) else { return nil }
        guard count == 0xFFFF || start == 0xFFFF_FFFF else { return (Int(start), Int(count)) }
        guard end >= 20, reader.u32(end - 20) == 0x0706_4B50,
              let record = reader.u64(end - 12).flatMap(Int.init(exactly:)), reader.u32(record) == 0x0606_4B50,
              let wideCount = reader.u64(record + 32).flatMap(Int.init(exactly:)),
              let wideStart = reader.u64(record + 48).flatMap(Int.init(exactly:)) else { return nil }
        // Each entry takes at least 46 bytes, which bounds a count the record may overstate.
        return (wideStart, min(wideCount, reader.bytes.count / 46))
    }
}

/// Little-endian numbers at byte offsets, nil past the end.
private struct LittleEndian {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The bytes from `start` on, `count` of them, nil when they do not all lie inside.
    func slice(_ start: Int, _ count: Int) -> Slice<UnsafeBufferPointer<UInt8>>? {
        guard start >= 0, count >= 0, start <= bytes.count, count <= bytes.count - start else { return nil }
        return bytes[start..<start + count]
    }

    /// The number of `size` bytes at `offset`.
    private func number(_ offset: Int, _ size: Int) -> UInt64? {
        guard let slice = slice(offset, size) else { return nil }
        return slice.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The two-byte number at `offset`.
    func u16(_ offset: Int) -> UInt16? { number(offset, 2).map { UInt16($0) } }
    /// The four-byte number at `offset`.
    func u32(_ offset: Int) -> UInt32? { number(offset, 4).map { UInt32($0) } }
    /// The eight-byte number at `offset`.
    func u64(_ offset: Int) -> UInt64? { number(offset, 8) }
}
