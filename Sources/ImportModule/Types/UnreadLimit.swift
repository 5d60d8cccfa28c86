/// How many cells of a column of numbers, times or booleans may fail to read before the column is text instead:
/// at most 5 % of its cells that are neither empty nor a missing marker (so never a column of mostly text).
enum UnreadLimit {
    /// The largest share of a column's filled cells that may fail to read.
    static let share = 0.05

    /// Whether `unread` failing cells among `filled` keep the column typed.
    static func allows(_ unread: Int, of filled: Int) -> Bool {
        Double(unread) <= share * Double(filled)
    }

    /// Whether a part of the file read in parallel has already seen too many failing cells to stay typed: more
    /// than 5 % of its rows and 1,000 more, so that a few failing cells near the start do not decide it.
    static func exceeded(_ unread: Int, rows: Int) -> Bool {
        Double(unread) > share * Double(rows + 1_000)
    }
}
