import Foundation
import PlanModel

/// Saved sessions: the statements that succeeded, in order, under a header naming the version, the date and
/// the loaded bundle with its SHA-256, so a replay can warn when the data changed.
enum ScriptFile {
    static let bundlePrefix = "-- bundle: "

    /// Writes a script atomically (an interrupted save never leaves a half-written file).
    static func save(statements: [String], plan: Plan?, to path: String, now: Date = Date()) throws {
        var lines = ["-- Phaen \(phaenVersion) session, saved \(Journal.stamp(now))"]
        if let source = plan?.source {
            lines.append("\(bundlePrefix)\(source.path) sha256 \(source.sha256)")
        }
        lines.append("")
        lines += statements
        try AtomicFile.write(lines.joined(separator: "\n") + "\n", to: path)
    }

    /// The bundles a script's header names, with their SHA-256.
    static func recordedBundles(in text: String) -> [(path: String, sha256: String)] {
        text.split(separator: "\n").prefix(20).compactMap { line in
            guard line.hasPrefix(bundlePrefix) else { return nil }
            let rest = line.dropFirst(bundlePrefix.count)
            guard let r = rest.range(of: " sha256 ", options: .backwards) else { return nil }
            return (String(rest[..<r.lowerBound]), String(rest[r.upperBound...]))
        }
    }
}
