import FuzzEntryPoints

/// libFuzzer's entry: one input for the json target (FuzzEntryPoints.json).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    _ = FuzzEntryPoints.json(Array(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}
