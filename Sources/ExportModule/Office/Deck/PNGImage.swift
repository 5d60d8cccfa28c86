import Foundation
import RapportCore

/// A PNG image's bytes and its size in pixels, read from the header; anything else is refused.
struct PNGImage {
    /// The file's bytes.
    let data: Data
    /// The width and height in pixels.
    let width: Int, height: Int

    /// The image in `data`; throws unless it starts with the PNG signature and a header of a non-empty size.
    init(_ data: Data) throws {
        let bytes = [UInt8](data.prefix(24))
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        // The IHDR chunk follows the signature: its length (4 bytes), "IHDR", then width and height, big-endian.
        guard bytes.count == 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw RapportError(Words.officeLogoNotPNG)
        }
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        guard width > 0, height > 0 else { throw RapportError(Words.officeLogoNotPNG) }
        self.data = data
        self.width = width
        self.height = height
    }

    /// The largest frame of the image's proportions inside `box`, against its right edge when `right`, else its left,
    /// and centred vertically.
    func fitted(in box: Frame, right: Bool) -> Frame {
        let scale = min(box.width / Double(width), box.height / Double(height))
        let size = (Double(width) * scale, Double(height) * scale)
        return Frame(x: right ? box.x + box.width - size.0 : box.x, y: box.y + (box.height - size.1) / 2,
                     width: size.0, height: size.1)
    }
}
