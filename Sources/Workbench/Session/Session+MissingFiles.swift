import Foundation
import PlanModel
import PlanQuery

extension Session {
    /// Fails, saying what to do, when the file or folder a statement names (`path` as typed, `full` resolved)
    /// does not exist: the name closest to it in its folder, or which folder is missing. No hint in `--safe`
    /// mode, which must not tell what lies outside the allowed folders.
    func requireExisting(_ path: String, resolved full: String) throws {
        guard !FileManager.default.fileExists(atPath: full) else { return }
        throw Diagnostic(
            message: "cannot read \(path): no such file or folder",
            thai: "อ่านไฟล์ \(path) ไม่ได้ ไม่มีไฟล์หรือโฟลเดอร์นี้",
            notes: options.safe ? [] : missingPathHints(path, resolved: full))
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
           let at = parts.firstIndex(of: missing) {
            parts[at] = near
            let meant = parts.joined(separator: "/")
            return ["did you mean \"\(meant)\"? (หมายถึง \"\(meant)\" หรือไม่)"]
        }
        let base = runningScripts.isEmpty ? "the working folder" : "the script's folder"
        let thaiBase = runningScripts.isEmpty ? "โฟลเดอร์ที่ทำงานอยู่" : "โฟลเดอร์ของสคริปต์"
        let shown = shownPath((existing as NSString).appendingPathComponent(missing))
        return ["there is no file or folder \"\(shown)\"; a relative path starts from \(base)"
            + " (ไม่มีไฟล์หรือโฟลเดอร์ \"\(shown)\" พาธที่ไม่เต็มจะนับจาก\(thaiBase))"]
    }
}
