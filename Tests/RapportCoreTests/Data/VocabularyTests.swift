import RapportCore
import XCTest

/// Dataset kinds and column roles: the words the workspace stores and which kinds each role belongs to.
final class VocabularyTests: XCTestCase {
    func testEveryRoleButRateBelongsToAKindThatImportsIt() {
        for role in ColumnRole.allCases where role != .rate {
            XCTAssertFalse(role.kinds.isEmpty, "\(role) belongs to no kind")
        }
        XCTAssertEqual(ColumnRole.rate.kinds, [], "rapport sets rate on what it computes, on any kind")
        XCTAssertEqual(ColumnRole.followers.kinds, [.posts, .accounts, .followers])
        XCTAssertEqual(ColumnRole.postID.kinds, [.posts, .interactions, .replies])
    }

    func testTheStoredWordsAreTheOnesUsersType() {
        XCTAssertEqual(ColumnRole(word: "Post_ID"), .postID)
        XCTAssertEqual(ColumnRole.interactionType.rawValue, "type")
        XCTAssertEqual("\(ColumnRole.engagedUsers)", "engaged_users", "a role in a message reads as typed")
        XCTAssertEqual(DatasetKind.surveyResponses.rawValue, "survey-responses")
        XCTAssertEqual(Set(ColumnRole.allCases.map(\.rawValue)).count, ColumnRole.allCases.count)
    }

    func testKindsWithoutRolesOfTheirOwnAcceptEveryMappedRoleOnce() {
        let every = DatasetKind.assignableRoles(for: .result)
        XCTAssertEqual(every, DatasetKind.assignableRoles(for: nil))
        XCTAssertEqual(Set(every), Set(ColumnRole.allCases).subtracting([.rate]))
        XCTAssertEqual(every.count, Set(every).count)
        XCTAssertEqual(Array(every.prefix(3)), [.postID, .account, .platform], "in the order of the kinds' lists")
        XCTAssertEqual(DatasetKind.assignableRoles(for: .interactions), [.person, .postID, .interactionType, .time])
    }

    func testEveryKindAndRoleSaysWhatItHoldsInBothLanguages() {
        for meaning in DatasetKind.allCases.map(\.meaning) + ColumnRole.allCases.map(\.meaning) {
            XCTAssertFalse(meaning.en.isEmpty)
            XCTAssertFalse(meaning.de.isEmpty)
        }
    }
}
