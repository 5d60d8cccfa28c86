import Foundation
import RapportTestSupport
import XCTest

/// The report's audit finding when a learned model scored the followers: it says the adjusted share the audit stored,
/// with its interval, and names the model and the method.
final class ReportAuditTests: XCTestCase {
    func testTheReportSaysTheModelsAdjustedShareAndNamesTheModel() throws {
        let sample = SharedDatasets.path("srf-instagram-fake-followers/labelled_1000_inclprivate.csv")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: sample), "the SRF sample is not here")
        let home = try RapportProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let outcome = try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path, "--json"],
                                             stdin: "import \(sample) as f\naudit f --model instagram\nshow f-audit --limit 40\n"
                                                 + "report out.md\n", home: home, directory: home)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let shown = try XCTUnwrap(try outcome.jsonLines().first { ($0["command"] as? String)?.hasPrefix("show") == true })
        let rows = try XCTUnwrap((shown["result"] as? [String: Any])?["rows"] as? [[Any]])
        let measure = { (name: String) -> Double? in
            (rows.first { ($0[0] as? String) == name }?[1] as? NSNumber)?.doubleValue
        }
        let share = try XCTUnwrap(measure("fake_share_adjusted"))
        let low = try XCTUnwrap(measure("fake_share_adjusted_low")), high = try XCTUnwrap(measure("fake_share_adjusted_high"))
        XCTAssertNotEqual(share, try XCTUnwrap(measure("fake_share")), "the adjusted share is not the raw one")
        let page = try String(contentsOf: home.appendingPathComponent("out.md"), encoding: .utf8)
        let percent = { (value: Double) in String(format: "%.1f", value * 100) }
        XCTAssertTrue(page.contains("About \(percent(share)) % of the followers are likely fake "
                                    + "\\(\(percent(low))–\(percent(high)) %\\)"), page)
        XCTAssertTrue(page.contains("| adjusted share likely fake | \(percent(share)) % |"), "read as a share: \(page)")
        XCTAssertTrue(page.contains("| interval of the adjusted share | \(percent(low))–\(percent(high)) % |"), page)
        XCTAssertTrue(page.contains("| model | instagram |"), "the model's name in its row: \(page)")
        XCTAssertTrue(page.contains("Scored by the model instagram"), page)
        XCTAssertTrue(page.contains("Rogan–Gladen"), page)
    }
}
