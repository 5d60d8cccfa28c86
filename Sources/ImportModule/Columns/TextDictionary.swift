import Foundation

/// Distinct strings keyed by their raw bytes, so repeated values cost no String allocation.
struct TextDictionary {
    /// The distinct strings, in order of first appearance; a code indexes this.
    private(set) var strings: [String] = []
    /// Whether a string was made of bytes that are not UTF-8 (read with U+FFFD in their place).
    private(set) var repaired = false
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var keyStarts: [Int] = [0]
    private var keyBytes: [UInt8] = []

    /// An empty dictionary.
    init() {
        slots = Array(repeating: -1, count: 64)
    }

    /// How many distinct strings it holds.
    var count: Int { strings.count }

    /// The code of the string the bytes spell, added when new.
    @inline(__always)
    mutating func code(for bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let code = Int(slots[slot])
            if code < 0 { break }
            if hashes[code] == hash && equals(code, bytes) { return UInt32(code) }
            slot = (slot + 1) & mask
        }
        let code = strings.count
        let string = String(decoding: bytes, as: UTF8.self)
        if string.utf8.count != bytes.count { repaired = true }
        strings.append(string)
        hashes.append(hash)
        keyBytes.append(contentsOf: bytes)
        keyStarts.append(keyBytes.count)
        slots[slot] = Int32(code)
        if strings.count * 2 > slots.count { grow() }
        return UInt32(code)
    }

    private func equals(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[code], length = keyStarts[code + 1] - start
        guard length == bytes.count else { return false }
        if length == 0 { return true }
        return keyBytes.withUnsafeBufferPointer { keys in
            guard let keyBase = keys.baseAddress, let base = bytes.baseAddress else { return false }
            return memcmp(keyBase + start, base, length) == 0
        }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for code in 0..<strings.count {
            var slot = Int(truncatingIfNeeded: hashes[code]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }

    /// FNV-1a over the bytes, mixed so the low bits spread.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ (hash >> 29)
    }
}
