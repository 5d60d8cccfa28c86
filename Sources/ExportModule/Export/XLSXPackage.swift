import Foundation
import RapportCore

/// The workbook `export` writes: one sheet per dataset plus a `provenance` sheet, the document properties naming
/// the datasets and holding the provenance as JSON.
enum XLSXPackage {
    /// The name of the sheet that records what the export came from.
    static let provenanceSheet = "provenance"

    /// The bytes of the workbook.
    static func bytes(_ datasets: [Dataset], provenance: Provenance, timeZone: TimeZone,
                      checkpoint: () throws -> Void) throws -> Data {
        let record = Dataset(name: provenanceSheet, columns: [
            .text("key", provenance.pairs.map(\.0)), .text("value", provenance.pairs.map(\.1)),
        ])
        let properties = DocumentProperties(
            title: datasets.map(\.name).joined(separator: ", "), creator: "rapport " + provenance.version,
            description: JSONWriter.string(provenance.json), created: provenance.time)
        let sheets = (datasets + [record]).map { WorkbookSheet(name: $0.name, table: $0) }
        return try WorkbookWriter.bytes(Workbook(sheets: sheets, properties: properties), timeZone: timeZone,
                                        checkpoint: checkpoint)
    }
}
