import Foundation
import RapportCore

/// What an exported file or a report came from: rapport's version, the workspace, the datasets and the time it was
/// written. Exports keep it as JSON or key–value pairs, reports show it as labelled lines.
struct Provenance {
    /// The rapport version that wrote the file.
    let version: String
    /// Where the workspace lives.
    let workspace: String
    /// The datasets written or shown.
    let datasets: [Dataset]
    /// When the file was written, ISO 8601 in UTC.
    let time: String

    /// The provenance of writing these datasets from a workspace at `time`; a workspace on disk is named by its
    /// absolute path.
    init(datasets: [Dataset], workspace: Workspace, time: String = Workspace.now()) {
        version = RapportInfo.version
        self.workspace = Provenance.location(of: workspace)
        self.datasets = datasets
        self.time = time
    }

    /// Where a workspace lives: the absolute path of its folder, or the store's own name when it has none on disk.
    private static func location(of workspace: Workspace) -> String {
        let location = workspace.store.location
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location, isDirectory: &isFolder), isFolder.boolValue else { return location }
        return URL(fileURLWithPath: location).standardizedFileURL.path
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

    /// The facts as label and value, in a language, as a report shows them.
    func lines(_ language: Language) -> [(label: String, value: String)] {
        [(Words.reportVersion.text(language), version), (Words.reportWorkspace.text(language), workspace),
         (Words.reportDatasets.text(language), datasets.map(\.name).joined(separator: ", ")),
         (Words.reportTime.text(language), time)]
    }
}
