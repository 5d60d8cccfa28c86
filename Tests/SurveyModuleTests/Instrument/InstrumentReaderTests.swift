import XCTest
@testable import SurveyModule
import RapportCore

/// Instrument files with mistakes are refused with messages naming the file and the place in it.
final class InstrumentReaderTests: XCTestCase {
    /// A valid ipsative instrument to break in the tests, as JSON text.
    private let valid = """
    {"id": "mini", "title": {"en": "Mini", "de": "Mini"}, "type": "ipsative", "total": 100,
     "rounds": [{"id": "now", "text": {"en": "now", "de": "jetzt"}}],
     "alternatives": [{"id": "a", "text": {"en": "A", "de": "A"}}, {"id": "b", "text": {"en": "B", "de": "B"}}],
     "items": [{"id": "x", "text": {"en": "X", "de": "X"}, "alternatives": [{"en": "a", "de": "a"}, {"en": "b", "de": "b"}]}]}
    """

    private func problem(_ text: String) -> RapportError? {
        do {
            _ = try InstrumentReader.read(Array(text.utf8), path: "bad.json")
            return nil
        } catch {
            return error as? RapportError
        }
    }

    func testValidFileReads() throws {
        let instrument = try InstrumentReader.read(Array(valid.utf8), path: "ok.json")
        XCTAssertEqual(instrument.id, "mini")
        XCTAssertEqual(instrument.items.count, 1)
    }

    func testFixtureInstrumentReads() throws {
        let data = try Data(contentsOf: SurveyHarness.fixtures.appendingPathComponent("team-climate.json"))
        let instrument = try InstrumentReader.read(Array(data), path: "team-climate.json")
        XCTAssertEqual(instrument.items.filter(\.isReversed).map(\.id), ["o3", "c2"])
    }

    func testBadJSONNamesLineAndColumn() throws {
        let error = try XCTUnwrap(problem("{\n  \"id\": \"x\",\n  \"title\" {}\n}"))
        XCTAssertEqual(error.position, SourcePosition(file: "bad.json", line: 3, column: 11))
        XCTAssertTrue(error.message.en.hasPrefix("the instrument is not valid JSON"), error.message.en)
    }

    func testWrongTotalIsNamed() throws {
        let error = try XCTUnwrap(problem(valid.replacingOccurrences(of: "\"total\": 100", with: "\"total\": 0")))
        XCTAssertEqual(error.position?.file, "bad.json")
        XCTAssertTrue(error.message.en.hasPrefix("total: 0 points cannot be split"), error.message.en)
    }

    func testMissingTotalIsNamed() throws {
        let error = try XCTUnwrap(problem(valid.replacingOccurrences(of: "\"total\": 100,", with: "")))
        XCTAssertEqual(error.message.en, "total is missing")
    }

    func testMissingGermanTextNamesItsPath() throws {
        let broken = valid.replacingOccurrences(of: "\"text\": {\"en\": \"X\", \"de\": \"X\"}", with: "\"text\": {\"en\": \"X\"}")
        let error = try XCTUnwrap(problem(broken))
        XCTAssertEqual(error.message.en, "items[0].text.de is missing")
    }

    func testEmptyTextNamesItsPath() throws {
        let broken = valid.replacingOccurrences(of: "{\"en\": \"b\", \"de\": \"b\"}", with: "{\"en\": \"b\", \"de\": \" \"}")
        let error = try XCTUnwrap(problem(broken))
        XCTAssertEqual(error.message.en, "items[0].alternatives[1].de is empty")
    }

    func testDuplicateIDsAreNamed() throws {
        let broken = valid.replacingOccurrences(of: "{\"id\": \"b\", \"text\": {\"en\": \"B\"", with: "{\"id\": \"a\", \"text\": {\"en\": \"B\"")
        let error = try XCTUnwrap(problem(broken))
        XCTAssertEqual(error.message.en, "alternatives[1].id: the id 'a' is used twice")
    }

    func testAlternativeCountMustMatch() throws {
        let broken = valid.replacingOccurrences(of: ", {\"en\": \"b\", \"de\": \"b\"}]", with: "]")
        let error = try XCTUnwrap(problem(broken))
        XCTAssertEqual(error.message.en, "items[0].alternatives: 1 texts, but the instrument has 2 alternatives")
    }

    func testWrongKindOfValueIsNamed() throws {
        let error = try XCTUnwrap(problem(valid.replacingOccurrences(of: "\"total\": 100", with: "\"total\": \"100\"")))
        XCTAssertTrue(error.message.en.hasPrefix("total has the wrong kind of value"), error.message.en)
    }

    func testANumberThatIsNotWholeIsNamedWithItsField() throws {
        // A total of 1.5 was reported as "(top level) has the wrong kind of value".
        let half = try XCTUnwrap(problem(valid.replacingOccurrences(of: "\"total\": 100", with: "\"total\": 1.5")))
        XCTAssertEqual(half.message, Words.instrumentNotWhole("total", 1.5))
        XCTAssertEqual(half.message.en, "total needs a whole number, not 1.5")
        XCTAssertEqual(half.position?.file, "bad.json")
        let huge = try XCTUnwrap(problem(valid.replacingOccurrences(of: "\"total\": 100", with: "\"total\": 1e300")))
        XCTAssertEqual(huge.message, Words.instrumentNotWhole("total", 1e300))
        let likert = valid.replacingOccurrences(of: "\"total\": 100", with: "\"points\": 5.5")
        XCTAssertEqual(problem(likert)?.message, Words.instrumentNotWhole("points", 5.5))
    }

    func testAtMostTwentySixAlternatives() throws {
        var instrument = try InstrumentReader.read(Array(valid.utf8), path: "ok.json")
        let many = (0..<27).map { Choice(id: "t\($0)", text: LocalizedText(en: "T", de: "T")) }
        instrument.alternatives = many
        instrument.items[0].alternatives = many.map(\.text)
        XCTAssertEqual(InstrumentCheck.problems(of: instrument).map(\.en), ["alternatives: at most 26 allowed"])
    }

    func testLikertScaleAndPointsAreChecked() throws {
        let likert = """
        {"id": "l", "title": {"en": "L", "de": "L"}, "type": "likert", "points": 6,
         "scales": [{"id": "s", "text": {"en": "S", "de": "S"}}],
         "items": [{"id": "i", "scale": "t", "text": {"en": "I", "de": "I"}}]}
        """
        let problems = InstrumentCheck.problems(of: try JSONDecoder().decode(Instrument.self, from: Data(likert.utf8)))
        XCTAssertEqual(problems.map(\.en), ["points: a rating scale of 1–6 is not offered; use 5 or 7",
                                            "items[0].scale: no scale 't' in scales"])
    }
}
