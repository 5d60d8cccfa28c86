@testable import ExportModule
import XCTest

/// The kite's scale and points, computed by hand for four axes, and the escaping of its labels.
final class KiteChartTests: XCTestCase {
    /// Four culture types (OCAI: 100 points shared per profile): now 20/15/40/25, preferred 35/25/25/15.
    private let chart = KiteChart(axes: ["Clan", "Adhocracy", "Market", "Hierarchy"], now: [20, 15, 40, 25],
                                  preferred: [35, 25, 25, 15], nowLabel: "now", preferredLabel: "preferred", title: "culture")

    func testScaleIsTheLargestScoreRoundedUpToTen() {
        XCTAssertEqual(chart.scale, 40)
        XCTAssertEqual(KiteChart(axes: ["a", "b", "c", "d"], now: [41, 0, 0, 0], preferred: [0, 0, 0, 0],
                                 nowLabel: "", preferredLabel: "", title: "").scale, 50)
        XCTAssertEqual(KiteChart(axes: ["a", "b", "c", "d"], now: [0, 0, 0, 0], preferred: [.nan, 0, 0, 0],
                                 nowLabel: "", preferredLabel: "", title: "").scale, 10)
    }

    func testAxesRunClockwiseFromTheTop() {
        // Centre (320, 200), radius 140, scale 40: a score of 20 lies 70 px out; 40 lies 140 px out.
        let top = chart.point(axis: 0, value: 20), right = chart.point(axis: 1, value: 40)
        let bottom = chart.point(axis: 2, value: 40), left = chart.point(axis: 3, value: 10)
        XCTAssertEqual(top.x, 320, accuracy: 1e-9); XCTAssertEqual(top.y, 130, accuracy: 1e-9)
        XCTAssertEqual(right.x, 460, accuracy: 1e-9); XCTAssertEqual(right.y, 200, accuracy: 1e-9)
        XCTAssertEqual(bottom.x, 320, accuracy: 1e-9); XCTAssertEqual(bottom.y, 340, accuracy: 1e-9)
        XCTAssertEqual(left.x, 285, accuracy: 1e-9); XCTAssertEqual(left.y, 200, accuracy: 1e-9)
    }

    func testProfilesAreDrawnAsPolygonsThroughTheirScores() {
        let svg = chart.svg
        // now: 20 → (320, 130); 15 → 52.5 px right (372.5, 200); 40 → (320, 340); 25 → 87.5 px left (232.5, 200).
        XCTAssertTrue(svg.contains("<polygon class=\"now\" points=\"320.0,130.0 372.5,200.0 320.0,340.0 232.5,200.0\"/>"), svg)
        // preferred: 35 → 122.5 px up (320, 77.5); 25 → (407.5, 200); 25 → (320, 287.5); 15 → (267.5, 200).
        XCTAssertTrue(svg.contains("<polygon class=\"preferred\" points=\"320.0,77.5 407.5,200.0 320.0,287.5 267.5,200.0\"/>"), svg)
    }

    func testOutOfRangeScoresAreClamped() {
        let point = chart.point(axis: 1, value: -5)
        XCTAssertEqual(point.x, 320, accuracy: 1e-9)
        XCTAssertEqual(chart.point(axis: 1, value: .nan).x, 320, accuracy: 1e-9)
    }

    func testLabelsAreEscaped() {
        let svg = KiteChart(axes: ["<script>alert(1)</script>", "b", "c", "d"], now: [1, 2, 3, 4], preferred: [4, 3, 2, 1],
                            nowLabel: "<i>now</i>", preferredLabel: "p", title: "\"t\"").svg
        XCTAssertFalse(svg.contains("<script>"))
        XCTAssertFalse(svg.contains("<i>"))
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(svg.contains("<title>&quot;t&quot;</title>"))
    }
}
