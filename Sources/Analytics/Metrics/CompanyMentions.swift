/// Whether a text names the company: any of its names, compared case-insensitively as whole words.
public struct CompanyMentions: Sendable {
    /// One name: its lower-cased UTF-8 bytes and whether its ends must meet a word boundary.
    private struct Name: Sendable {
        /// The lower-cased name as UTF-8.
        let bytes: [UInt8]
        /// Whether it starts with a word scalar, so the text must not have one right before it.
        let boundaryBefore: Bool
        /// Whether it ends with a word scalar, so the text must not have one right after it.
        let boundaryAfter: Bool
    }

    /// The names to look for.
    private let names: [Name]

    /// A matcher for these names (empty names are dropped).
    public init(names: [String]) {
        self.names = names.map { $0.lowercased() }.filter { !$0.isEmpty }.map { name in
            Name(bytes: Array(name.utf8),
                 boundaryBefore: name.unicodeScalars.first.map(WordScalars.isWordPart) ?? false,
                 boundaryAfter: name.unicodeScalars.last.map(WordScalars.isWordPart) ?? false)
        }
    }

    /// Whether one of the names occurs in the text, not as part of a longer word ("Acme" in "#Acme" but not in "Acmetal").
    public func areNamed(in text: String) -> Bool {
        guard !names.isEmpty else { return false }
        var lowered = text.lowercased()
        return lowered.withUTF8 { bytes in names.contains { occurs($0, in: bytes) } }
    }

    /// Whether the name stands somewhere in the bytes with a word boundary on each side that needs one.
    private func occurs(_ name: Name, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = name.bytes.count
        guard length <= bytes.count, let first = name.bytes.first else { return false }
        var start = 0
        while start + length <= bytes.count {
            defer { start += 1 }
            guard bytes[start] == first else { continue }
            var offset = 1
            while offset < length && bytes[start + offset] == name.bytes[offset] { offset += 1 }
            guard offset == length else { continue }
            if name.boundaryBefore, start > 0, let before = Self.scalar(endingAt: start, in: bytes),
               WordScalars.isWordPart(before) { continue }
            if name.boundaryAfter, start + length < bytes.count, let after = Self.scalar(startingAt: start + length, in: bytes),
               WordScalars.isWordPart(after) { continue }
            return true
        }
        return false
    }

    /// The scalar whose UTF-8 bytes end just before `index`.
    private static func scalar(endingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var lead = index - 1
        while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return scalar(startingAt: lead, in: bytes)
    }

    /// The scalar whose UTF-8 bytes start at `index`.
    private static func scalar(startingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
