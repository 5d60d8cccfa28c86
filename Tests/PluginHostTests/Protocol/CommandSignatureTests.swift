import RapportCore
import XCTest
@testable import PluginHost

/// Command signatures from `describe` answers, turned into specifications.
final class CommandSignatureTests: XCTestCase {
    func testAFullSignatureBecomesAPluginSpecification() throws {
        let value = try JSONValueReader.value(of: """
        {"name": "sov", "summary": {"en": "share", "de": "Anteil"}, "help": "more", "examples": ["sov posts a"],
         "arguments": [{"name": "DATASET", "kind": "dataset"}, {"name": "COLUMN", "kind": "column", "optional": true}],
         "flags": [{"name": "weight", "kind": "column", "value_name": "COLUMN", "summary": "weigh"},
                   {"name": "mode", "kind": "choice", "choices": ["a", "b"], "summary": "m"},
                   {"name": "top", "kind": "switch", "summary": "t"}],
         "clauses": ["as"]}
        """)
        let spec = try CommandSignature.spec(from: value, plugin: "sovplugin")
        XCTAssertTrue(spec.isPlugin)
        XCTAssertEqual(spec.module, "sovplugin")
        XCTAssertEqual(spec.summary, Message(en: "share", de: "Anteil"))
        XCTAssertEqual(spec.discussion, Message(en: "more", de: "more"))
        XCTAssertEqual(spec.positionals.map(\.kind), [.dataset, .column])
        XCTAssertEqual(spec.positionals.map(\.isOptional), [false, true])
        XCTAssertEqual(spec.flags.map(\.value), [.column, .choice(["a", "b"]), nil])
        XCTAssertEqual(spec.clauses, [.as])
        XCTAssertEqual(spec.usage(), "sov DATASET [COLUMN] [as NAME] [--weight COLUMN] [--mode VALUE] [--top]")
    }

    func testFaultyFieldsAreNamed() throws {
        let cases = [(#"{"summary": "x"}"#, "name"),
                     (#"{"name": "x"}"#, "x.summary"),
                     (#"{"name": "x", "summary": "s", "arguments": [{"name": "A", "kind": "colour"}]}"#, "x.arguments[0]"),
                     (#"{"name": "x", "summary": "s", "flags": [{"name": "f", "kind": "choice", "summary": "s"}]}"#, "x.flags[0]"),
                     (#"{"name": "x", "summary": "s", "clauses": ["when"]}"#, "x.clauses"),
                     (#"{"name": "x", "summary": "s", "arguments": [{"name": "A"}, {"name": "A"}]}"#, "x.arguments[1]"),
                     (#"{"name": "x", "summary": "s", "flags": [{"name": "f", "summary": "s"}, "#
                      + #"{"name": "f", "kind": "switch", "summary": "t"}]}"#, "x.flags[1]")]
        for (text, field) in cases {
            XCTAssertThrowsError(try CommandSignature.spec(from: JSONValueReader.value(of: text), plugin: "p")) { error in
                XCTAssertEqual((error as? RapportError)?.message.en,
                               "plugin 'p' described its commands wrongly: '\(field)' is missing or not valid")
            }
        }
    }
}
