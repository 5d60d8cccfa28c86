import FuzzEntryPoints

/// libFuzzer's entry: one input for the plugin target (FuzzEntryPoints.plugin).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    _ = FuzzEntryPoints.plugin(Array(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}
