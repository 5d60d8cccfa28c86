import FuzzEntryPoints

/// libFuzzer's entry: one input for the csv target (FuzzEntryPoints.csv).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    _ = FuzzEntryPoints.csv(Array(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}
