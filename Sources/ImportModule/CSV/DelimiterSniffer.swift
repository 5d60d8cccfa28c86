/// Guesses the delimiter among `,` `;` tab `|` from how often each occurs outside quotes on the first lines.
enum DelimiterSniffer {
    /// The candidates, in order of preference when the evidence ties.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]
    /// How many lines are looked at.
    static let lineCount = 20

    /// The delimiter that occurs the same number of times on most sampled lines (more occurrences win
    /// ties); `,` when none occurs.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let lines = counts(bytes)
        guard !lines.isEmpty else { return candidates[0] }
        var best = candidates[0]
        var bestScore = (consistent: 0, perLine: 0)
        for (slot, candidate) in candidates.enumerated() {
            let header = lines[0][slot]
            guard header > 0 else { continue }
            let consistent = lines.filter { $0[slot] == header }.count
            if consistent > bestScore.consistent || (consistent == bestScore.consistent && header > bestScore.perLine) {
                best = candidate
                bestScore = (consistent, header)
            }
        }
        return best
    }

    /// Per line (a record, since quoted line breaks do not count), how often each candidate occurs outside quotes.
    private static func counts(_ bytes: UnsafeBufferPointer<UInt8>) -> [[Int]] {
        var lines: [[Int]] = []
        var current = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var lineHasText = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes && (byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")) {
                if lineHasText { lines.append(current) }
                if lines.count == lineCount { return lines }
                current = [Int](repeating: 0, count: candidates.count)
                lineHasText = false
                continue
            } else if !inQuotes, let slot = candidates.firstIndex(of: byte) {
                current[slot] += 1
            }
            lineHasText = true
        }
        if lineHasText { lines.append(current) }
        return lines
    }
}
