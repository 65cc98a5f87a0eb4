import Foundation
import PlanModel
import PlanQuery

/// The lessons for new planning staff: transcripts in `Examples/tutorial/en` and `…/th` (or a trainer's own
/// folder), checked by the tests like every transcript, so the tutorial never drifts from the program.
enum Tutorial {
    /// Where the bundled example and lessons are: beside the executable, then `PHAEN_HOME`, then the source tree.
    static var home: String { PhaenHome.path }

    static func folder(_ language: Settings.Language) -> String { "\(home)/Examples/tutorial/\(language.rawValue)" }

    /// The lesson files of `folder`, in order of their names.
    static func lessons(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".phaen") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// A lesson's title: its first comment line.
    static func title(_ path: String) -> String {
        (try? Lesson.read(path).title) ?? (path as NSString).lastPathComponent
    }

    /// The list of lessons `tutorial` shows, each ticked (✓) when `done` holds it; `start` is the statement
    /// that starts lesson 1 (`tutorial 1`, `tutorial "our-lessons/" 1`).
    static func listing(
        _ files: [String], in folder: String, start: String, done: Set<String>,
        _ language: Settings.Language
    ) throws -> String {
        guard !files.isEmpty else {
            throw Diagnostic(message: "no lessons found in \(folder)", thai: "ไม่พบบทเรียนใน \(folder)")
        }
        let head =
            language == .th ? "บทเรียน (✓ ทำแล้ว; พิมพ์ \(start) เพื่อเริ่ม):" : "Lessons (✓ done; type \(start) to start):"
        let rows = files.enumerated().map { i, file in
            "  \(done.contains(LessonProgress.key(file)) ? "✓" : " ") \(i + 1). \(title(file))"
        }
        return ([head] + rows).joined(separator: "\n")
    }

    /// The file of lesson `n` (1-based) of `files`.
    static func lesson(_ n: Int, of files: [String]) throws -> String {
        guard n >= 1 && n <= files.count else {
            throw Diagnostic(
                message: "there are lessons 1 to \(files.count); no lesson \(n)",
                thai: "มีบทเรียน 1 ถึง \(files.count) ไม่มีบทที่ \(n)")
        }
        return files[n - 1]
    }
}
