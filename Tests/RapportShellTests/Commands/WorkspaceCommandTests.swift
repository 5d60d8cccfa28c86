import RapportCore
import XCTest
@testable import RapportShell

/// The summary lines of `workspace`: singular and plural in English and German.
final class WorkspaceCommandTests: XCTestCase {
    func testOneOfEachIsSingularInBothLanguages() {
        // 1,572,864 bytes = 1.5 × 1,048,576
        let contents = Words.workspaceContents(datasets: 1, rows: 1, bytes: 1_572_864)
        XCTAssertEqual(contents.text(.en), "1 dataset, 1 row, 1.5 MiB on disk")
        XCTAssertEqual(contents.text(.de), "1 Datensatz, 1 Zeile, 1,5 MiB auf der Platte")
        let history = Words.workspaceHistory(logged: 1, undoable: 1)
        XCTAssertEqual(history.text(.en), "1 command in the session log, 1 can be undone")
        XCTAssertEqual(history.text(.de), "1 Befehl im Sitzungsprotokoll, 1 lässt sich zurücknehmen")
    }

    func testSeveralArePlural() {
        let contents = Words.workspaceContents(datasets: 2, rows: 0, bytes: 0)
        XCTAssertEqual(contents.text(.en), "2 datasets, 0 rows, 0 bytes on disk")
        XCTAssertEqual(contents.text(.de), "2 Datensätze, 0 Zeilen, 0 Byte auf der Platte")
        let history = Words.workspaceHistory(logged: 19, undoable: 3)
        XCTAssertEqual(history.text(.en), "19 commands in the session log, 3 can be undone")
        XCTAssertEqual(history.text(.de), "19 Befehle im Sitzungsprotokoll, 3 lassen sich zurücknehmen")
    }
}
