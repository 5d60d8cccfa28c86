import FuzzEntryPoints

/// libFuzzer's entry: one input for the expression target (FuzzEntryPoints.expression).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    _ = FuzzEntryPoints.expression(Array(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}
