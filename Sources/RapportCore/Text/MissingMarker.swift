/// Which field texts mean "no value": the empty field and a lone `-`.
public enum MissingMarker {
    /// Whether the bytes mark a missing value.
    @inlinable
    public static func isMissing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 0 || (bytes.count == 1 && bytes[0] == UInt8(ascii: "-"))
    }
}
