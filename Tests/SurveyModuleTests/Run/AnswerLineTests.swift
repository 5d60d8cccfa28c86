import XCTest
@testable import SurveyModule

/// Answer lines: numbers in order or by letter, totals, ranges and the steering words.
final class AnswerLineTests: XCTestCase {
    private let profile = BuiltinInstruments.all[0]
    private let values = BuiltinInstruments.all[1].expanded(values: ["Bold"])

    private func parse(_ line: String, _ instrument: Instrument) -> AnswerLine? {
        try? AnswerLine.parse(line, for: instrument).get()
    }

    private func reason(_ line: String, _ instrument: Instrument) -> String? {
        if case .failure(let error) = AnswerLine.parse(line, for: instrument) { return error.message.en }
        return nil
    }

    func testNumbersInOrderAndByLetter() {
        XCTAssertEqual(parse("40 30 20 10", profile), .numbers([40, 30, 20, 10]))
        XCTAssertEqual(parse("a=40 b=30 c=20 d=10", profile), .numbers([40, 30, 20, 10]))
        // Letters in any order; a letter left out counts 0: 70 + 30 = 100.
        XCTAssertEqual(parse("d=30 a=70", profile), .numbers([70, 0, 0, 30]))
    }

    func testWrongTotalSaysWhatItAddsUpTo() {
        // 40 + 30 + 10 + 10 = 90.
        XCTAssertEqual(reason("40 30 10 10", profile), "these add up to 90; 100 are needed")
        XCTAssertEqual(reason("50 50", profile), "2 numbers given; 4 are needed, one per alternative")
        XCTAssertEqual(reason("a=50 e=50", profile), "'e=50' is not a letter from a to d with points, such as a=40")
        XCTAssertEqual(reason("110 -10 0 0", profile), "110 is more than the 100 points there are")
        XCTAssertEqual(reason("90 -10 0 0", profile), "'-10' is not a whole number of points (0 or more)")
        XCTAssertEqual(reason("9223372036854775807 1 0 0", profile), "9223372036854775807 is more than the 100 points there are")
        XCTAssertEqual(reason("a=9223372036854775807 b=1", profile), "9223372036854775807 is more than the 100 points there are")
    }

    func testLikertRange() {
        XCTAssertEqual(parse("5", values), .numbers([5]))
        XCTAssertEqual(reason("6", values), "'6' is not a rating; give a whole number from 1 to 5")
        XCTAssertEqual(reason("0", values), "'0' is not a rating; give a whole number from 1 to 5")
    }

    func testSteeringWordsInBothLanguages() {
        XCTAssertEqual(parse("back", profile), .back)
        XCTAssertEqual(parse("zurück", profile), .back)
        XCTAssertEqual(parse("SKIP", values), .skip)
        XCTAssertEqual(parse("quit", profile), .quit)
        XCTAssertEqual(parse("hilfe", profile), .help)
    }
}
