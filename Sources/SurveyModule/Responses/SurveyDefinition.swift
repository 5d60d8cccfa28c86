import Foundation
import RapportCore

/// A survey in the workspace: its name, the instrument it uses (with the client's values filled in) and its privacy.
///
/// Kept as the one-row dataset `NAME-survey` (kind `survey`) beside the responses dataset `NAME`, so undo, the log and
/// saving treat it like every other change.
struct SurveyDefinition: Equatable {
    /// The survey's name, which is also the name of its responses dataset.
    let name: String
    /// The instrument, with value items made concrete.
    let instrument: Instrument
    /// Whether respondents are only known by generated ids.
    let anonymous: Bool
    /// The core values the client named (values-fit), in order.
    let values: [String]

    /// The name of the dataset that holds a survey's definition.
    static func datasetName(_ survey: String) -> String {
        survey + "-survey"
    }

    /// A readable label for an item id: `Bold: describes` for the value item `describes-1`, else the id itself.
    func label(ofItem id: String) -> String {
        guard let dash = id.lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...]),
              values.indices.contains(number - 1) else { return id }
        return "\(values[number - 1]): \(id[..<dash])"
    }

    /// The definition as its one-row dataset.
    var dataset: Dataset {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(instrument)).map { String(decoding: $0, as: UTF8.self) }
        return Dataset(name: SurveyDefinition.datasetName(name), columns: [
            .text("instrument", [instrument.id]),
            .text("definition", [json]),
            .text("anonymous", [anonymous ? "yes" : "no"]),
            .text("values", [values.joined(separator: ";")]),
        ], kind: .survey)
    }

    /// A definition from its parts.
    init(name: String, instrument: Instrument, anonymous: Bool, values: [String]) {
        self.name = name
        self.instrument = instrument
        self.anonymous = anonymous
        self.values = values
    }

    /// The survey of this name in the workspace, or an error saying there is none or that its stored instrument no
    /// longer passes the checks it passed when added (a hand-edited data file: a total of Int.max overflowed a sum).
    static func load(_ name: String, from workspace: Workspace) throws -> SurveyDefinition {
        let datasetName = SurveyDefinition.datasetName(name)
        guard workspace.entry(named: datasetName)?.kind == .survey else {
            let surveys = workspace.entries.filter { $0.kind == .survey }.map { String($0.name.dropLast("-survey".count)) }
            throw RapportError(Words.unknownSurvey(name).suggesting(Suggestion.closest(to: name, among: surveys)))
        }
        let dataset = try workspace.dataset(named: datasetName)
        guard dataset.rowCount == 1, case .text(let json)? = dataset.column(named: "definition")?.data[0],
              let instrument = try? JSONDecoder().decode(Instrument.self, from: Data(json.utf8)),
              InstrumentCheck.problems(of: instrument).isEmpty else {
            throw RapportError(Words.surveyDamaged(name))
        }
        let anonymous = dataset.column(named: "anonymous")?.data[0] == .text("yes")
        var values: [String] = []
        if case .text(let list)? = dataset.column(named: "values")?.data[0], !list.isEmpty {
            values = list.components(separatedBy: ";")
        }
        return SurveyDefinition(name: name, instrument: instrument, anonymous: anonymous, values: values)
    }
}
