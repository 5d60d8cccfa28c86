// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "rapport",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
        // For the fuzz targets in FuzzTesting/, a package of its own that builds with the fuzzer's flags.
        .library(name: "FuzzEntryPoints", targets: ["FuzzEntryPoints"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "CSystem"),
        .target(name: "CSHA256"),
        .target(name: "RapportCore", dependencies: ["CSystem", "CSHA256"]),
        .target(name: "RapportShell", dependencies: ["RapportCore", "CEditLine", "CSystem"]),
        .target(name: "ImportModule", dependencies: ["RapportCore", "ZIPFoundation"]),
        .target(name: "ExploreModule", dependencies: ["RapportCore", "Analytics"]),
        .target(name: "Analytics", dependencies: ["RapportCore"]),
        .target(name: "ScoreModule", dependencies: ["RapportCore", "Analytics"]),
        .target(name: "CompareModule", dependencies: ["RapportCore", "Analytics"]),
        .target(name: "SurveyModule", dependencies: ["RapportCore", "Analytics"]),
        .target(name: "ExportModule", dependencies: ["RapportCore", "Analytics", "ZIPFoundation", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(name: "WorkshopModule", dependencies: ["RapportCore"]),
        .target(name: "PluginHost", dependencies: ["RapportCore", "CSystem"]),
        .target(name: "RapportTestSupport", dependencies: ["RapportCore"], path: "Sources/RapportTestSupport"),
        .target(
            name: "RapportModules",
            dependencies: [
                "RapportCore", "RapportShell", "ImportModule", "ExploreModule", "ScoreModule", "CompareModule",
                "SurveyModule", "ExportModule", "WorkshopModule", "PluginHost",
            ]
        ),
        .target(
            name: "FuzzEntryPoints",
            dependencies: ["RapportModules", "RapportCore", "ImportModule", "SurveyModule", "PluginHost"]
        ),
        .executableTarget(
            name: "rapport",
            dependencies: [
                "RapportCore", "RapportShell", "ImportModule", "RapportModules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RapportCoreTests", dependencies: ["RapportCore"], exclude: ["Time/Fixtures"]),
        .testTarget(name: "RapportShellTests", dependencies: ["RapportShell", "RapportCore"]),
        .testTarget(name: "ImportModuleTests", dependencies: ["ImportModule", "RapportCore", "RapportTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ExploreModuleTests", dependencies: ["ExploreModule", "ImportModule", "RapportCore", "RapportTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "AnalyticsTests", dependencies: ["Analytics", "RapportCore"], exclude: ["Fixtures"]),
        .testTarget(name: "ScoreModuleTests", dependencies: ["ScoreModule", "Analytics", "ImportModule", "RapportCore", "RapportTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CompareModuleTests", dependencies: ["CompareModule", "Analytics", "ImportModule", "RapportCore", "RapportTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SurveyModuleTests", dependencies: ["SurveyModule", "Analytics", "ImportModule", "RapportCore", "RapportTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ExportModuleTests", dependencies: ["ExportModule", "ScoreModule", "CompareModule", "Analytics", "ImportModule", "RapportCore", "RapportTestSupport"], exclude: ["Export/Fixtures", "Office/Fixtures"]),
        .testTarget(name: "PluginHostTests", dependencies: ["PluginHost", "RapportCore", "RapportTestSupport"]),
        .testTarget(name: "FuzzEntryPointsTests", dependencies: ["FuzzEntryPoints"]),
        .testTarget(name: "EndToEndTests", dependencies: ["rapport", "RapportModules", "RapportTestSupport"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v5]
)
