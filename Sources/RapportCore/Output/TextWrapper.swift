/// Breaks lines wider than the terminal at blanks, so a sentence never splits inside a word.
public struct TextWrapper {
    /// The display width every line should fit.
    public let width: Int

    /// A wrapper for lines of at most `width` terminal columns.
    public init(width: Int) {
        self.width = width
    }

    /// The text with each line wider than `width` broken at the last blank that fits. Continuation lines are indented
    /// under the line's text: after a bullet (`· `, `- `), under the description of a `--flag   description` line, else
    /// as the line itself. A line holding escape codes, or without a blank to break at, stays as it is.
    public func wrap(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(Array($0)) }
            .joined(separator: "\n")
    }

    private func wrapLine(_ line: [Character]) -> String {
        guard !line.contains("\u{1B}") else { return String(line) }
        let indent = Array(repeating: Character(" "), count: hangingIndent(line))
        var pieces: [String] = []
        var rest = line
        while columns(rest) > width, let cut = lastBlank(in: rest, after: indent.count) {
            var piece = rest[..<cut]
            while piece.last == " " { piece.removeLast() }
            pieces.append(String(piece))
            rest = indent + rest[cut...].drop { $0 == " " }
        }
        pieces.append(String(rest))
        return pieces.joined(separator: "\n")
    }

    /// The column continuation lines start at.
    private func hangingIndent(_ line: [Character]) -> Int {
        let leading = line.prefix { $0 == " " }.count
        let text = line.dropFirst(leading)
        if text.starts(with: ["·", " "]) || text.starts(with: ["-", " "]) { return leading + 2 }
        var index = leading
        while index + 2 < line.count {
            if line[index] == " ", line[index + 1] == " " {
                var start = index
                while start < line.count, line[start] == " " { start += 1 }
                return start < width / 2 ? start : leading
            }
            index += 1
        }
        return leading
    }

    /// The index of the last blank after the indentation whose text before it fits `width`.
    private func lastBlank(in line: [Character], after indentation: Int) -> Int? {
        var used = 0
        var found: Int?
        for (index, character) in line.enumerated() {
            if character == " ", index > indentation { found = index }
            used += TableRenderer.width(of: character)
            if used > width { break }
        }
        return found
    }

    private func columns(_ line: [Character]) -> Int {
        line.reduce(0) { $0 + TableRenderer.width(of: $1) }
    }
}
