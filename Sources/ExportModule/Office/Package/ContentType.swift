/// The content types of the parts rapport writes into Office packages.
enum ContentType {
    private static let office = "application/vnd.openxmlformats-officedocument."

    static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
    static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
    static let extendedProperties = office + "extended-properties+xml"
    static let theme = office + "theme+xml"
    static let chart = office + "drawingml.chart+xml"
    static let drawing = office + "drawing+xml"
    static let png = "image/png"

    static let workbook = office + "spreadsheetml.sheet.main+xml"
    static let worksheet = office + "spreadsheetml.worksheet+xml"
    static let styles = office + "spreadsheetml.styles+xml"
    /// A whole workbook package, as embedded in a chart.
    static let workbookPackage = office + "spreadsheetml.sheet"

    static let presentation = office + "presentationml.presentation.main+xml"
    static let slide = office + "presentationml.slide+xml"
    static let slideLayout = office + "presentationml.slideLayout+xml"
    static let slideMaster = office + "presentationml.slideMaster+xml"
    static let notesMaster = office + "presentationml.notesMaster+xml"
    static let notesSlide = office + "presentationml.notesSlide+xml"
    static let presentationProperties = office + "presentationml.presProps+xml"
    static let viewProperties = office + "presentationml.viewProps+xml"
    static let tableStyles = office + "presentationml.tableStyles+xml"
}
