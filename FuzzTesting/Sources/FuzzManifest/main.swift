import FuzzEntryPoints

/// libFuzzer's entry: one input for the manifest target (FuzzEntryPoints.manifest).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    _ = FuzzEntryPoints.manifest(Array(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}
