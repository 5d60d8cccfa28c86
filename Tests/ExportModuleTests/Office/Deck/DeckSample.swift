@testable import ExportModule
import Foundation
import RapportCore

/// The deck the deck tests write: every kind of slide, a bar chart with intervals, a line chart with a gap, a
/// two-series column chart, tables short and long, long texts that must be fitted, and hostile texts.
enum DeckSample {
    /// Text a stranger could have put into a dataset: markup, an entity, control characters, a formula.
    static let hostile = "<script>alert(1)</script> & \u{0B}\u{01}=HYPERLINK(\"x\") \u{FFFF}end"
    /// What the hostile text reads as in the file: the control characters and U+FFFF left out, the rest as typed.
    static let hostileRead = "<script>alert(1)</script> & =HYPERLINK(\"x\") end"

    /// The bar chart: engagement rate by voice, medians with bootstrap intervals.
    static let bars = ChartSpec(
        kind: .bars, categories: ["person (n = 1,195)", "brand (n = 2,803)", hostile],
        series: [ChartSeries(name: "median engagement rate", values: [0.042, 0.021, 0.0305],
                             interval: ChartInterval(lower: [0.039, 0.019, 0.025], upper: [0.046, 0.0235, 0.036]))],
        categoryHeader: "voice", format: .percent, valueAxisTitle: "median engagement rate", showsValues: true)

    /// The line chart: weekly posts with week 3 missing.
    static let lines = ChartSpec(
        kind: .lines, categories: ["2025-W01", "2025-W02", "2025-W03", "2025-W04", "2025-W05"],
        series: [ChartSeries(name: "posts", values: [120, 134, nil, 151, 149]),
                 ChartSeries(name: "replies", values: [30, 41, 38, nil, 52])],
        categoryHeader: "week", format: .integer)

    /// The column chart: two series over two platforms.
    static let columns = ChartSpec(
        kind: .columns, categories: ["Instagram", "Facebook"],
        series: [ChartSeries(name: "person", values: [0.051, 0.018]),
                 ChartSeries(name: "brand", values: [0.024, 0.009])],
        categoryHeader: "platform", format: .percent, categoryAxisTitle: "platform", language: .de)

    /// A long title and sentence that cannot fit at the largest sizes.
    static let longSentence = String(repeating: "Posts written in a person's voice reach more of the audience ",
                                     count: 4) + "than those in the brand's voice."

    /// The logo (Fixtures/logo.png, 360 × 120 pixels, made by make_logo.py).
    static var logo: Data {
        get throws {
            try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Fixtures/logo.png"))
        }
    }

    /// The deck: title, key findings, three findings (one with twelve table rows), one without chart, closing.
    static func deck() throws -> Deck {
        let longTable = SlideTable(header: ["week", "posts", "median rate"],
                                   rows: (1...12).map {
                                       ["2025-W\($0 < 10 ? "0" : "")\($0)", "\(100 + $0)", "\($0).0 %"]
                                   })
        return Deck(title: "Social relationships analysis", slides: [
            Slide(kind: .title, title: "Social relationships analysis",
                  subtitle: "ACME Corporation\n1 January – 31 March 2025\n7 December 2026"),
            Slide(kind: .findings, title: "Key findings", bullets: [
                SlideBullet("Posts in a person's voice have a median engagement rate of 4.2 %, "
                    + "twice the brand's 2.1 %."),
                SlideBullet("Goal met: median engagement rate 4.2 % against a target of 3.0 %.", tone: .positive),
                SlideBullet("Goal missed: answered share 41 % against a target of 60 %.", tone: .negative),
                SlideBullet("About 33 % of followers are likely fake (28–38 %); the real audience is about 1,337."),
            ], figures: [
                SlideFigure(value: "4,998", label: "posts analysed"),
                SlideFigure(value: "Jan – Mar 2025", label: "period covered"),
                SlideFigure(value: "3.1 %", label: "median engagement rate"),
                SlideFigure(value: "+2.1 pts", label: "person premium"),
                SlideFigure(value: "41 %", label: "answered share"),
                SlideFigure(value: "1,337", label: "real audience"),
            ], notes: "Key findings from the workspace."),
            Slide(kind: .finding, title: "Engagement rate by voice", subtitle: "Person posts engage twice as well.",
                  chart: bars, table: SlideTable(header: ["voice", "n", "median", "interval"], rows: [
                    ["person", "1,195", "4.2 %", "3.9–4.6 %"], ["brand", "2,803", "2.1 %", "1.9–2.4 %"],
                    [hostile, "12", "3.1 %", "2.5–3.6 %"],
                  ]), notes: "Median of interactions over followers per post.\nrapport: compare posts by voice"),
            Slide(kind: .finding, title: "Posts per week " + longSentence, subtitle: longSentence, chart: lines,
                  table: longTable, notes: "trend posts by week"),
            Slide(kind: .finding, title: "Engagement rate by voice and platform", subtitle: "Instagram leads.",
                  bullets: [SlideBullet("Both voices do better on Instagram.")], chart: columns),
            Slide(kind: .finding, title: "Survey fit", subtitle: "The profile fits the culture.", bullets: [
                SlideBullet("Fit: good (r = 0.81)."), SlideBullet(hostile),
            ], notes: hostile),
            Slide(kind: .closing, title: "Method and provenance", bullets: (1...10).map {
                SlideBullet("Note \($0): medians are robust to a few viral posts; pooled values weigh large accounts.")
            }, notes: "rapport 0.0 · written 2026-12-07"),
        ], logo: try logo, footer: "ACME Corporation · Social relationships analysis", created: "2026-12-07T10:00:00Z")
    }
}
