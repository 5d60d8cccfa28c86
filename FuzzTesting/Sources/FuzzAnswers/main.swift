import FuzzEntryPoints

/// libFuzzer's entry: one input for the answers target (FuzzEntryPoints.answers).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    _ = FuzzEntryPoints.answers(Array(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}
