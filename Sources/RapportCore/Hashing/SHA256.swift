import CSHA256

/// The SHA-256 digest (FIPS 180-4) of bytes fed in pieces of any size.
///
/// Blocks are compressed by the processor's SHA extensions where it has them (CSHA256, about ten times as fast, so
/// that hashing an import in parallel costs it no time), else by the portable Swift rounds here.
public struct SHA256: Sendable {
    /// Whether this processor has the SHA extensions.
    static let hasHardware = rapport_sha256_has_hardware() == 1

    private var state: [UInt32] = [0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c,
                                   0x1f83_d9ab, 0x5be0_cd19]
    private var pending: [UInt8] = []
    private var length: UInt64 = 0
    private let usesHardware: Bool

    /// A digest of no bytes yet.
    public init() {
        self.init(hardware: SHA256.hasHardware)
    }

    /// A digest of no bytes yet that compresses with the SHA extensions or, without `hardware`, in Swift.
    init(hardware: Bool) {
        usesHardware = hardware && SHA256.hasHardware
        pending.reserveCapacity(64)
    }

    /// Adds bytes to what is digested.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var base = bytes.baseAddress, bytes.count > 0 else { return }
        var count = bytes.count
        length &+= UInt64(count)
        if !pending.isEmpty {
            let taken = min(64 - pending.count, count)
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: taken))
            base += taken
            count -= taken
            guard pending.count == 64 else { return }
            let block = pending
            block.withUnsafeBytes { bytes in
                if let start = bytes.baseAddress { compress(blocks: start, count: 1) }
            }
            pending.removeAll(keepingCapacity: true)
        }
        let whole = count / 64
        if whole > 0 { compress(blocks: base, count: whole) }
        let rest = count - whole * 64
        if rest > 0 { pending.append(contentsOf: UnsafeRawBufferPointer(start: base + whole * 64, count: rest)) }
    }

    /// Adds the bytes of an array to what is digested.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The digest of everything added, as 64 lower-case hex digits.
    public func hexDigest() -> String {
        var copy = self
        let bits = length &* 8
        var tail: [UInt8] = [0x80] + [UInt8](repeating: 0, count: (119 - pending.count) % 64)
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
        }
        copy.update(tail)
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for word in copy.state {
            for shift in stride(from: 28, through: 0, by: -4) {
                text.append(digits[Int((word >> UInt32(shift)) & 0xF)])
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The digest of bytes, as 64 lower-case hex digits.
    public static func hex(of bytes: [UInt8]) -> String {
        var digest = SHA256()
        digest.update(bytes)
        return digest.hexDigest()
    }

    /// Runs the compression function over `count` blocks of 64 bytes.
    private mutating func compress(blocks: UnsafeRawPointer, count: Int) {
        if usesHardware {
            state.withUnsafeMutableBufferPointer { words in
                guard let start = words.baseAddress else { return }
                rapport_sha256_blocks(start, blocks.assumingMemoryBound(to: UInt8.self), count)
            }
        } else {
            state.withUnsafeMutableBufferPointer { SHA256.compressInSwift($0, blocks: blocks, count: count) }
        }
    }

    /// The compression function in Swift: the message schedule, then the 64 rounds eight at a time, each round
    /// naming the working variables in the order the previous one left them, so none is moved.
    private static func compressInSwift(_ words: UnsafeMutableBufferPointer<UInt32>, blocks: UnsafeRawPointer,
                                        count: Int) {
        var (h0, h1, h2, h3, h4, h5, h6, h7) = (words[0], words[1], words[2], words[3], words[4], words[5], words[6],
                                                words[7])
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            roundConstants.withUnsafeBufferPointer { constants in
                for block in 0..<count {
                    let start = blocks + block * 64
                    for index in 0..<16 {
                        let word = start.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)
                        schedule[index] = UInt32(bigEndian: word)
                    }
                    for index in 16..<64 {
                        let early = schedule[index - 15], late = schedule[index - 2]
                        let s0 = early.rotatedRight(7) ^ early.rotatedRight(18) ^ (early >> 3)
                        let s1 = late.rotatedRight(17) ^ late.rotatedRight(19) ^ (late >> 10)
                        schedule[index] = schedule[index - 16] &+ s0 &+ schedule[index - 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
                    for index in stride(from: 0, to: 64, by: 8) {
                        round(a, b, c, &d, e, f, g, &h, constants[index] &+ schedule[index])
                        round(h, a, b, &c, d, e, f, &g, constants[index + 1] &+ schedule[index + 1])
                        round(g, h, a, &b, c, d, e, &f, constants[index + 2] &+ schedule[index + 2])
                        round(f, g, h, &a, b, c, d, &e, constants[index + 3] &+ schedule[index + 3])
                        round(e, f, g, &h, a, b, c, &d, constants[index + 4] &+ schedule[index + 4])
                        round(d, e, f, &g, h, a, b, &c, constants[index + 5] &+ schedule[index + 5])
                        round(c, d, e, &f, g, h, a, &b, constants[index + 6] &+ schedule[index + 6])
                        round(b, c, d, &e, f, g, h, &a, constants[index + 7] &+ schedule[index + 7])
                    }
                    h0 &+= a
                    h1 &+= b
                    h2 &+= c
                    h3 &+= d
                    h4 &+= e
                    h5 &+= f
                    h6 &+= g
                    h7 &+= h
                }
            }
        }
        (words[0], words[1], words[2], words[3]) = (h0, h1, h2, h3)
        (words[4], words[5], words[6], words[7]) = (h4, h5, h6, h7)
    }

    /// One round: adds to `d` and makes `h` the new `a`, given the round constant plus the schedule word.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
                              _ g: UInt32, _ h: inout UInt32, _ constantAndWord: UInt32) {
        let choice = g ^ (e & (f ^ g))
        let first = h &+ (e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)) &+ choice &+ constantAndWord
        let majority = (a & b) | (c & (a | b))
        d = d &+ first
        h = first &+ (a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)) &+ majority
    }

    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}

extension UInt32 {
    /// The bits rotated right by `count` (0 < count < 32).
    @inline(__always)
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
        (self >> count) | (self << (32 - count))
    }
}
