import PlanModel
import PlanQuery

/// `hint`: In a lesson, shows the task's hint.
struct LessonHint: BareWordStatement {
    static let words = ["hint"]
    static let help = HelpTopic(
        name: "hint", syntax: "hint", english: "In a lesson, shows the task's hint.", thai: "ในบทเรียน แสดงคำใบ้ของงานนี้",
        example: "hint")

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        let mode = try session.currentLesson()
        guard let task = mode.exercise else { throw LessonMode.noTask }
        guard !task.hint.isEmpty else {
            return .message("this task has no hint; `show` shows the answer", thai: "งานนี้ไม่มีคำใบ้ พิมพ์ `show` เพื่อดูคำตอบ")
        }
        return .text((session.say("Hint:", "คำใบ้:") + " " + task.hint.joined(separator: "\n")))
    }
}
