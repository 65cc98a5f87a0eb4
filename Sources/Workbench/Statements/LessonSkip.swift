import PlanModel
import PlanQuery

/// `skip`: In a lesson, leaves the task unanswered and goes on to the next.
struct LessonSkip: BareWordStatement {
    static let words = ["skip"]
    static let help = HelpTopic(
        name: "skip", syntax: "skip", english: "In a lesson, leaves the task unanswered and goes on to the next.",
        thai: "ในบทเรียน ข้ามงานนี้ไปงานถัดไป", example: "skip")

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        var mode = try session.currentLesson()
        guard mode.exercise != nil else { throw LessonMode.noTask }
        mode.skipped.insert(mode.step)
        session.lessonMode = mode
        session.inSessionWorkspace(&workspace) { session.runLesson(from: mode.step + 1) }
        return .nothing
    }
}
