/// The namespaces and the declaration every Office XML part starts with.
enum OfficeXML {
    /// The XML declaration.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// Relationships inside a part (`r:id`).
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// DrawingML (`a:`).
    static let drawing = "http://schemas.openxmlformats.org/drawingml/2006/main"
    /// DrawingML charts (`c:`).
    static let chart = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    /// PresentationML (`p:`).
    static let presentation = "http://schemas.openxmlformats.org/presentationml/2006/main"
    /// SpreadsheetML, the default namespace of workbook parts.
    static let spreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    /// Spreadsheet drawings (`xdr:`).
    static let spreadsheetDrawing = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"

    /// An attribute with its value escaped: ` name="value"`.
    static func attribute(_ name: String, _ value: String) -> String {
        " \(name)=\"\(XMLText.escaped(value))\""
    }
}
