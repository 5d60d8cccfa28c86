import Foundation
import RapportCore
import RapportTestSupport
import XCTest

/// A real browser opens the report: headless Chromium (Debian's `chromium`) renders it to a PNG and dumps its DOM,
/// in which the hostile post text is still text. Skipped where Chromium is not installed.
final class HTMLReportChromiumTests: XCTestCase {
    private var workspace: ReportWorkspace!
    private var chromium: HeadlessChromium!

    override func setUpWithError() throws {
        workspace = try ReportWorkspace()
        chromium = try HeadlessChromium(profile: workspace.path("profile"))
        try workspace.harness.run("report '\(workspace.path("r.html"))'")
    }

    override func tearDown() {
        workspace?.remove()
    }

    func testDumpedDOMHoldsTheScriptTextAsTextAndNoScriptElement() throws {
        let dom = try browse(["--dump-dom"])
        XCTAssertTrue(dom.contains("<h2>Key findings</h2>"), "the page was parsed and rendered")
        XCTAssertTrue(dom.contains(ReportWorkspace.escapedHostile))
        XCTAssertFalse(dom.lowercased().contains("<script"))
    }

    func testScreenshotIsAPNGOfTheWindowSize() throws {
        let png = workspace.path("r.png")
        _ = try browse(["--screenshot=\(png)", "--window-size=1000,2400"])
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: png)))
        XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "the PNG signature")
        // The IHDR chunk follows the signature: length (4 bytes), "IHDR", then width and height, big-endian.
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(width, 1000)
        XCTAssertEqual(height, 2400)
        XCTAssertGreaterThan(bytes.count, 20_000, "a page with tables and charts, not a blank image")
    }

    /// Runs headless Chromium on the report with extra arguments and returns what it printed.
    private func browse(_ arguments: [String]) throws -> String {
        try chromium.run(arguments, file: workspace.path("r.html"))
    }
}
