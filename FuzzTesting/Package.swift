// swift-tools-version:5.3
// The fuzz targets of rapport: one libFuzzer binary per reader of outside input, built with the fuzzer's flags by
// scripts/fuzz.sh (`make fuzz`). The targets' bodies live in the main package (FuzzEntryPoints), so the ordinary test
// suite replays the kept inputs (Corpus/, Regressions/) through the same code without the fuzzer.
import PackageDescription

let package = Package(
    name: "FuzzTesting",
    dependencies: [
        .package(name: "rapport", path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        fuzzTarget("FuzzCSV"),
        fuzzTarget("FuzzJSON"),
        fuzzTarget("FuzzDataset"),
        fuzzTarget("FuzzManifest"),
        fuzzTarget("FuzzXLSX", also: ["ZIPFoundation"]),
        fuzzTarget("FuzzCommand"),
        fuzzTarget("FuzzExpression"),
        fuzzTarget("FuzzInstrument"),
        fuzzTarget("FuzzAnswers"),
        fuzzTarget("FuzzPlugin"),
    ]
)

/// A fuzz target: a plain target whose main.swift defines `LLVMFuzzerTestOneInput` (an `.executableTarget` of a newer
/// tools version would rename the entry point and not link).
func fuzzTarget(_ name: String, also: [Target.Dependency] = []) -> Target {
    .target(name: name, dependencies: [.product(name: "FuzzEntryPoints", package: "rapport")] + also)
}
