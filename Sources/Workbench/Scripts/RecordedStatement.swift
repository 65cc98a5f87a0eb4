import Foundation

/// A statement that succeeded, kept for `save session`: its text as typed, and the relative file paths it
/// names with the absolute paths they meant, so the saved script finds the same files from its own folder.
struct RecordedStatement {
    var text: String
    /// Each relative path as written in `text`, with the absolute path it resolved to when it ran.
    var paths: [(written: String, resolved: String)]

    /// Records a statement (whose source is `text`) with the paths its effects name, resolving the relative ones
    /// with `resolve`.
    init(text: String, effects: [Effect], resolve: (String) -> String) {
        self.text = text
        self.paths = effects.map(\.path).compactMap { path in
            let expanded = (path as NSString).expandingTildeInPath
            return expanded.hasPrefix("/") ? nil : (path, resolve(path))
        }
    }

    /// The text to write in a script saved in `folder`: every relative path rewritten to reach the same file
    /// from there (relative when the two share a folder below the root, absolute otherwise).
    func text(savedIn folder: String) -> String {
        var result = text
        for (written, resolved) in paths {
            let shown = Self.relativePath(to: resolved, from: (folder as NSString).standardizingPath)
            if let r = result.range(of: Self.literal(written)) {
                result.replaceSubrange(r, with: Self.literal(shown))
            }
        }
        return result
    }

    /// `path` as reached from `folder` (`../data/x.csv`), or `path` itself when they share only the root.
    static func relativePath(to path: String, from folder: String) -> String {
        let target = (path as NSString).pathComponents
        let base = (folder as NSString).pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        guard common > 1 else { return path }
        let up = Array(repeating: "..", count: base.count - common)
        let parts = up + target[common...]
        return parts.isEmpty ? "." : NSString.path(withComponents: parts)
    }

    /// A path as a string literal of the language.
    static func literal(_ path: String) -> String {
        "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
