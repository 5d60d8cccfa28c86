import RapportCore
import XCTest
@testable import SurveyModule

/// A survey's definition survives the round trip through its dataset, and value items get readable labels.
final class SurveyDefinitionTests: XCTestCase {
    func testRoundTripThroughTheWorkspace() throws {
        let workspace = try Workspace(store: MemoryStore())
        let instrument = BuiltinInstruments.all[1].expanded(values: ["Bold", "Humble"])
        let definition = SurveyDefinition(name: "v", instrument: instrument, anonymous: true, values: ["Bold", "Humble"])
        try workspace.perform(command: "new", logged: false) { try workspace.put(definition.dataset) }
        XCTAssertEqual(try SurveyDefinition.load("v", from: workspace), definition)
        XCTAssertEqual(try? SurveyDefinition.load("w", from: workspace), nil)
    }

    func testAStoredInstrumentThatNoLongerPassesItsChecksIsDamage() throws {
        // A hand-edited data file with a total of Int.max let two answers' points overflow their sum.
        let workspace = try Workspace(store: MemoryStore())
        var instrument = try XCTUnwrap(BuiltinInstruments.all.first { $0.type == .ipsative })
        instrument.total = Int.max
        let definition = SurveyDefinition(name: "c", instrument: instrument, anonymous: false, values: [])
        try workspace.perform(command: "new", logged: false) { try workspace.put(definition.dataset) }
        XCTAssertThrowsError(try SurveyDefinition.load("c", from: workspace)) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.surveyDamaged("c"))
        }
    }

    func testValueItemLabels() {
        let definition = SurveyDefinition(name: "v", instrument: BuiltinInstruments.all[1].expanded(values: ["Bold", "Humble"]),
                                          anonymous: false, values: ["Bold", "Humble"])
        XCTAssertEqual(definition.label(ofItem: "importance-2"), "Humble: importance")
        XCTAssertEqual(definition.label(ofItem: "describes-3"), "describes-3")
        XCTAssertEqual(definition.label(ofItem: "o1"), "o1")
    }
}
