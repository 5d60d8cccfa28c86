import XCTest
import RapportCore
@testable import ImportModule

/// Values beyond plain numbers: times in the workspace's zone, Unix seconds, percentages, abbreviated
/// counts, the `sep=` line and the line of descriptions. Expected seconds from Python, e.g.
/// `int(datetime(2025,3,30,1,30, tzinfo=ZoneInfo('Europe/Berlin')).timestamp())`; the rest by hand.
final class CSVReaderValuesTests: XCTestCase {
    private func read(_ text: String, options: CSVOptions = CSVOptions()) throws -> CSVTable {
        try CSVReader.read(bytes: Array(text.utf8), fileName: "t.csv", options: options)
    }

    func testTimesWithoutOffsetAreReadInTheGivenZone() throws {
        let text = """
            id,published
            1,2025-03-30 01:30
            2,2025-03-30 03:30
            3,2025-10-26 02:30
            4,2025-01-01T12:00:00+05:00
            5,03/30/2025 3:30 PM
            6,3/30/25 15:30
            7,30.03.2025 15:30
            8,-

            """
        let berlin = try read(text, options: CSVOptions(timeZone: try XCTUnwrap(TimeZone(identifier: "Europe/Berlin"))))
        XCTAssertEqual(berlin.columns[1].type, .time)
        XCTAssertEqual((0..<8).map { berlin.columns[1].data[$0] }, [
            .time(1_743_294_600),  // before the clocks go forward: +01:00
            .time(1_743_298_200),  // after: +02:00
            .time(1_761_442_200),  // 02:30 happens twice on 26 October; the later one (fold=1, +01:00)
            .time(1_735_714_800),  // carries +05:00, so the zone does not apply
            .time(1_743_341_400), .time(1_743_341_400), .time(1_743_341_400),  // US, US short and German: 15:30 local
            .missing,
        ])
        // In UTC (the default) the first is simply 01:30Z: 1743294600 + 3600.
        XCTAssertEqual(try read(text).columns[1].data[0], .time(1_743_298_200))
    }

    func testTheLargestAndSmallestIntegersKeepTheColumnWhole() throws {
        let table = try read("n\n-9223372036854775808\n9223372036854775807\n0\n")
        XCTAssertEqual(table.columns.map(\.type), [.integer])
        XCTAssertEqual((0..<3).map { table.columns[0].data[$0] }, [.integer(Int64.min), .integer(Int64.max), .integer(0)])
    }

    func testUnixSecondsInATimeColumnAndPlainIntegersElsewhere() throws {
        let table = try read("created_time,count\n1443657600,1443657600\n1443744000,12\n,3\n")
        XCTAssertEqual(table.columns.map(\.type), [.time, .integer])
        // calendar.timegm((2015,10,1,0,0,0)) == 1443657600
        XCTAssertEqual(table.columns[0].data[0], .time(1_443_657_600))
        XCTAssertEqual(table.columns[0].data[2], .missing)
        XCTAssertEqual(table.columns[1].data[0], .integer(1_443_657_600))
    }

    func testPercentagesAndAbbreviatedCountsInGermanAndEnglishFiles() throws {
        let german = try read("Name;Anteil;Aufrufe\na;3,5 %;1,2 Mio.\nb;12 %;3 Tsd.\nc;-;1.500\n")
        XCTAssertEqual(german.numberFormat, .comma)
        XCTAssertEqual(german.columns.map(\.type), [.text, .decimal, .decimal])
        XCTAssertEqual(german.percentColumns, ["Anteil"])
        guard case .decimal(let shares, let missing) = german.columns[1].data,
              case .decimal(let views, _) = german.columns[2].data else { return XCTFail("not decimal") }
        XCTAssertEqual(shares[0], 0.035, accuracy: 1e-15)
        XCTAssertEqual(shares[1], 0.12, accuracy: 1e-15)
        XCTAssertTrue(missing.isMissing(2))
        XCTAssertEqual(views[0], 1_200_000, accuracy: 1e-6)
        XCTAssertEqual(Array(views[1...]), [3000, 1500])
        let english = try read("name,rate,views\na,3.5%,3.3k\nb,0.5%,475.8m\nc,1%,29.0b\n")
        guard case .decimal(let counts, _) = english.columns[2].data else { return XCTFail("not decimal") }
        XCTAssertEqual(counts[0], 3300, accuracy: 1e-9)
        XCTAssertEqual(counts[1], 475_800_000, accuracy: 1e-6)
        XCTAssertEqual(counts[2], 29_000_000_000)
        XCTAssertEqual(english.percentColumns, ["rate"])
    }

    func testUnitsAppearingAfterTheSampleWidenTheColumn() throws {
        // Integers, then decimals, then a unit only after the 5 sampled rows.
        let rows = (1...10).map { "\($0),\($0)" } + ["11,2.5", "12,1.5k", "13,x"]
        let table = try read("id,v\n" + rows.joined(separator: "\n") + "\n", options: CSVOptions(sampleRows: 5))
        XCTAssertEqual(table.columns[1].type, .text)  // "x" makes it text in the end
        let scaled = try read("id,v\n" + rows.dropLast().joined(separator: "\n") + "\n", options: CSVOptions(sampleRows: 5))
        XCTAssertEqual(scaled.columns[1].type, .decimal)
        XCTAssertEqual(scaled.columns[1].data[9], .decimal(10))
        XCTAssertEqual(scaled.columns[1].data[10], .decimal(2.5))
        XCTAssertEqual(scaled.columns[1].data[11], .decimal(1500))
        XCTAssertEqual(scaled.percentColumns, [])
    }

    func testSemicolonFilesReadGroupedThousandsWithoutOtherDecimals() throws {
        // No field tells the separators apart; a semicolon file is taken as German: 1.234 is 1234.
        XCTAssertEqual(try read("a;b\n1.234;x\n").columns[0].data[0], .integer(1234))
        XCTAssertEqual(try read("a,b\n1.234,x\n").columns[0].data[0], .decimal(1.234))
    }

    func testSeparatorLineNamesTheDelimiterAndCountsAsALine() throws {
        let table = try read("sep=,\na;b,c\n1;2,3\n")
        XCTAssertEqual(table.delimiter, UInt8(ascii: ","))
        XCTAssertEqual(table.columns.map(\.name), ["a;b", "c"])
        XCTAssertThrowsError(try read("sep=;\na;b\n1;\"2\n")) {
            XCTAssertEqual(($0 as? RapportError)?.position, SourcePosition(file: "t.csv", line: 3, column: 3))
        }
    }

    func testDescriptionLineIsSkipped() throws {
        let text = """
            Date,Lifetime Total Likes,Daily New Likes
            ,"Lifetime: The total number of people who have liked your Page. (Unique Users)","Daily: The number of new people who have liked your Page (Unique Users)"
            2014-01-01,1200,3
            2014-01-02,1204,4

            """
        let table = try read(text)
        XCTAssertTrue(table.skippedDescriptionLine)
        XCTAssertEqual(table.rowCount, 2)
        XCTAssertEqual(table.columns.map(\.type), [.time, .integer, .integer])
        XCTAssertEqual(table.columns[1].data[1], .integer(1204))
        XCTAssertFalse(try read("a,b\n1,2\n3,4\n").skippedDescriptionLine)
    }
}
