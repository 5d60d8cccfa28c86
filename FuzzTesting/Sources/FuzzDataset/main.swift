import FuzzEntryPoints

/// libFuzzer's entry: one input for the dataset target (FuzzEntryPoints.dataset).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    _ = FuzzEntryPoints.dataset(Array(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}
