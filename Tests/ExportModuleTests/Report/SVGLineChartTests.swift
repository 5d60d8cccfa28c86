@testable import ExportModule
import RapportCore
import XCTest

/// SVG line charts read back as XML: the axis marks, where points lie, gaps, thinned period labels that never
/// overlap, the legend and the escaping of every text from data.
final class SVGLineChartTests: XCTestCase {
    private let percent = CellFormatter(language: .en, timeZone: TimeZone(identifier: "UTC") ?? .current).percent

    func testTheValueAxisIsMarkedAtRoundTicksInTheCallersFormat() throws {
        let chart = SVGLineChart(periods: ChartSamples.months(6), series: [
            LineChart.Series(name: "person", values: [0.012, 0.034, 0.02, 0.041, 0.03, 0.025]),
        ], title: "Engagement rate", valueText: percent)
        // 0.012 … 0.041 in about six ticks: a rough step of 0.0058 rounds up to 0.01, from 0.01 to 0.05.
        XCTAssertEqual(chart.ticks.map(percent), ["1.0 %", "2.0 %", "3.0 %", "4.0 %", "5.0 %"])
        let svg = try ParsedSVG(chart.svg)
        XCTAssertEqual(svg.texts.filter { $0.anchor == .end }.map(\.shown), chart.ticks.map(percent))
        XCTAssertEqual(svg.texts.filter { $0.anchor == .middle }.map(\.shown), ChartSamples.months(6))
        // The highest value's dot is the highest on the chart, the lowest value's the lowest.
        let heights = svg.elements(named: "circle").compactMap { $0["cy"].flatMap(Double.init) }
        XCTAssertEqual(heights.count, 6)
        XCTAssertEqual(heights.firstIndex(of: heights.min() ?? 0), 3)
        XCTAssertEqual(heights.firstIndex(of: heights.max() ?? 0), 0)
    }

    func testTicksWhoseTextsWouldRepeatAreFewer() {
        // 1 … 3 written as whole numbers: ticks 0.5 apart (from six or five) would write 1, 2, 2, 2, 3; four give
        // steps of 1.
        let chart = SVGLineChart(periods: ["a", "b"], series: [LineChart.Series(name: "x", values: [1, 3])], title: "t",
                                 valueText: { String(format: "%.0f", $0) })
        let texts = chart.ticks.map { String(format: "%.0f", $0) }
        XCTAssertEqual(Set(texts).count, texts.count, "\(texts)")
        XCTAssertEqual(texts, ["1", "2", "3"])
    }

    func testAGapBreaksTheLineAndALonePointGetsADot() throws {
        let values = (0..<60).map { (period: Int) -> Double? in
            period == 30 || period == 32 ? nil : Double(period % 7)
        }
        let chart = SVGLineChart(periods: ChartSamples.months(60),
                                 series: [LineChart.Series(name: "x", values: values)], title: "t",
                                 valueText: { String($0) })
        let svg = try ParsedSVG(chart.svg)
        let line = try XCTUnwrap(svg.elements(named: "path").last?["d"])
        // Periods 0–29, 31 alone, 33–59: three runs start with M; more than 40 periods, so only the lone point has a
        // dot.
        XCTAssertEqual(line.filter { $0 == "M" }.count, 3, line)
        XCTAssertEqual(line.filter { $0 == "L" }.count, 29 + 26, line)
        XCTAssertEqual(svg.elements(named: "circle").count, 1)
    }

    func testPeriodLabelsAreThinnedSoTheyNeverOverlap() throws {
        let chart = SVGLineChart(periods: ChartSamples.months(36), series: [
            LineChart.Series(name: "x", values: (0..<36).map { Double($0) }),
        ], title: "t", valueText: { String($0) })
        let svg = try ParsedSVG(chart.svg)
        let labels = svg.texts.filter { $0.anchor == .middle }
        XCTAssertLessThan(labels.count, 36)
        XCTAssertGreaterThan(labels.count, 3)
        XCTAssertEqual(labels.first?.shown, "2023-01")
        for (left, right) in zip(labels, labels.dropFirst()) {
            XCTAssertLessThan(left.box.right, right.box.left, "\(left.shown) and \(right.shown) overlap")
        }
        XCTAssertEqual(svg.textsOutside.map(\.shown), [])
    }

    func testLegendNamesEverySeriesAndCutsLongNames() throws {
        let long = String(repeating: "Unternehmenskommunikation ", count: 6)
        let chart = SVGLineChart(periods: ["a", "b"], series: [LineChart.Series(name: "brand", values: [1, 2]),
                                                             LineChart.Series(name: long, values: [2, 1])],
                                 title: "t", valueText: { String($0) })
        let svg = try ParsedSVG(chart.svg)
        let names = svg.texts.filter { $0.fontSize == SVGLineChart.legendSize }
        XCTAssertEqual(names.first?.shown, "brand")
        XCTAssertTrue(names.last?.shown.hasSuffix("…") ?? false)
        XCTAssertEqual(names.last?.tooltip, long)
        XCTAssertGreaterThan(try XCTUnwrap(names.last).y, try XCTUnwrap(names.first).y,
                             "the long name gets its own row")
        // Two lines, the second dashed, in different colours.
        let strokes = svg.elements(named: "path").dropFirst().map { $0["stroke"] ?? "" }
        XCTAssertEqual(strokes, ["#0072B2", "#D55E00"])
        XCTAssertEqual(svg.textsOutside.map(\.shown), [])
    }

    func testNoPeriodsOrOnePeriodGiveAChartAndTextsAreEscaped() throws {
        let empty = try ParsedSVG(SVGLineChart(periods: [], series: [], title: "t", valueText: { String($0) }).svg)
        XCTAssertEqual(empty.elements(named: "circle").count, 0)
        let hostile = ReportWorkspace.hostile
        let one = SVGLineChart(periods: [hostile], series: [LineChart.Series(name: hostile, values: [0.5])],
                               title: hostile, valueText: { _ in hostile }).svg
        XCTAssertFalse(one.contains("<script>"))
        let parsed = try ParsedSVG(one)
        XCTAssertEqual(parsed.elements.first?.attributes["aria-label"], hostile)
        XCTAssertTrue(parsed.texts.contains { $0.shown == hostile && $0.anchor == .middle },
                      "the period, under the point")
        XCTAssertEqual(parsed.textsOutside.map(\.shown), [])
    }
}
