import Foundation
import RapportCore

/// A client's logo for a report, read from `--logo`: a PNG image (any rendering) or an SVG drawing (HTML and
/// Markdown only); always embedded, never linked.
enum ReportLogo {
    /// A PNG image's bytes.
    case png(Data)
    /// An SVG drawing's bytes.
    case svg(Data)

    /// The logo in a file, told by its extension (`.png`, `.svg`) and checked: a PNG by its signature, an SVG by an
    /// `<svg` element; nil with the reason otherwise.
    static func read(path: String) throws -> ReportLogo {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RapportError(Words.reportLogoUnreadable(path))
        }
        switch (path as NSString).pathExtension.lowercased() {
        case "png":
            guard (try? PNGImage(data)) != nil else { throw RapportError(Words.reportLogoNotPNG(path)) }
            return .png(data)
        case "svg":
            guard String(decoding: data.prefix(4096), as: UTF8.self).contains("<svg") else {
                throw RapportError(Words.reportLogoNotSVG(path))
            }
            return .svg(data)
        default:
            throw RapportError(Words.reportLogoFormat(path))
        }
    }

    /// The logo as a `data:` URI for an `<img>` element (which never runs what an SVG holds).
    var dataURI: String {
        switch self {
        case .png(let data): return "data:image/png;base64," + data.base64EncodedString()
        case .svg(let data): return "data:image/svg+xml;base64," + data.base64EncodedString()
        }
    }

    /// The file extension of its kind.
    var fileExtension: String {
        switch self {
        case .png: return "png"
        case .svg: return "svg"
        }
    }

    /// Its bytes.
    var data: Data {
        switch self {
        case .png(let data), .svg(let data): return data
        }
    }
}
