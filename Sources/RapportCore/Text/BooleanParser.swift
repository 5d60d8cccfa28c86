/// Reads yes/no values: `true`/`false` and `yes`/`no` in any letter case; `0` and `1` stay numbers.
public enum BooleanParser {
    /// The truth value the bytes spell, or nil.
    @inlinable
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch bytes.count {
        case 2: return matches(bytes, "no") ? false : nil
        case 3: return matches(bytes, "yes") ? true : nil
        case 4: return matches(bytes, "true") ? true : nil
        case 5: return matches(bytes, "false") ? false : nil
        default: return nil
        }
    }

    @inlinable
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let letters = word.utf8Start
        for index in 0..<bytes.count where bytes[index] | 0x20 != letters[index] { return false }
        return true
    }
}
