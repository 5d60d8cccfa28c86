@testable import ExportModule
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG chart read back with Foundation's XMLParser (so it must be well-formed XML): its view box, its elements'
/// names and attributes, and each `<text>` with the text it shows (its `<title>` tooltip left out).
struct ParsedSVG {
    /// One `<text>` element.
    struct Text {
        /// Its position, anchor and font size (its own, else the root's).
        let x: Double, y: Double, anchor: SVGText.Anchor, fontSize: Double
        /// The text it shows, unescaped.
        let shown: String
        /// Its tooltip, if any.
        let tooltip: String?

        /// Its box by the charts' own estimate.
        var box: (left: Double, right: Double, top: Double, bottom: Double) {
            SVGText.box(shown, x: x, y: y, anchor: anchor, fontSize: fontSize)
        }
    }

    /// The view box's width and height (its origin is 0 0 in every chart).
    let width: Double, height: Double
    /// Every element in document order, with its attributes.
    let elements: [(name: String, attributes: [String: String])]
    /// Every `<text>`.
    let texts: [Text]

    /// Parses the SVG; throws when it is not well-formed or has no `viewBox="0 0 W H"` on its root.
    init(_ svg: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw ParseFailure(reason: parser.parserError.map(String.init(describing:)) ?? "") }
        let box = (reader.elements.first?.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        guard box.count == 4, box[0] == 0, box[1] == 0 else { throw ParseFailure(reason: "no viewBox 0 0 W H") }
        width = box[2]
        height = box[3]
        elements = reader.elements
        texts = reader.texts
    }

    /// The texts whose estimated box leaves the view box.
    var textsOutside: [Text] {
        texts.filter { text in
            let box = text.box
            return box.left < 0 || box.top < 0 || box.right > width || box.bottom > height
        }
    }

    /// The elements with a name.
    func elements(named name: String) -> [[String: String]] {
        elements.filter { $0.name == name }.map(\.attributes)
    }

    /// Why the SVG could not be read.
    struct ParseFailure: Error {
        /// The parser's error or what is missing.
        let reason: String
    }

    /// The parser's delegate: collects elements and the texts of `<text>` elements.
    private final class Reader: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var texts: [Text] = []
        private var open: [String: String]?, shown = "", tooltip: String?, inTitle = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append((name, attributes))
            if name == "text" {
                open = attributes
                shown = ""
                tooltip = nil
            } else if name == "title", open != nil {
                inTitle = true
                tooltip = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard open != nil else { return }
            if inTitle { tooltip = (tooltip ?? "") + string } else { shown += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" { inTitle = false }
            guard name == "text", let attributes = open else { return }
            let rootSize = elements.first?.attributes["font-size"].flatMap(Double.init) ?? 16
            texts.append(Text(x: attributes["x"].flatMap(Double.init) ?? 0,
                              y: attributes["y"].flatMap(Double.init) ?? 0,
                              anchor: attributes["text-anchor"].flatMap(SVGText.Anchor.init) ?? .start,
                              fontSize: attributes["font-size"].flatMap(Double.init) ?? rootSize,
                              shown: shown, tooltip: tooltip))
            open = nil
        }
    }
}
