@testable import ExportModule
import RapportCore
import XCTest

/// SVG heat maps read back as XML: the ramp, the cells and their values, empty cells hatched and explained, column
/// labels thinned, and every text inside the chart.
final class SVGHeatMapTests: XCTestCase {
    private let whole: (Double) -> String = { String(format: "%.0f", $0) }

    func testTheRampRunsFromLightToDarkBlue() {
        XCTAssertEqual(SVGHeatMap.colour(0), "#deebf7")
        XCTAssertEqual(SVGHeatMap.colour(1), "#08306b")
        // Half way: (222 + 8) / 2 = 115 = 0x73, (235 + 48) / 2 = 141.5 → 142 = 0x8e, (247 + 107) / 2 = 177 = 0xb1.
        XCTAssertEqual(SVGHeatMap.colour(0.5), "#738eb1")
        XCTAssertEqual(SVGHeatMap.colour(7), "#08306b", "clamped")
    }

    func testCellsCarryTheirColourValueAndTooltipAndEmptyCellsAreHatched() throws {
        let map = SVGHeatMap(rows: ["Mo", "Di"], columns: ["9", "10", "11"], values: [[1, 2, 3], [nil, 5]],
                             title: "t", emptyLabel: "weniger als 5 Beiträge", valueText: whole)
        XCTAssertEqual(map.share(1), 0)
        XCTAssertEqual(map.share(5), 1)
        XCTAssertEqual(map.share(3), 0.5)
        let svg = try ParsedSVG(map.svg)
        let cells = svg.elements(named: "rect").prefix(6)
        let ramp = [0, 0.25, 0.5].map(SVGHeatMap.colour)
        XCTAssertEqual(cells.map { $0["fill"] ?? "" }, ramp + ["#f0f1f3", SVGHeatMap.colour(1), "#f0f1f3"])
        // Each value is written in its cell, white on the darker half of the ramp.
        let values = svg.texts.filter { $0.fontSize == SVGHeatMap.valueSize }
        XCTAssertEqual(values.map(\.shown), ["1", "2", "3", "5"])
        let fills = svg.elements(named: "text").filter { $0["font-size"] == "9.0" }.map { $0["fill"] ?? "" }
        XCTAssertEqual(fills, ["#1d1d1f", "#1d1d1f", "#1d1d1f", "#fff"])
        // Two empty cells and the legend's swatch are hatched; the legend says why.
        XCTAssertEqual(svg.elements(named: "path").count, 3)
        XCTAssertTrue(svg.texts.contains { $0.shown == "weniger als 5 Beiträge" })
        XCTAssertTrue(map.svg.contains("<title>Di · 9: weniger als 5 Beiträge</title>"))
        XCTAssertEqual(svg.textsOutside.map(\.shown), [])
    }

    func testAWeekOfHoursKeepsEveryHourAndWritesNoValueThatDoesNotFit() throws {
        let values: [[Double?]] = (0..<7).map { day in (0..<24).map { Double(1_000_000 + day * 24 + $0) } }
        let map = SVGHeatMap(rows: ChartSamples.days, columns: (0..<24).map(String.init), values: values, title: "t",
                             emptyLabel: "-", valueText: ChartSamples.count)
        let svg = try ParsedSVG(map.svg)
        let hours = svg.texts.filter { $0.fontSize == SVGHeatMap.labelSize && $0.anchor == .middle }.map(\.shown)
        XCTAssertEqual(hours, (0..<24).map(String.init), "cells of 36 px and more hold every hour's label")
        // "1,000,000" at 9 px is about 51 px: wider than a cell, so values stay in the tooltips only.
        XCTAssertEqual(svg.texts.filter { $0.fontSize == SVGHeatMap.valueSize }.count, 0)
        XCTAssertTrue(map.svg.contains("<title>Montag · 0: 1,000,000</title>"))
        XCTAssertFalse(svg.texts.contains { $0.shown == "-" }, "no empty cell, no explanation")
        XCTAssertEqual(svg.textsOutside.map(\.shown), [])
    }

    func testLongColumnLabelsAreThinnedSoTheyNeverOverlap() throws {
        let long = "Kalenderwoche 1 der Frühjahrskampagne 2025 (Deutschland)"
        let columns = [long] + (2...30).map { "Kalenderwoche \($0)" }
        let map = SVGHeatMap(rows: ["a"], columns: columns, values: [(0..<30).map { Double($0) }], title: "t",
                             emptyLabel: "-", valueText: whole)
        let svg = try ParsedSVG(map.svg)
        let labels = svg.texts.filter { $0.fontSize == SVGHeatMap.labelSize && $0.anchor == .middle }
        // The first label is wider than the 160 px a column label may take: it is cut, its whole text the tooltip.
        XCTAssertTrue(labels.first?.shown.hasPrefix("Kalenderwoche 1 der") ?? false)
        XCTAssertEqual(labels.first?.tooltip, long)
        XCTAssertLessThanOrEqual(SVGText.width(labels.first?.shown ?? "", fontSize: SVGHeatMap.labelSize), 160)
        XCTAssertTrue(labels.dropFirst().allSatisfy { $0.shown.hasPrefix("Kalenderwoche ") && $0.tooltip == nil })
        XCTAssertLessThan(labels.count, 30)
        for (left, right) in zip(labels, labels.dropFirst()) {
            XCTAssertLessThan(left.box.right, right.box.left, "\(left.shown) and \(right.shown) overlap")
        }
        XCTAssertEqual(svg.textsOutside.map(\.shown), [])
    }

    func testEqualValuesNoCellsAndHostileTextsDoNotBreakTheChart() throws {
        let flat = SVGHeatMap(rows: ["a"], columns: ["x", "y"], values: [[2, 2]], title: "t", emptyLabel: "-",
                              valueText: whole)
        XCTAssertEqual(flat.share(2), 1)
        XCTAssertNoThrow(try ParsedSVG(SVGHeatMap(rows: [], columns: [], values: [], title: "t", emptyLabel: "-",
                                                  valueText: whole).svg))
        let hostile = ReportWorkspace.hostile
        let svg = SVGHeatMap(rows: [hostile], columns: [hostile], values: [[nil]], title: hostile, emptyLabel: hostile,
                             valueText: { _ in hostile }).svg
        XCTAssertFalse(svg.contains("<script>"))
        let parsed = try ParsedSVG(svg)
        XCTAssertEqual(parsed.elements.first?.attributes["aria-label"], hostile)
        XCTAssertEqual(parsed.textsOutside.map(\.shown), [])
    }
}
