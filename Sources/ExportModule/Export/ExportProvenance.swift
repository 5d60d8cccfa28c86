import Foundation
import RapportCore

/// What an export came from: rapport's version, the workspace, the datasets and the time it was written.
struct ExportProvenance {
    /// The rapport version that wrote the file.
    let version: String
    /// Where the workspace lives.
    let workspace: String
    /// The exported datasets.
    let datasets: [Dataset]
    /// When the file was written, ISO 8601 in UTC.
    let time: String

    /// The provenance of exporting these datasets from a workspace now; a workspace on disk is named by its absolute path.
    init(datasets: [Dataset], workspace: Workspace) {
        version = RapportInfo.version
        let location = workspace.store.location
        self.workspace = FileManager.default.fileExists(atPath: location)
            ? URL(fileURLWithPath: location).standardizedFileURL.path : location
        self.datasets = datasets
        time = Workspace.now()
    }

    /// The record as a JSON object: `rapport`, `workspace`, `exported`, and per dataset its name, rows, columns and source.
    var json: JSONValue {
        .object([
            ("rapport", .string(version)),
            ("workspace", .string(workspace)),
            ("exported", .string(time)),
            ("datasets", .array(datasets.map { dataset in
                .object([
                    ("name", .string(dataset.name)),
                    ("rows", .integer(Int64(dataset.rowCount))),
                    ("columns", .integer(Int64(dataset.columns.count))),
                    ("kind", dataset.kind.map(JSONValue.string) ?? .null),
                    ("source", dataset.source.map(JSONValue.string) ?? .null),
                ])
            })),
        ])
    }

    /// The record as key–value pairs for formats without nesting (an XLSX sheet, an SQLite table).
    var pairs: [(String, String)] {
        var pairs = [("rapport", version), ("workspace", workspace), ("exported", time)]
        for dataset in datasets {
            pairs.append(("dataset", dataset.name))
            pairs.append(("\(dataset.name).rows", String(dataset.rowCount)))
            if let kind = dataset.kind { pairs.append(("\(dataset.name).kind", kind)) }
            if let source = dataset.source { pairs.append(("\(dataset.name).source", source)) }
        }
        return pairs
    }
}
