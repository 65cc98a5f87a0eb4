import Foundation

/// Where Phaen's own files are (`Examples/`: the example plan and the tutorial's lessons): beside the executable
/// when installed (`PREFIX/bin/phaen` finds `PREFIX/share/phaen`, as `Scripts/install` lays it out), else in
/// `PHAEN_HOME`, else in the source tree it was built from.
public enum PhaenHome {
    /// The folder holding `Examples/`.
    public static var path: String {
        if let installed { return installed }
        if let home = ProcessInfo.processInfo.environment["PHAEN_HOME"], !home.isEmpty { return home }
        return sourceTree
    }

    /// `PREFIX/share/phaen` of the running `PREFIX/bin/phaen`, when it holds the examples.
    static var installed: String? {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        let share = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/phaen").path
        return FileManager.default.fileExists(atPath: share + "/Examples") ? share : nil
    }

    /// The package's root, from where this file was compiled.
    static let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The commit this Phaen was built from: recorded by `Scripts/install` beside the examples, or asked of git
    /// in the source tree; nil when neither knows.
    public static var commit: String? {
        if let installed, let text = try? String(contentsOfFile: installed + "/commit", encoding: .utf8) {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", sourceTree, "rev-parse", "--short=12", "HEAD"]
        let output = Pipe()
        git.standardOutput = output
        git.standardError = FileHandle.nullDevice
        guard (try? git.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        git.waitUntilExit()
        let commit = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return git.terminationStatus == 0 && !commit.isEmpty ? commit : nil
    }

    /// `phaen --version`: the version and the commit.
    public static var versionLine: String { phaenVersion + (commit.map { " (commit \($0))" } ?? "") }
}
