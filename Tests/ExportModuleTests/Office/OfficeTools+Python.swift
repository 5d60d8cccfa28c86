import Foundation
import RapportTestSupport

extension OfficeTools {
    /// Runs a committed Python script of Office/Fixtures and returns what it printed, parsed as JSON (through the
    /// export tests' runner, whose scripts are in Export/Fixtures).
    static func python(_ script: String, _ arguments: [String], file: StaticString = #filePath,
                       line: UInt = #line) throws -> Any {
        try ExportSample.python("../../Office/Fixtures/" + script, arguments, file: file, line: line)
    }
}
