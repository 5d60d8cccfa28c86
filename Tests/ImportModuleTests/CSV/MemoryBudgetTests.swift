import XCTest
import RapportCore
@testable import ImportModule

/// The up-front refusal of files too large for memory; sizes worked out by hand.
final class MemoryBudgetTests: XCTestCase {
    func testRefusesWhatWouldNeedMoreThanTheMemoryAndNamesTheSizes() {
        // 100 MiB × 3 = 300 MiB needed; 299 MiB is too little, 300 MiB is enough.
        let size = 100 << 20
        XCTAssertNoThrow(try MemoryBudget.check(size: size, file: "big.csv", physicalMemory: 300 << 20))
        XCTAssertThrowsError(try MemoryBudget.check(size: size, file: "big.csv", physicalMemory: 299 << 20)) {
            XCTAssertEqual(($0 as? RapportError)?.message,
                           Words.fileTooLarge("big.csv", size: size, needed: 300 << 20, available: 299 << 20))
            XCTAssertEqual(($0 as? RapportError)?.message.en,
                           "big.csv is 100 MB; importing it would need about 300 MB of memory, this machine has 299 MB")
        }
        XCTAssertThrowsError(try MemoryBudget.check(size: Int.max / 2, file: "huge.csv", physicalMemory: .max))
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
            XCTAssertEqual(($0 as? RapportError)?.message, Words.fileTooLarge(path, size: 12, needed: 36, available: 35))
        }
        setenv(MemoryBudget.limitVariable, "36", 1)
        XCTAssertEqual(try CSVReader.read(file: path).rowCount, 2)
    }
}
