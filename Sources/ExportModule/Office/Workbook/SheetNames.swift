import Foundation
import RapportCore

/// Sheet names Excel accepts, made from the names wished for: at most 31 characters, none of `[ ] : * ? / \`, no
/// apostrophe at either end, not `History`, and distinct regardless of case.
enum SheetNames {
    /// The most characters (UTF-16 units) of a sheet name.
    static let limit = 31

    /// A valid, distinct name for each wished name, in order: forbidden characters become `-`, a long name keeps its
    /// start and its end around `…` (so `…-pairs` stays told apart), and a name already taken gets ` (2)`,
    /// ` (3)` ….
    static func names(_ wished: [String], language: Language = .en) -> [String] {
        var used: Set<String> = ["history"]
        return wished.map { name in
            var base = cleaned(name)
            if base.isEmpty { base = Words.workbookUnnamedSheet.text(language) }
            var candidate = shortened(base, to: limit)
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = shortened(base, to: limit - suffix.utf16.count) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    /// The name with forbidden and control characters replaced, blanks at the ends and end apostrophes dropped.
    private static func cleaned(_ name: String) -> String {
        let replaced = String(name.unicodeScalars.map { scalar -> Character in
            "[]:*?/\\".unicodeScalars.contains(scalar) || scalar.value < 0x20 || scalar.value == 0x7F
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "-" : Character(scalar)
        })
        return replaced.trimmingCharacters(in: .whitespaces)
            .trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            .trimmingCharacters(in: .whitespaces)
    }

    /// The name itself when it fits `limit` UTF-16 units, else its start and end joined by `…`.
    private static func shortened(_ name: String, to limit: Int) -> String {
        guard name.utf16.count > limit else { return name }
        let characters = Array(name)
        var head = (limit - 1) / 2 + (limit - 1) % 2, tail = (limit - 1) / 2
        func fits() -> Bool {
            (String(characters.prefix(head)) + String(characters.suffix(tail))).utf16.count + 1 <= limit
        }
        while !fits() && (head > 0 || tail > 0) {
            if head >= tail { head -= 1 } else { tail -= 1 }
        }
        let start = String(characters.prefix(head)).trimmingCharacters(in: CharacterSet(charactersIn: " -_"))
        let end = String(characters.suffix(tail)).trimmingCharacters(in: CharacterSet(charactersIn: " -_"))
        return start + "…" + end
    }
}
