import RapportCore

/// A plugin's answer to a run, checked: tables to show, datasets to add or replace, messages and warnings.
///
/// The answer is `{"type": "result", "messages": [text], "warnings": [text], "tables": [{"title", "columns",
/// "rows"}], "datasets": [{"name", "replace", "columns", "rows"}]}`; every key but `type` may be left out.
struct PluginResult {
    /// Tables to show, with their titles.
    let tables: [(title: String?, dataset: Dataset)]
    /// Datasets to put into the workspace, and whether each may replace one of the same name.
    let datasets: [(dataset: Dataset, replace: Bool)]
    /// Lines to show.
    let messages: [String]
    /// Warnings to show.
    let warnings: [String]

    /// The checked result of `plugin`'s answer; throws an error naming the plugin and the faulty part.
    init(_ answer: JSONValue, plugin: String) throws {
        func list(_ key: String) throws -> [JSONValue] {
            guard let value = answer[key] else { return [] }
            guard let list = value.arrayValue else { throw RapportError(Words.pluginResultField(plugin, key)) }
            return list
        }
        func texts(_ key: String) throws -> [String] {
            let values = try list(key)
            let texts = values.compactMap(\.stringValue)
            guard texts.count == values.count else { throw RapportError(Words.pluginResultField(plugin, key)) }
            return texts
        }
        messages = try texts("messages")
        warnings = try texts("warnings")
        var tables: [(String?, Dataset)] = []
        for (index, table) in try list("tables").enumerated() {
            let place = "\(plugin): tables[\(index)]"
            tables.append((table["title"]?.stringValue, try PluginTable.dataset(from: table, name: "table", place: place)))
        }
        var datasets: [(Dataset, Bool)] = []
        for (index, table) in try list("datasets").enumerated() {
            let place = "\(plugin): datasets[\(index)]"
            guard let name = table["name"]?.stringValue, DatasetName.isValid(name) else {
                throw RapportError(Words.pluginResultField(plugin, "datasets[\(index)].name"))
            }
            guard !datasets.contains(where: { $0.0.name == name }) else {
                throw RapportError(Words.pluginResultField(plugin, "datasets[\(index)].name"))
            }
            var dataset = try PluginTable.dataset(from: table, name: name, place: place)
            dataset.kind = .result
            datasets.append((dataset, table["replace"] == .bool(true)))
        }
        self.tables = tables
        self.datasets = datasets
    }
}
