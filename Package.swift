// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Phaen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "phaen", targets: ["phaen"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The zip container of Excel workbooks (`load xlsx`).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // C edge: libedit's histedit.h with shims for its variadic calls.
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // C edge: libxlsxwriter, for reports and results written as Excel workbooks.
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        // Terminal display width of text (Thai marks take no column) and grapheme helpers.
        .target(name: "TextWidth"),
        // Entities, exact money, the fiscal calendar, columnar tables.
        .target(name: "PlanModel"),
        // C edge: the SHA-256 compression function with the x86 SHA extensions, chosen at run time.
        .target(name: "CSHA256"),
        // The bundle loader and writers, CSV, encodings.
        // glibc's malloc controls the loader uses (<malloc.h> is not in Swift's Glibc module).
        .target(name: "CMalloc"),
        .target(
            name: "PlanData",
            dependencies: [
                "PlanModel", "CSHA256", "CMalloc", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // The language: lexer, parser, AST, evaluator.
        .target(name: "PlanQuery", dependencies: ["PlanModel", "TextWidth"]),
        // Quarterly roll-forward, Monte Carlo, earned value.
        .target(name: "PlanSim", dependencies: ["PlanModel"]),
        // The libedit line editor and a plain reader for non-terminals.
        .target(name: "LineEditing", dependencies: ["CLibEdit", "TextWidth"]),
        // Session, statements, journal, scripts, rendering, help.
        .target(
            name: "Workbench",
            dependencies: ["PlanModel", "PlanData", "PlanQuery", "PlanSim", "TextWidth", "CXLSXWriter"]),
        .executableTarget(
            name: "phaen",
            dependencies: [
                "Workbench", "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Interactive latency on a loaded plan, for Scripts/bench.
        .executableTarget(name: "phaen-bench", dependencies: ["Workbench"], path: "Benchmarks/phaen-bench"),
        // Shared by the tests: running a program (the built phaen, sqlite3) and reading what it printed.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TextWidthTests", dependencies: ["TextWidth"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
        .testTarget(name: "PlanDataTests", dependencies: ["PlanData", "TestSupport"]),
        .testTarget(name: "PlanQueryTests", dependencies: ["PlanQuery", "PlanData", "TestSupport"]),
        .testTarget(name: "PlanSimTests", dependencies: ["PlanSim", "PlanData", "TestSupport"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: ["Workbench", "PlanData", "PlanQuery", "PlanSim", "TextWidth", "TestSupport"]),
        .testTarget(name: "PhaenEndToEndTests", dependencies: ["Workbench", "TestSupport"]),
    ]
)
