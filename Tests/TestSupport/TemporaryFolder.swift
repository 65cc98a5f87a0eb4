import Foundation

/// New empty folders for a test's files, each its own.
public enum TemporaryFolder {
    /// A new empty folder in the system's temporary folder, its name starting `phaen-PURPOSE-`.
    public static func make(_ purpose: String) throws -> String {
        let path = NSTemporaryDirectory() + "phaen-\(purpose)-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
