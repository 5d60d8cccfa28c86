/// Which rows of a column are missing, as a bit set; empty when no row is missing.
public struct MissingMask: Sendable, Equatable {
    private var words: [UInt64]
    private var missingCount: Int

    /// A mask with no missing rows.
    public init() {
        words = []
        missingCount = 0
    }

    /// A mask from one flag per row.
    public init(flags: [Bool]) {
        self.init()
        for (row, isMissing) in flags.enumerated() where isMissing { markMissing(row) }
    }

    /// Whether any row is missing.
    public var hasAny: Bool { missingCount > 0 }

    /// How many rows are missing.
    public var count: Int { missingCount }

    /// Whether the given row is missing.
    @inline(__always) public func isMissing(_ row: Int) -> Bool {
        let word = row >> 6
        guard word < words.count else { return false }
        return words[word] & (1 << UInt64(row & 63)) != 0
    }

    /// Marks a row as missing.
    public mutating func markMissing(_ row: Int) {
        let word = row >> 6
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        let bit: UInt64 = 1 << UInt64(row & 63)
        if words[word] & bit == 0 {
            words[word] |= bit
            missingCount += 1
        }
    }

    /// The mask for the given rows, in that order.
    public func gathering(_ rows: [Int]) -> MissingMask {
        guard hasAny else { return MissingMask() }
        var result = MissingMask()
        for (index, row) in rows.enumerated() where isMissing(row) { result.markMissing(index) }
        return result
    }

    /// This mask followed by another of a column with `count` rows.
    public func appending(_ other: MissingMask, after count: Int) -> MissingMask {
        guard other.hasAny else { return self }
        var result = self
        for word in 0..<other.words.count where other.words[word] != 0 {
            for bit in 0..<64 where other.words[word] & (1 << UInt64(bit)) != 0 {
                result.markMissing(count + word * 64 + bit)
            }
        }
        return result
    }

    /// Equal when the same rows are missing, however many trailing zero words either holds.
    public static func == (lhs: MissingMask, rhs: MissingMask) -> Bool {
        guard lhs.missingCount == rhs.missingCount else { return false }
        let length = max(lhs.words.count, rhs.words.count)
        for index in 0..<length {
            let left = index < lhs.words.count ? lhs.words[index] : 0
            let right = index < rhs.words.count ? rhs.words[index] : 0
            if left != right { return false }
        }
        return true
    }
}
