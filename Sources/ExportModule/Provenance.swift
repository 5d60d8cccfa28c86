import Foundation
import RapportCore

/// What an exported file or a report came from: rapport's version, the workspace, the datasets with their origins
/// (the command that stored each, with its parameters, inputs and files) and the time it was written. Exports keep it
/// as JSON or key–value pairs.
struct Provenance {
    /// The rapport version that wrote the file.
    let version: String
    /// Where the workspace lives.
    let workspace: String
    /// The datasets written or shown.
    let datasets: [Dataset]
    /// Where each dataset came from, in the order of `datasets`; nil when the workspace does not know.
    let origins: [DatasetOrigin?]
    /// When the file was written, ISO 8601 in UTC.
    let time: String

    /// The provenance of writing these datasets from a workspace at `time`; a workspace on disk is named by its
    /// absolute path.
    init(datasets: [Dataset], workspace: Workspace, time: String = Workspace.now()) {
        version = RapportInfo.version
        self.workspace = Provenance.location(of: workspace)
        self.datasets = datasets
        origins = datasets.map { workspace.entry(named: $0.name)?.origin }
        self.time = time
    }

    /// Where a workspace lives: the absolute path of its folder, or the store's own name when it has none on disk.
    private static func location(of workspace: Workspace) -> String {
        let location = workspace.store.location
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location, isDirectory: &isFolder), isFolder.boolValue else { return location }
        return URL(fileURLWithPath: location).standardizedFileURL.path
    }

    /// The record as a JSON object: `rapport`, `workspace`, `exported`, and per dataset its name, rows, columns, kind
    /// and origin (as the workspace keeps it, `workspace/FORMAT.md`).
    var json: JSONValue {
        .object([
            ("rapport", .string(version)),
            ("workspace", .string(workspace)),
            ("exported", .string(time)),
            ("datasets", .array(zip(datasets, origins).map { dataset, origin in
                .object([
                    ("name", .string(dataset.name)),
                    ("rows", .integer(Int64(dataset.rowCount))),
                    ("columns", .integer(Int64(dataset.columns.count))),
                    ("kind", dataset.kind.map { .string($0.rawValue) } ?? .null),
                    ("origin", origin?.json ?? .null),
                ])
            })),
        ])
    }

    /// The record as key–value pairs for formats without nesting (an XLSX sheet, an SQLite table): per dataset its
    /// rows, kind and origin, the command line first.
    var pairs: [(String, String)] {
        var pairs = [("rapport", version), ("workspace", workspace), ("exported", time)]
        for (dataset, origin) in zip(datasets, origins) {
            pairs.append(("dataset", dataset.name))
            pairs.append(("\(dataset.name).rows", String(dataset.rowCount)))
            if let kind = dataset.kind { pairs.append(("\(dataset.name).kind", kind.rawValue)) }
            if let origin { pairs += origin.pairs.map { ("\(dataset.name).\($0.0)", $0.1) } }
        }
        return pairs
    }
}
