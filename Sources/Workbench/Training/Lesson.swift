import Foundation
import PlanData
import PlanModel

/// A lesson file: a transcript whose statements are either setup steps, run for the trainee as they are shown,
/// or exercises, which the trainee answers. An exercise is a statement with `-- task:` comment lines before it
/// (and optionally `-- hint:` and `-- why:`); that statement is the model answer and its `-->` lines its output
/// on the lesson's plan. Plain `-- ` lines after a marker continue it; before any marker they are prose.
struct Lesson {
    /// One statement of the lesson with the comments before it.
    struct Step {
        /// The comment lines before the statement that belong to no marker, shown as written.
        var prose: [String] = []
        /// The task text, several lines allowed; empty for a setup step.
        var task: [String] = []
        var hint: [String] = []
        var why: [String] = []
        /// The statement's lines (the model answer of an exercise), without the comments.
        var statement: [String] = []
        /// The chunk's lines as written, comments included, so that errors name the lesson's own lines.
        var source: String = ""
        /// The 1-based line of the lesson on which `source` starts.
        var firstLine = 1
        /// The 1-based line of the task's first marker, or of the statement.
        var markerLine = 1

        var isExercise: Bool { !task.isEmpty }
        var statementText: String { statement.joined(separator: "\n") }
    }

    /// The markers, as written after `-- `.
    enum Marker: String, CaseIterable {
        case task = "task:"
        case hint = "hint:"
        case why = "why:"
    }

    var path: String
    /// The lesson's first comment line.
    var title: String
    var steps: [Step]

    /// The exercises' indices in `steps`, in order.
    var exercises: [Int] { steps.indices.filter { steps[$0].isExercise } }

    init(path: String, text: String) {
        self.path = path
        var steps: [Step] = []
        for chunk in Transcript(text: text).chunks {
            var step = Step(source: chunk.source.joined(separator: "\n"), firstLine: chunk.firstLine)
            var open: Marker?
            for (i, line) in chunk.source.enumerated() {
                guard line.hasPrefix("--") else {
                    if !line.trimmingCharacters(in: .whitespaces).isEmpty { step.statement.append(line) }
                    continue
                }
                var comment = String(line.dropFirst(2))
                if comment.hasPrefix(" ") { comment.removeFirst() }
                if let marker = Marker.allCases.first(where: { comment.hasPrefix($0.rawValue) }) {
                    if open == nil && step.task.isEmpty { step.markerLine = chunk.firstLine + i }
                    open = marker
                    comment = String(comment.dropFirst(marker.rawValue.count)).trimmingCharacters(in: .whitespaces)
                }
                switch open {
                case nil: step.prose.append(comment)
                case .task: step.task.append(comment)
                case .hint: step.hint.append(comment)
                case .why: step.why.append(comment)
                }
            }
            if !step.isExercise, let first = chunk.source.firstIndex(where: { !$0.hasPrefix("--") && !$0.isEmpty }) {
                step.markerLine = chunk.firstLine + first
            }
            steps.append(step)
        }
        self.steps = steps
        let first = text.split(separator: "\n").first { $0.hasPrefix("-- ") }
        self.title = first.map { String($0.dropFirst(3)) } ?? (path as NSString).lastPathComponent
    }

    /// Reads the lesson at `path`.
    static func read(_ path: String) throws -> Lesson {
        guard let text = try TextFile.read(path) else {
            throw Diagnostic(
                file: path, message: "the lesson is not UTF-8 text", thai: "บทเรียนไม่ใช่ข้อความ UTF-8",
                notes: [Session.notUTF8Hint])
        }
        return Lesson(path: path, text: text.replacingOccurrences(of: "\r\n", with: "\n"))
    }
}
