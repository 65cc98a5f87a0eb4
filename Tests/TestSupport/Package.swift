import Foundation

/// Where the tests find the package's files and the programs it builds.
public enum Package {
    /// The package's root folder.
    public static let root: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The bundled example plan.
    public static let example = root + "/Examples/mahasarakham3-fy2561"

    /// The folder the build put the test bundle in, where the package's executables are too (as
    /// swift-argument-parser's tests find theirs): whatever the build folder or configuration.
    public static let productsDirectory: String = {
        #if os(macOS)
            if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
                return (bundle.bundlePath as NSString).deletingLastPathComponent
            }
        #endif
        let me =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return (me as NSString).deletingLastPathComponent
    }()

    /// The built `phaen`, beside the tests.
    public static var phaen: String { productsDirectory + "/phaen" }
}
