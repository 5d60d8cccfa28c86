import Foundation
import XCTest
import FuzzEntryPoints

/// Replays every kept fuzz input (the seed corpora and every input that ever crashed) through the fuzz targets' own
/// entry points, so the ordinary test run proves none of them crashes again; fuzzing itself stays out of it.
final class FuzzEntryPointsTests: XCTestCase {
    /// FuzzTesting/ at the top of the package.
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("FuzzTesting")

    /// The files of one target's folder under `kind` (Corpus or Regressions), none when the folder is missing.
    private func inputs(_ kind: String, _ target: String) throws -> [URL] {
        let folder = root.appendingPathComponent(kind).appendingPathComponent(target)
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
    }

    func testEveryKeptInputFolderBelongsToATargetAndEveryTargetHasSeeds() throws {
        for kind in ["Corpus", "Regressions"] {
            let folders = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(kind).path)
            for folder in folders where !folder.hasPrefix(".") {
                XCTAssertNotNil(FuzzEntryPoints.targets[folder], "\(kind)/\(folder) names no fuzz target")
            }
        }
        for target in FuzzEntryPoints.targets.keys.sorted() {
            XCTAssertFalse(try inputs("Corpus", target).isEmpty, "no seeds for \(target)")
        }
    }

    func testSeedsReplayWithoutCrashingAndSomeOfEachTargetAreAccepted() throws {
        for (target, run) in FuzzEntryPoints.targets.sorted(by: { $0.key < $1.key }) {
            let accepted = try inputs("Corpus", target).filter { run(Array(try Data(contentsOf: $0))) }
            XCTAssertFalse(accepted.isEmpty, "no seed of \(target) is read as valid input")
        }
    }

    func testEveryInputThatEverCrashedReplaysWithoutCrashing() throws {
        var replayed = 0
        for (target, run) in FuzzEntryPoints.targets.sorted(by: { $0.key < $1.key }) {
            for file in try inputs("Regressions", target) {
                _ = run(Array(try Data(contentsOf: file)))
                replayed += 1
            }
        }
        XCTAssertGreaterThan(replayed, 0, "the regression inputs were found")
    }

    func testTheFirstTwoBytesOfACSVInputChooseTheOptions() {
        let rows = Array("a;b\n1,5;2\n".utf8)
        XCTAssertTrue(FuzzEntryPoints.csv([0, 0] + rows), "everything detected")
        XCTAssertFalse(FuzzEntryPoints.csv([0, 0]), "an empty file is refused")
        let invalid: [UInt8] = Array("a,b\n".utf8) + [0xFF, 0xFE, 0x2C, 0x31, 0x0A]
        XCTAssertTrue(FuzzEntryPoints.csv([0, 0] + invalid), "detected as Windows-1252")
        XCTAssertFalse(FuzzEntryPoints.csv([0, 1] + invalid), "the second byte forced UTF-8, which the bytes are not")
    }

    func testAnAnswersInputMayBringItsOwnInstrument() {
        let instrument = """
        {
          "id": "seven", "title": {"en": "Seven", "de": "Sieben"}, "type": "likert", "points": 7,
          "scales": [{"id": "s", "text": {"en": "S", "de": "S"}}],
          "items": [{"id": "i", "text": {"en": "I", "de": "I"}, "scale": "s"}]
        }
        """
        XCTAssertTrue(FuzzEntryPoints.answers(Array((instrument + "\n7\n").utf8)))
        let sixPoints = instrument.replacingOccurrences(of: "\"points\": 7", with: "\"points\": 6")
        XCTAssertFalse(FuzzEntryPoints.answers(Array((sixPoints + "\n6\n").utf8)), "a Likert instrument of 6 points is refused")
    }
}
