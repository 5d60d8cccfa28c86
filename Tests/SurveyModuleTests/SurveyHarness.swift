import Foundation
import RapportCore
import RapportTestSupport
import SurveyModule
import XCTest

/// A command harness with the survey commands whose runs read answers from a fixed list of lines.
enum SurveyHarness {
    /// The folder of the fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A harness whose `survey run` reads the given lines, as a script named `answers.rap` would give them.
    static func make(answers: [String] = [], language: Language = .en) throws -> CommandHarness {
        try CommandHarness(commands: SurveyModule.commands, language: language,
                           input: ArrayLineReader(answers, sourceName: "answers.rap"))
    }

    /// The parsed survey_reference.json written by Fixtures/make_survey_reference.py.
    static func reference() throws -> [String: Any] {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("survey_reference.json"))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A column's text cells.
    static func texts(_ harness: CommandHarness, _ dataset: String, _ column: String) throws -> [String?] {
        try harness.cells(dataset, column).map { cell in
            if case .text(let text) = cell { return text }
            return nil
        }
    }
}
