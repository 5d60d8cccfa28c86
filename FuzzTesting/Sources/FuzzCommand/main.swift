import FuzzEntryPoints

/// libFuzzer's entry: one input for the command target (FuzzEntryPoints.command).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    _ = FuzzEntryPoints.command(Array(UnsafeRawBufferPointer(start: data, count: size)))
    return 0
}
