import XCTest
@testable import RapportCore

/// LinearRegex does work proportional to the text: patterns that make backtracking engines take exponential time
/// stay, on a 100 kB cell, within the VM's bound of two steps per program state and position of the text.
final class RegexLinearTimeTests: XCTestCase {
    /// The steps of a search for `pattern` in `text` and the linear bound, after checking it finds a match exactly
    /// when `expected`.
    private func steps(_ pattern: String, _ text: String, matches expected: Bool, keepingGroups: Bool = true,
                       file: StaticString = #filePath, line: UInt = #line) throws -> (steps: Int, bound: Int) {
        let regex = try LinearRegex(pattern)
        let scalars = Array(text.unicodeScalars)
        let result = regex.search(scalars, slotCount: keepingGroups ? regex.program.slotCount : 0,
                                  anchoredAtStart: false, anchoredAtEnd: false)
        XCTAssertEqual(result.slots != nil, expected, pattern, file: file, line: line)
        return (result.steps, 2 * regex.program.stateCount * (scalars.count + 1))
    }

    func testCatastrophicPatternsOnAHundredKilobyteCellStayWithinTheLinearBound() throws {
        let hostile: [(pattern: String, text: String, matches: Bool)] = [
            ("(a+)+$", String(repeating: "a", count: 100_000) + "!", false),
            ("(a|aa)*b", String(repeating: "a", count: 100_000), false),
            ("(x+x+)+y", String(repeating: "x", count: 100_000), false),
            ("^(\\w+\\s?)*$", String(repeating: "word ", count: 20_000) + "!", false),
        ]
        for (pattern, text, matches) in hostile {
            let measured = try steps(pattern, text, matches: matches)
            XCTAssertLessThanOrEqual(measured.steps, measured.bound, pattern)
        }
        // The yes/no search (`matches`) keeps no groups and has the same bound.
        let withoutGroups = try steps(hostile[0].pattern, hostile[0].text, matches: false, keepingGroups: false)
        XCTAssertLessThanOrEqual(withoutGroups.steps, withoutGroups.bound)
    }

    func testStepsGrowInProportionToTheText() throws {
        // Doubling the hostile text doubles the work (give or take the constant start), where a backtracking
        // engine's work would square or explode.
        let short = try steps("(x+x+)+y", String(repeating: "x", count: 20_000), matches: false).steps
        let long = try steps("(x+x+)+y", String(repeating: "x", count: 40_000), matches: false).steps
        XCTAssertEqual(Double(long) / Double(short), 2, accuracy: 0.01)
    }

    func testNestedRepetitionsOfEmptyMatchingGroupsStayWithinTheBound() throws {
        // Loop scopes add states per instruction; the bound counts them.
        let patterns: [(pattern: String, matches: Bool)] = [
            ("(a*)*(b*)*c", false), ("((a?)*(b?)*)*c", false), ("(.*a){12}", true), ("^(a?){30}a{30}$", false),
            ("((|a)+)+b", false),
        ]
        let text = String(repeating: "a", count: 10_000)
        for (pattern, matches) in patterns {
            let measured = try steps(pattern, text, matches: matches)
            XCTAssertLessThanOrEqual(measured.steps, measured.bound, pattern)
        }
    }
}
