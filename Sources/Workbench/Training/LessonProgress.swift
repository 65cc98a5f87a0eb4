import Foundation

/// Which lessons a user has done, one lesson a line in `$XDG_STATE_HOME/phaen/lessons-done` (else
/// `~/.local/state/phaen/lessons-done`), rewritten whole with `AtomicFile` when a lesson is done.
/// A bundled lesson is named by its file name, so a lesson done in Thai is done in English too; a trainer's
/// lesson by its full path.
enum LessonProgress {
    /// The progress file for `environment`.
    static func file(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let state =
            environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return state + "/phaen/lessons-done"
    }

    /// The name a lesson's progress is kept under.
    static func key(_ path: String) -> String {
        let full = (path as NSString).standardizingPath
        let bundled = (Tutorial.home as NSString).appendingPathComponent("Examples/tutorial")
        let folder = ((full as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        if (folder as NSString).standardizingPath == (bundled as NSString).standardizingPath {
            return "tutorial/" + (full as NSString).lastPathComponent
        }
        return full
    }

    /// The lessons done, as kept in `file` (none when there is none, or it is missing or unreadable).
    static func done(in file: String?) -> Set<String> {
        guard let file else { return [] }
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").map(String.init))
    }

    /// Records the lesson at `path` as done (nowhere when `file` is nil).
    static func markDone(_ path: String, in file: String?) throws {
        guard let file else { return }
        var done = self.done(in: file)
        guard done.insert(key(path)).inserted else { return }
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try AtomicFile.write(done.sorted().joined(separator: "\n") + "\n", to: file)
    }
}
