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
        // C edge: libthai's dictionary word breaker, for wrapping Thai text between words.
        .systemLibrary(name: "CLibThai", pkgConfig: "libthai", providers: [.apt(["libthai-dev"])]),
        // Wrapping text to a width in display columns: English at spaces, Thai between words.
        .target(name: "LineBreaking", dependencies: ["CLibThai", "TextWidth"]),
        // Entities, exact money, the fiscal calendar, columnar tables.
        .target(name: "PlanModel"),
        // C edge: the SHA-256 compression function with the x86 SHA extensions, chosen at run time.
        .target(name: "CSHA256"),
        // The bundle loader and writers, CSV, encodings.
        // glibc's malloc controls the loader uses (<malloc.h> is not in Swift's Glibc module).
        .target(name: "CMalloc"),
        // POSIX calls retried and checked one way: whole writes and reads through EINTR, errno kept.
        .target(name: "SystemCalls"),
        .target(
            name: "PlanData",
            dependencies: [
                "PlanModel", "CSHA256", "CMalloc", "SystemCalls",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
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
            dependencies: [
                "PlanModel", "PlanData", "PlanQuery", "PlanSim", "TextWidth", "LineBreaking", "CXLSXWriter",
                "SystemCalls",
            ]),
        .executableTarget(
            name: "phaen",
            dependencies: [
                "Workbench", "LineEditing", "TextWidth", "SystemCalls",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Interactive latency on a loaded plan, for Scripts/bench.
        .executableTarget(name: "phaen-bench", dependencies: ["Workbench"], path: "Benchmarks/phaen-bench"),
        // Shared by the tests: running a program (the built phaen, sqlite3) and reading what it printed.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TextWidthTests", dependencies: ["TextWidth"]),
        .testTarget(name: "LineBreakingTests", dependencies: ["LineBreaking", "CLibThai"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
        .testTarget(name: "PlanDataTests", dependencies: ["PlanData", "TestSupport"]),
        .testTarget(name: "PlanQueryTests", dependencies: ["PlanQuery", "PlanData", "TestSupport"]),
        .testTarget(name: "PlanSimTests", dependencies: ["PlanSim", "PlanData", "TestSupport"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: ["Workbench", "PlanData", "PlanQuery", "PlanSim", "TextWidth", "TestSupport"]),
        .testTarget(
            name: "PhaenEndToEndTests",
            dependencies: ["Workbench", "TestSupport", "TextWidth", "LineBreaking", "CLibThai"]),
    ]
)

// Fuzz targets (Fuzz/), built only when asked: `Scripts/fuzz` sets PHAEN_FUZZ and builds them with
// `-sanitize=fuzzer,address`; each hands its test of one input to libFuzzer's driver (FuzzDriver).
if Context.environment["PHAEN_FUZZ"] != nil {
    package.targets += [
        .target(name: "FuzzDriver", path: "Fuzz/driver"),
        .executableTarget(name: "fuzz-statements", dependencies: ["Workbench", "FuzzDriver"], path: "Fuzz/statements"),
        .executableTarget(
            name: "fuzz-table-loader", dependencies: ["PlanData", "FuzzDriver"], path: "Fuzz/table-loader"),
        .executableTarget(
            name: "fuzz-bundle-loader", dependencies: ["PlanData", "PlanModel", "FuzzDriver"],
            path: "Fuzz/bundle-loader"),
    ]
}
