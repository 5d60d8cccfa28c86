import Analytics
import Foundation
import RapportCore

extension FollowerSample {
    /// The roles read as counts.
    static let numberRoles: [ColumnRole] = [.followers, .following, .posts, .listed]
    /// The roles read as yes/no features.
    static let flagRoles: [ColumnRole] = [.hasPicture, .defaultPicture, .hasBio, .hasURL, .hasLocation]

    /// The sample a dataset's role columns make; an error names a role column of a type the audit cannot read.
    ///
    /// Yes/no roles take booleans, numbers (not 0 is yes) or text (a non-empty value is yes, as in
    /// the X export's `description`, `url` and `location`, where an empty one is missing); a mostly empty column
    /// that otherwise only says yes reads empty as no (`rolesReadingEmptyAsNo`).
    static func read(_ dataset: Dataset, asOf: Int64) throws -> FollowerSample {
        var numbers: [ColumnRole: [Double?]] = [:]
        for role in numberRoles {
            guard let column = dataset.column(role: role) else { continue }
            guard column.type.isNumeric else { throw typeError(column, role, Words.auditNeedsNumbers) }
            numbers[role] = (0..<column.count).map { column.data[$0].number }
        }
        var flags: [ColumnRole: [Bool?]] = [:]
        for role in flagRoles {
            guard let column = dataset.column(role: role) else { continue }
            let emptyIsNo = readsEmptyAsNo(column)
            flags[role] = try (0..<column.count).map { row in
                try flag(column.data[row], column, role) ?? (emptyIsNo ? false : nil)
            }
        }
        var created: [Int64?]?
        if let column = dataset.column(role: .created) {
            guard case .time = column.data else { throw typeError(column, .created, Words.auditNeedsTimes) }
            created = (0..<column.count).map { row in
                if case .time(let seconds) = column.data[row] { return seconds }
                return nil
            }
        }
        return FollowerSample(count: dataset.rowCount, numbers: numbers, flags: flags, created: created, asOf: asOf)
    }

    /// The yes/no roles whose empty cells `read` takes for no, in the order of `flagRoles`.
    static func rolesReadingEmptyAsNo(_ dataset: Dataset) -> [ColumnRole] {
        flagRoles.filter { role in dataset.column(role: role).map(readsEmptyAsNo) ?? false }
    }

    /// Whether a yes/no column's empty cells mean no: most of them are empty and the others only say yes (true or
    /// 1), as the X API leaves `default_profile_image` empty for false. Text columns read empty as no anyway.
    private static func readsEmptyAsNo(_ column: Column) -> Bool {
        guard column.type != .text else { return false }
        var empty = 0, yes = 0
        for row in 0..<column.count {
            switch column.data[row] {
            case .missing: empty += 1
            case .boolean(true), .integer(1), .decimal(1): yes += 1
            default: return false
            }
        }
        return yes > 0 && empty * 2 > column.count
    }

    /// One cell of a yes/no role.
    private static func flag(_ cell: Cell, _ column: Column, _ role: ColumnRole) throws -> Bool? {
        switch cell {
        case .boolean(let value): return value
        case .integer(let value): return value != 0
        case .decimal(let value): return value != 0
        case .text(let value): return !value.trimmingCharacters(in: .whitespaces).isEmpty
        case .missing: return column.type == .text ? false : nil
        case .time: throw typeError(column, role, Words.auditNeedsFlags)
        }
    }

    /// The error for a role column of the wrong type.
    private static func typeError(_ column: Column, _ role: ColumnRole, _ needs: Message) -> RapportError {
        RapportError(Words.auditRoleType(column.name, role: role, type: column.type.rawValue, needs: needs))
    }
}
