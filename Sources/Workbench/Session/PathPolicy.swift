import Foundation
import PlanData
import PlanModel
import PlanQuery

/// Where the paths a statement names lead, and whether it may use them.
///
/// - A relative path resolves against the folder of the script running, else the working folder.
/// - `--safe` (a script from someone else): nothing is written, and nothing is read outside the folders given
///   with `--allow`. Reads are judged on real paths, every symlink resolved: the typed path before anything
///   happens, and each file a loader opens (every file of a bundle folder) once it is open, so a symlink in an
///   allowed folder that leads outside it is refused.
/// - A missing file or folder gets a hint (the closest name in its folder, or which folder is missing), except
///   under `--safe`, which must not tell what lies outside the allowed folders.
struct PathPolicy {
    /// Whether `--safe` is on.
    let safe: Bool
    /// The `--allow` folders as real paths, resolved once against the working folder.
    let allowed: [String]
    /// The working folder, then the folder of each script running inside the one before.
    private(set) var directories: [String]

    init(safe: Bool, allow: [String], directory: String) {
        self.safe = safe
        directories = [directory]
        allowed = allow.map { Self.realPath(Self.resolve($0, in: directory)) }
    }

    /// The folder relative paths resolve against now.
    var directory: String { directories.last! }

    /// Starts resolving relative paths against `folder` (a script starts running there).
    mutating func enter(_ folder: String) { directories.append(folder) }

    /// Goes back to the folder before the last `enter`.
    mutating func leave() { directories.removeLast() }

    /// Whether a script (not the user at the prompt) is running.
    var inScript: Bool { directories.count > 1 }

    /// A path as the user typed it, resolved against the current script's folder (or the working folder).
    func resolve(_ path: String) -> String { Self.resolve(path, in: directory) }

    /// `path` (`~` expanded) resolved against `directory`.
    static func resolve(_ path: String, in directory: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((directory as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }

    /// A path shown relative to the folder relative paths resolve against, as the user would have typed it.
    func shown(_ path: String) -> String {
        Self.displayPath(path, from: (directory as NSString).standardizingPath)
    }

    /// A path shown relative to `directory` when inside it.
    static func displayPath(_ path: String, from directory: String) -> String {
        let dir = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(dir) ? String(path.dropFirst(dir.count)) : path
    }

    // MARK: --safe

    /// Resolves a path to read, refusing it under `--safe` when its real path lies outside every allowed folder.
    func checkRead(_ path: String) throws(Diagnostic) -> String {
        let full = resolve(path)
        guard safe, !isAllowed(Self.realPath(full)) else { return full }
        throw Self.refusedRead(path, because: "outside the folders given with --allow", "อยู่นอกโฟลเดอร์ที่ระบุด้วย --allow")
    }

    /// The check loaders make on each file they open: under `--safe`, its real path must lie in an allowed folder.
    var readAccess: ReadAccess {
        guard safe else { return .anything }
        let policy = self
        return ReadAccess { path, real throws(Diagnostic) in
            guard !policy.isAllowed(real) else { return }
            throw Self.refusedRead(
                policy.shown(path), because: "a symlink that leads outside the folders given with --allow",
                "เป็นลิงก์ที่ชี้ออกนอกโฟลเดอร์ที่ระบุด้วย --allow")
        }
    }

    /// Refuses a statement that writes a file, under `--safe`.
    func checkWrite(_ what: String, thai: String) throws(Diagnostic) {
        if safe { throw Messages.refused("\(what) writes a file", "\(thai) เขียนไฟล์") }
    }

    /// Whether a real path lies in one of the allowed folders.
    func isAllowed(_ real: String) -> Bool {
        allowed.contains { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    private static func refusedRead(_ path: String, because reason: String, _ thai: String) -> Diagnostic {
        Messages.refused("reading \(path) (\(reason))", "อ่าน \(path) (\(thai))")
    }

    /// `path` with every symlink resolved; for a path that does not exist (yet), its longest existing start
    /// resolved and the rest appended.
    static func realPath(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let parent = (path as NSString).deletingLastPathComponent
        guard parent != path, !parent.isEmpty else { return path }
        return (realPath(parent) as NSString).appendingPathComponent((path as NSString).lastPathComponent)
    }

    // MARK: Missing files

    /// Fails, saying what to do, when the file or folder a statement names (`path` as typed, `full` resolved)
    /// does not exist.
    func requireExisting(_ path: String, resolved full: String) throws(Diagnostic) {
        guard !FileManager.default.fileExists(atPath: full) else { return }
        throw Diagnostic(
            message: "cannot read \(path): no such file or folder",
            thai: "อ่านไฟล์ \(path) ไม่ได้ ไม่มีไฟล์หรือโฟลเดอร์นี้",
            notes: safe ? [] : missingPathHints(path, resolved: full))
    }

    /// The first part of the path that does not exist: the closest name in its folder, or that it is missing.
    func missingPathHints(_ path: String, resolved full: String) -> [String] {
        var existing = (full as NSString).deletingLastPathComponent
        var missing = (full as NSString).lastPathComponent
        while !FileManager.default.fileExists(atPath: existing), existing != "/" {
            missing = (existing as NSString).lastPathComponent
            existing = (existing as NSString).deletingLastPathComponent
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: existing)) ?? []
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if let near = Suggestion.closest(to: missing, in: entries.filter { !$0.hasPrefix(".") }),
            let at = parts.firstIndex(of: missing)
        {
            parts[at] = near
            let meant = parts.joined(separator: "/")
            return ["did you mean \"\(meant)\"? (หมายถึง \"\(meant)\" หรือไม่)"]
        }
        let base = inScript ? "the script's folder" : "the working folder"
        let thaiBase = inScript ? "โฟลเดอร์ของสคริปต์" : "โฟลเดอร์ที่ทำงานอยู่"
        let shownMissing = shown((existing as NSString).appendingPathComponent(missing))
        return [
            "there is no file or folder \"\(shownMissing)\"; a relative path starts from \(base)"
                + " (ไม่มีไฟล์หรือโฟลเดอร์ \"\(shownMissing)\" พาธที่ไม่เต็มจะนับจาก\(thaiBase))"
        ]
    }
}
