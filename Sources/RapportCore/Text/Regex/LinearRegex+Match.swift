extension LinearRegex {
    /// Where a pattern matched in a text: the whole match and each capturing group.
    public struct Match: Sendable {
        /// The text that was searched; the ranges are its indices.
        public let text: Substring
        /// The range of the whole match.
        public let range: Range<String.Index>
        /// The ranges of groups 1, 2, …; nil for a group that took no part in the match.
        public let groupRanges: [Range<String.Index>?]

        /// A match from the VM's capture slots, scalar offsets into `text` (-1 where unset).
        init(text: Substring, slots: [Int]) {
            let offsets = Set(slots.filter { $0 >= 0 }).sorted()
            var indices: [Int: String.Index] = [:]
            var index = text.unicodeScalars.startIndex
            var offset = 0
            for target in offsets {
                index = text.unicodeScalars.index(index, offsetBy: target - offset)
                offset = target
                indices[target] = index
            }
            func range(_ group: Int) -> Range<String.Index>? {
                guard 2 * group + 1 < slots.count, let start = indices[slots[2 * group]],
                      let end = indices[slots[2 * group + 1]], start <= end else { return nil }
                return start..<end
            }
            self.text = text
            self.range = range(0) ?? text.startIndex..<text.startIndex
            self.groupRanges = (1..<max(1, slots.count / 2)).map(range)
        }

        /// The text of group `number` (0 for the whole match); nil for a group that took no part or does not exist.
        /// The text is cut at scalar boundaries, so a match inside a combined character is kept exactly.
        public subscript(number: Int) -> Substring? {
            let range = number == 0 ? range : (1...groupRanges.count).contains(number) ? groupRanges[number - 1] : nil
            guard let range else { return nil }
            return Substring(text.unicodeScalars[range])
        }
    }
}
