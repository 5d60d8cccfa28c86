import Foundation
@testable import RapportCore

/// A fresh empty directory under the system's temporary folder for one test.
func makeTemporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "rapport-store-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// A small dataset of every column type, for store tests.
func sampleDataset(_ name: String, rows: Int = 3) -> Dataset {
    Dataset(name: name, columns: [
        Column(name: "likes", role: .likes, data: .integer((0..<rows).map { Int64($0 * 10) }, MissingMask())),
        Column(name: "who", data: .from(cells: (0..<rows).map { $0 == 0 ? .missing : .text("acct\($0 % 2)") }, as: .text)),
    ], kind: .posts)
}

/// The bytes of a file, or nil.
func fileBytes(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { Array($0) }
}
