import XCTest
import RapportCore
import RapportShell

/// The lines `workspace` prints about what the workspace holds, in both languages.
final class WorkspaceCommandTests: XCTestCase {
    func testContentsCountOneDatasetInTheSingular() {
        // 1 048 576 bytes / 1 048 576 = 1.0 MiB.
        let one = Words.workspaceContents(datasets: 1, rows: 3, bytes: 1_048_576)
        XCTAssertEqual(one.en, "1 dataset, 3 rows, 1.0 MiB on disk")
        XCTAssertEqual(one.de, "1 Datensatz, 3 Zeilen, 1,0 MiB auf der Platte")
    }

    func testContentsCountSeveralDatasetsInThePlural() {
        // 3 145 728 bytes / 1 048 576 = 3.0 MiB.
        let several = Words.workspaceContents(datasets: 2, rows: 10, bytes: 3_145_728)
        XCTAssertEqual(several.en, "2 datasets, 10 rows, 3.0 MiB on disk")
        XCTAssertEqual(several.de, "2 Datensätze, 10 Zeilen, 3,0 MiB auf der Platte")
    }
}
