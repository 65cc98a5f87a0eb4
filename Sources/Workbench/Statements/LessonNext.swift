import PlanModel
import PlanQuery

/// `next`: In a lesson, goes on to the next lesson.
struct LessonNext: BareWordStatement {
    static let words = ["next"]
    static let help = HelpTopic(
        name: "next", syntax: "next", english: "In a lesson, goes on to the next lesson.",
        thai: "ในบทเรียน ไปบทเรียนถัดไป", example: "next")

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        let mode = try session.currentLesson()
        guard mode.number < mode.files.count else {
            throw Diagnostic(
                message: "this is the last lesson; `tutorial` lists them", thai: "นี่คือบทสุดท้าย พิมพ์ `tutorial` เพื่อดูรายการ")
        }
        try session.startLesson(mode.number + 1, of: mode.files, &workspace)
        return .nothing
    }
}
