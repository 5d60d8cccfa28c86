import FuzzEntryPoints

/// libFuzzer's entry: one input for the instrument target (FuzzEntryPoints.instrument).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    _ = FuzzEntryPoints.instrument(Array(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}
