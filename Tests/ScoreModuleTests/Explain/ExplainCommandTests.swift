import Analytics
import RapportCore
import RapportTestSupport
import ScoreModule
import XCTest

/// `explain` covers every metric of the catalogue, in both languages.
final class ExplainCommandTests: XCTestCase {
    func testEveryMetricHasEveryPartInEnglishAndGerman() throws {
        for metric in MetricCatalogue.all {
            let parts = [metric.summary, metric.explanation.definition, metric.explanation.formula,
                         metric.explanation.leftOut, metric.explanation.source, metric.explanation.reading]
            for (index, part) in parts.enumerated() {
                XCTAssertFalse(part.text(.en).isEmpty, "\(metric.name) part \(index) lacks English")
                XCTAssertFalse(part.text(.de).isEmpty, "\(metric.name) part \(index) lacks German")
                XCTAssertNotEqual(part.text(.en), part.text(.de), "\(metric.name) part \(index) is not translated")
            }
        }
    }

    func testExplainPrintsTheDefinitionInTheSessionLanguage() throws {
        let english = try CommandHarness(commands: ScoreModule.commands)
        let german = try CommandHarness(commands: ScoreModule.commands, language: .de)
        for metric in MetricCatalogue.all {
            let en = try english.run("explain \(metric.name)")
            XCTAssertEqual(en.json["definition"]?.stringValue, metric.explanation.definition.text(.en))
            let de = try german.run("explain \(metric.name)")
            XCTAssertEqual(de.json["reading"]?.stringValue, metric.explanation.reading.text(.de))
        }
        XCTAssertNotNil(english.error("explain engagment-rate"))
    }

    func testMetricNamesAreTheOnesMetricsMdUses() {
        let documented = ["interactions", "engagement-rate", "applause-rate", "conversation-rate", "amplification-rate",
                          "engaged-user-rate", "reach-waste", "cpm", "cpc", "cost-per-engagement", "person-premium",
                          "attribution", "responsiveness", "tone", "relationship-stages", "relevance",
                          "frequency-pressure", "authenticity"]
        for name in MetricCatalogue.names { XCTAssertTrue(documented.contains(name), "\(name) is not a METRICS.md name") }
    }

    func testExplainAloneListsEveryIdeaAndMetricOnce() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands)
        let table = try CommandHarness.table(try harness.run("explain"))
        let names = (0..<table.rowCount).compactMap { row -> String? in
            if case .text(let name) = table.column(named: "name")!.data[row] { return name }
            return nil
        }
        XCTAssertEqual(Set(names).count, names.count)
        for metric in MetricCatalogue.names { XCTAssertTrue(names.contains(metric), metric) }
        for idea in ["person-premium", "reach-waste", "relationship-stages", "bought-followers", "culture-fit"] {
            XCTAssertTrue(names.contains(idea), idea)
        }
    }

    func testTheListSpeaksGermanToPeopleAndEnglishToJSON() throws {
        let german = try CommandHarness(commands: ScoreModule.commands, language: .de)
        let result = try german.run("explain")
        XCTAssertEqual(try CommandHarness.table(result).columnNames, ["Name", "Art", "worum es geht"])
        guard case .array(let columns)? = result.json["columns"] else { return XCTFail("no columns in \(result.json)") }
        XCTAssertEqual(columns.map { $0["name"]?.stringValue }, ["name", "kind", "what"])
    }

    func testIdeasExplainInBothLanguages() throws {
        let english = try CommandHarness(commands: ScoreModule.commands)
        let german = try CommandHarness(commands: ScoreModule.commands, language: .de)
        let en = try english.run("explain bought-followers")
        let de = try german.run("explain bought-followers")
        let idea = try XCTUnwrap(en.json["idea"]?.stringValue), idee = try XCTUnwrap(de.json["idea"]?.stringValue)
        XCTAssertTrue(idea.contains("bought"), idea)
        XCTAssertTrue(idee.contains("Gekaufte"), idee)
        let metricWithIdea = try english.run("explain person-premium")
        XCTAssertNotNil(metricWithIdea.json["idea"], "a metric that is also an idea shows both")
        XCTAssertNotNil(metricWithIdea.json["formula"])
    }

    func testExplainAuditGivesTheCorrectionInBothLanguages() throws {
        let en = try CommandHarness(commands: ScoreModule.commands).run("explain audit")
        let de = try CommandHarness(commands: ScoreModule.commands, language: .de).run("explain audit")
        let idea = try XCTUnwrap(en.json["idea"]?.stringValue), idee = try XCTUnwrap(de.json["idea"]?.stringValue)
        XCTAssertTrue(idea.contains("(raw share + specificity − 1) / (sensitivity + specificity − 1)"), idea)
        XCTAssertTrue(idea.contains("below 0.2"), idea)
        XCTAssertTrue(idee.contains("(roher Anteil + Spezifität − 1) / (Sensitivität + Spezifität − 1)"), idee)
        XCTAssertEqual(en.json["commands"]?.arrayValue?.count, 5)
    }
}
