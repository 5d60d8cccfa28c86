import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RapportCore

/// Runs the XML parser over one part of a workbook, turning a parse failure into an error naming the part.
enum XLSXXML {
    /// Parses `data` with `delegate`; a malformed part or a failure the delegate recorded is thrown.
    static func parse(_ data: Data, with delegate: XLSXPartDelegate, part: String, file: String) throws {
        if let line = lineOfInvalidUTF8(data) { throw RapportError(Words.xlsxNotUTF8(file, part: part, line: line)) }
        // Fed as a stream, in chunks: handed over whole, parts above about 10 MB fail in libxml2 on Linux.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        let parsed = parser.parse()
        if let failure = delegate.failure { throw failure }
        if let line = delegate.malformedLine ?? (parsed ? nil : parser.lineNumber) {
            throw RapportError(Words.xlsxBadXML(file, part: part, line: line))
        }
    }

    /// The line of the first byte that breaks UTF-8, nil for UTF-8 (and for UTF-16, which starts with its byte-order
    /// mark and which libxml2 decodes itself). Checked first because Foundation's parser traps on an element or
    /// attribute name that is not UTF-8.
    private static func lineOfInvalidUTF8(_ data: Data) -> Int? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return nil }
        return data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let offset = TextEncoding.firstInvalidUTF8(bytes) else { return nil }
            return 1 + bytes[..<offset].filter { $0 == UInt8(ascii: "\n") }.count
        }
    }
}

/// A parser delegate for one workbook part, able to stop the parse with an error of its own.
///
/// Subclasses override the element and text callbacks they need; the callbacks are declared here so that the
/// conformance dispatches to the overrides (protocol default implementations would otherwise be bound).
class XLSXPartDelegate: NSObject, XMLParserDelegate {
    /// The error that stopped the parse, if any.
    private(set) var failure: RapportError?
    /// The line of the first XML syntax error, if any (the parser may carry on after one).
    private(set) var malformedLine: Int?

    /// Stops the parse with `error`.
    func fail(_ error: RapportError, _ parser: XMLParser) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    /// Notes the line of the first syntax error.
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if malformedLine == nil && failure == nil { malformedLine = parser.lineNumber }
    }

    /// An element opens; nothing by default.
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {}

    /// Text inside an element; ignored by default.
    func parser(_ parser: XMLParser, foundCharacters string: String) {}

    /// An element closes; nothing by default.
    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {}
}
