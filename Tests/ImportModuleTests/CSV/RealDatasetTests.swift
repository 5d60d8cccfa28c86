import RapportTestSupport
import XCTest
import RapportCore
@testable import ImportModule

/// Reads the real exports in ../shared/datasets. Expected numbers were computed with Python's csv module
/// on the same files, e.g. `rows = list(csv.reader(open(path, newline='', encoding='utf-8-sig'), delimiter=';'))`
/// and `sum(int(r[i]) for r in rows[1:] if r[i] != '')`.
final class RealDatasetTests: XCTestCase {
    private func integers(_ table: CSVTable, _ name: String) -> (sum: Int64, missing: Int) {
        guard let column = table.columns.first(where: { $0.name == name }), case .integer(let values, let mask) = column.data else {
            XCTFail("\(name) is not an integer column")
            return (0, 0)
        }
        let sum = values.indices.filter { !mask.isMissing($0) }.reduce(Int64(0)) { $0 + values[$1] }
        return (sum, mask.count)
    }

    func testUCIFacebookMetrics() throws {
        let table = try CSVReader.read(file: SharedDatasets.path("uci-facebook-metrics/dataset_Facebook.csv"))
        XCTAssertEqual(table.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(table.rowCount, 500)
        XCTAssertEqual(table.columns.count, 19)
        XCTAssertEqual(table.columns[1].name, "Type")
        XCTAssertEqual(table.columns[1].type, .text)
        XCTAssertEqual(table.columns.filter { $0.type == .integer }.count, 18)
        // Python: 6 empty cells overall; like 1, share 4, Paid 1.
        XCTAssertEqual(table.columns.reduce(0) { $0 + $1.data.missing.count }, 6)
        XCTAssertEqual(integers(table, "Page total likes").sum, 61_597_088)
        XCTAssertEqual(integers(table, "like").sum, 88_795)
        XCTAssertEqual(integers(table, "like").missing, 1)
        XCTAssertEqual(integers(table, "share").sum, 13_524)
        XCTAssertEqual(integers(table, "share").missing, 4)
        XCTAssertEqual(integers(table, "Total Interactions").sum, 106_060)
        XCTAssertEqual(integers(table, "Paid").sum, 139)
        XCTAssertEqual(integers(table, "Lifetime Post Total Reach").sum, 6_951_680)
        // Python: first row starts 139441;Photo, the last row's Paid is empty.
        XCTAssertEqual(table.columns[0].data[0], .integer(139_441))
        XCTAssertEqual(table.columns[1].data[0], .text("Photo"))
        XCTAssertEqual(table.columns[6].data[499], .missing)
    }

    func testFacebookLiveSellersThailand() throws {
        let table = try CSVReader.read(file: SharedDatasets.path("uci-fb-live-sellers-thailand/Live.csv"))
        XCTAssertEqual(table.rowCount, 7050)
        XCTAssertEqual(table.columns.count, 16)
        XCTAssertEqual(table.columns[0].name, "status_id", "the byte-order mark is not part of the first name")
        XCTAssertEqual(table.columns.map(\.type), [.text, .text, .time] + Array(repeating: .integer, count: 9)
                       + Array(repeating: .text, count: 4))
        XCTAssertEqual(integers(table, "num_reactions").sum, 1_622_326)
        XCTAssertEqual(integers(table, "num_comments").sum, 1_581_710)
        XCTAssertEqual(integers(table, "num_shares").sum, 282_159)
        XCTAssertEqual(integers(table, "num_likes").sum, 1_516_054)
        // Column1..Column4 hold nothing: text columns whose every row is missing.
        for name in ["Column1", "Column2", "Column3", "Column4"] {
            XCTAssertEqual(table.columns.first { $0.name == name }?.data.missing.count, 7050)
        }
        // Python: calendar.timegm of '4/22/2018 6:00' and '9/10/16 10:30' (two-digit year = 20YY); the sum,
        // min and max over all rows of both formats.
        guard case .time(let seconds, let mask) = table.columns[2].data else { return XCTFail("status_published") }
        XCTAssertFalse(mask.hasAny)
        XCTAssertEqual(seconds.first, 1_524_376_800)
        XCTAssertEqual(seconds.last, 1_473_503_400)
        XCTAssertEqual(seconds.min(), 1_342_320_660)
        XCTAssertEqual(seconds.max(), 1_528_852_320)
        XCTAssertEqual(seconds.reduce(0, +), 10_431_312_770_340)
        // Python: Counter of status_type.
        guard case .text(let types, _) = table.columns[1].data else { return XCTFail("status_type") }
        XCTAssertTrue(types.isEncoded)
        XCTAssertEqual(types.values.filter { $0 == "photo" }.count, 4288)
        XCTAssertEqual(types.values.filter { $0 == "link" }.count, 63)
    }

    func testInstagramFakeFollowers() throws {
        let table = try CSVReader.read(file: SharedDatasets.path("srf-instagram-fake-followers/labelled_1000_inclprivate.csv"))
        XCTAssertEqual(table.rowCount, 975)
        XCTAssertEqual(table.columns.map(\.type), [.text, .boolean, .text, .integer, .integer, .integer, .boolean, .boolean])
        XCTAssertEqual(integers(table, "Number.of.posts").sum, 218_580)
        XCTAssertEqual(integers(table, "Number.of.people.they.follow").sum, 1_498_308)
        XCTAssertEqual(integers(table, "Number.of.followers").sum, 2_064_456)
        // Python: Counter(rating) = FALSE 877, TRUE 98; Private.account TRUE 212.
        guard case .boolean(let fake, _) = table.columns[1].data, case .boolean(let privately, _) = table.columns[7].data else {
            return XCTFail("boolean columns")
        }
        XCTAssertEqual(fake.filter { $0 }.count, 98)
        XCTAssertEqual(privately.filter { $0 }.count, 212)
        XCTAssertEqual(table.columns[2].data[0], .text("__saaraa._"))
    }
}
