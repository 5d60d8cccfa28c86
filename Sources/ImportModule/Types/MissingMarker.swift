/// Which field texts mean "no value": the empty field and a lone `-`.
enum MissingMarker {
    /// Whether the bytes mark a missing value.
    @inline(__always)
    static func isMissing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 0 || (bytes.count == 1 && bytes[0] == UInt8(ascii: "-"))
    }
}
