/// What a document says about itself (docProps/core.xml and docProps/app.xml): title, author, description, time.
struct DocumentProperties {
    /// The document's title.
    var title: String
    /// Who made it: `rapport VERSION`.
    var creator: String
    /// A longer description (the provenance, for an export).
    var description: String?
    /// When it was written, ISO 8601 in UTC.
    var created: String

    /// docProps/core.xml.
    var coreXML: String {
        OfficeXML.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>" + XMLText.escaped(title) + "</dc:title>"
            + "<dc:creator>" + XMLText.escaped(creator) + "</dc:creator>"
            + (description.map { "<dc:description>" + XMLText.escaped($0) + "</dc:description>" } ?? "")
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + XMLText.escaped(created) + "</dcterms:created>"
            + "</cp:coreProperties>"
    }

    /// docProps/app.xml, naming rapport as the application.
    var appXML: String {
        OfficeXML.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>rapport</Application></Properties>"
    }

    /// Adds both parts and their package relationships.
    func add(to package: inout OfficePackage, relationships: inout Relationships) {
        package.add("docProps/core.xml", xml: coreXML, contentType: ContentType.coreProperties)
        package.add("docProps/app.xml", xml: appXML, contentType: ContentType.extendedProperties)
        relationships.add(.coreProperties, target: "docProps/core.xml")
        relationships.add(.extendedProperties, target: "docProps/app.xml")
    }
}
