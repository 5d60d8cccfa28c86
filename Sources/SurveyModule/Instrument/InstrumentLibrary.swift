import Foundation
import RapportCore

/// The instruments a workspace can use: the built-in ones and those added with `survey instrument add`, which live
/// in the dataset `survey-instruments` (one row per instrument: id and its JSON).
struct InstrumentLibrary {
    /// The dataset that keeps added instruments.
    static let datasetName = "survey-instruments"

    /// The instruments added to the workspace, in the order they were added.
    let added: [Instrument]

    /// The library of a workspace.
    init(_ workspace: Workspace) throws {
        guard workspace.entry(named: InstrumentLibrary.datasetName)?.kind == .surveyInstruments else {
            added = []
            return
        }
        let dataset = try workspace.dataset(named: InstrumentLibrary.datasetName)
        guard let data = dataset.column(named: "definition")?.data else {
            added = []
            return
        }
        added = (0..<data.count).compactMap { row in
            guard case .text(let json) = data[row],
                  let instrument = try? JSONDecoder().decode(Instrument.self, from: Data(json.utf8)),
                  InstrumentCheck.problems(of: instrument).isEmpty else { return nil }
            return instrument
        }
    }

    /// Every instrument, built-in ones first.
    var all: [Instrument] { BuiltinInstruments.all + added }

    /// The instrument with an id, or an error suggesting the closest id.
    func instrument(_ id: String) throws -> Instrument {
        guard let instrument = all.first(where: { $0.id == id }) else {
            throw RapportError(Words.unknownInstrument(id).suggesting(Suggestion.closest(to: id, among: all.map(\.id))))
        }
        return instrument
    }

    /// Whether an instrument is built in.
    static func isBuiltin(_ id: String) -> Bool {
        BuiltinInstruments.all.contains { $0.id == id }
    }

    /// The dataset holding the added instruments and one more.
    func dataset(adding instrument: Instrument) -> Dataset {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let instruments = added + [instrument]
        return Dataset(name: InstrumentLibrary.datasetName, columns: [
            .text("id", instruments.map(\.id)),
            .text("definition", instruments.map { (try? encoder.encode($0)).map { String(decoding: $0, as: UTF8.self) } }),
        ], kind: .surveyInstruments)
    }
}
