import Foundation
import XCTest
@testable import RapportCore

/// LinearRegex against Python's `re`: the spans of the match and of every group, for search and for a whole match,
/// on the hand-picked and random cases of scripts/make_regex_reference.py (RegexReference.swift).
final class RegexReferenceTests: XCTestCase {
    /// One case of the reference: a pattern, a text, and Python's spans (nil without a match).
    private struct ReferenceCase: Decodable {
        let pattern: String
        let text: String
        let search: [[Int]]?
        let whole: [[Int]]?
    }

    /// The cases of the generated file.
    private func referenceCases() throws -> [ReferenceCase] {
        struct Document: Decodable { let cases: [ReferenceCase] }
        return try JSONDecoder().decode(Document.self, from: Data(regexReferenceJSON.utf8)).cases
    }

    /// The scalar-offset spans of a match and its groups, (-1, -1) for a group that took no part.
    private func spans(_ match: LinearRegex.Match?, in text: String) -> [[Int]]? {
        guard let match else { return nil }
        let scalars = text.unicodeScalars
        func offsets(_ range: Range<String.Index>?) -> [Int] {
            guard let range else { return [-1, -1] }
            return [scalars.distance(from: scalars.startIndex, to: range.lowerBound),
                    scalars.distance(from: scalars.startIndex, to: range.upperBound)]
        }
        return [offsets(match.range)] + match.groupRanges.map(offsets)
    }

    func testSpansAgreeWithPython() throws {
        let cases = try referenceCases()
        XCTAssertGreaterThan(cases.count, 2000)
        var disagreements: [String] = []
        for reference in cases {
            let regex: LinearRegex
            do {
                regex = try LinearRegex(reference.pattern)
            } catch {
                disagreements.append("\(reference.pattern.debugDescription): refused")
                continue
            }
            let search = spans(regex.firstMatch(in: reference.text), in: reference.text)
            let whole = spans(regex.wholeMatch(in: reference.text), in: reference.text)
            if search != reference.search || whole != reference.whole {
                let found = "search \(String(describing: search)), whole \(String(describing: whole))"
                let expected = "search \(String(describing: reference.search)), "
                    + "whole \(String(describing: reference.whole))"
                disagreements.append("\(reference.pattern.debugDescription) on \(reference.text.debugDescription): "
                                     + "\(found); Python: \(expected)")
            }
            XCTAssertEqual(regex.matches(reference.text), reference.search != nil, reference.pattern)
        }
        XCTAssertEqual(disagreements.count, 0, disagreements.prefix(30).joined(separator: "\n"))
    }
}
