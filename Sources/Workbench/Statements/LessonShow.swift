import Foundation
import PlanModel
import PlanQuery

/// `show`: In a lesson, shows the task's model answer; type it (or your own) to go on.
struct LessonShow: BareWordStatement {
    static let words = ["show"]
    static let help = HelpTopic(
        name: "show", syntax: "show",
        english: "In a lesson, shows the task's model answer; type it (or your own) to go on.",
        thai: "ในบทเรียน แสดงคำตอบตัวอย่างของงานนี้ พิมพ์ตามหรือแก้เองเพื่อไปต่อ", example: "show")

    /// A one-line pipeline broken after its `|` into lines of at most `width` characters where it can be, as
    /// the shell reads them back (a line ending in `|` goes on); a `|` inside a quoted text is never a break.
    static func lines(_ statement: String, width: Int) -> [String] {
        guard statement.count > width, !statement.contains("\n") else { return [statement] }
        var pieces: [String] = []
        for part in statement.components(separatedBy: " | ") {
            let open = pieces.last.map { $0.filter { $0 == "\"" }.count % 2 == 1 } ?? false
            if open { pieces[pieces.count - 1] += " | " + part } else { pieces.append(part) }
        }
        var lines: [String] = []
        for piece in pieces {
            if let last = lines.last, last.count + 3 + piece.count <= width {
                lines[lines.count - 1] = last + " | " + piece
            } else if lines.isEmpty {
                lines.append(piece)
            } else {
                lines[lines.count - 1] += " |"
                lines.append("  " + piece)
            }
        }
        return lines
    }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        let mode = try session.currentLesson()
        guard let task = mode.exercise else { throw LessonMode.noTask }
        let folder = (mode.lesson.path as NSString).deletingLastPathComponent
        let answer = Self.lines(session.asTyped(task.statementText, from: folder), width: 76)
        let head = session.say("The answer (type it to go on):", "คำตอบ (พิมพ์ตามเพื่อไปต่อ):")
        return .text(([head] + answer.map { "  " + $0 }).joined(separator: "\n"))
    }
}
