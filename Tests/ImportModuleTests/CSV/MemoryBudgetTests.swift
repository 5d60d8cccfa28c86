import XCTest
import RapportCore
@testable import ImportModule

/// The up-front refusal of files too large for memory; sizes worked out by hand.
final class MemoryBudgetTests: XCTestCase {
    func testRefusesWhatWouldNeedMoreThanTheMemoryAndNamesTheSizes() {
        // 100 MiB × 3 = 300 MiB needed; 299 MiB is too little, 300 MiB is enough.
        let size = 100 << 20
        XCTAssertNoThrow(try MemoryBudget.check(size: size, file: "big.csv", memory: (300 << 20, false)))
        XCTAssertThrowsError(try MemoryBudget.check(size: size, file: "big.csv", memory: (299 << 20, false))) {
            XCTAssertEqual(($0 as? RapportError)?.message.en,
                           "big.csv is 100.0 MiB; importing it would need about 300.0 MiB of memory, more than the 299.0 MiB this machine has")
            XCTAssertEqual(($0 as? RapportError)?.message.de,
                           "big.csv ist 100,0 MiB groß; der Import bräuchte etwa 300,0 MiB Arbeitsspeicher, mehr als die 299,0 MiB dieses Rechners")
        }
        XCTAssertThrowsError(try MemoryBudget.check(size: Int.max / 2, file: "huge.csv", memory: (.max, false)))
    }

    func testTheEnvironmentVariableSetsTheLimitForAWholeImport() throws {
        let path = NSTemporaryDirectory() + "budget-\(getpid()).csv"
        try Data("a,b\n1,2\n3,4\n".utf8).write(to: URL(fileURLWithPath: path))  // 12 bytes need 36
        defer {
            unsetenv(MemoryBudget.limitVariable)
            try? FileManager.default.removeItem(atPath: path)
        }
        setenv(MemoryBudget.limitVariable, "35", 1)
        XCTAssertThrowsError(try CSVReader.read(file: path)) {
            XCTAssertEqual(($0 as? RapportError)?.message.en,
                           "\(path) is 12 bytes; importing it would need about 36 bytes of memory, more than the 35 bytes RAPPORT_MEMORY_LIMIT allows")
        }
        setenv(MemoryBudget.limitVariable, "36", 1)
        XCTAssertEqual(try CSVReader.read(file: path).rowCount, 2)
        setenv(MemoryBudget.limitVariable, "lots", 1)
        XCTAssertThrowsError(try CSVReader.read(file: path)) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.badMemoryLimit("lots"))
        }
    }
}
