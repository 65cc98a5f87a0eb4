import PlanModel
import PlanQuery

/// `back`: In a lesson, goes back to the task before.
struct LessonBack: BareWordStatement {
    static let words = ["back"]
    static let help = HelpTopic(
        name: "back", syntax: "back", english: "In a lesson, goes back to the task before.",
        thai: "ในบทเรียน กลับไปงานก่อนหน้า", example: "back")

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        var mode = try session.currentLesson()
        guard let previous = mode.previousExercise else {
            throw Diagnostic(message: "this is the lesson's first task", thai: "นี่คืองานแรกของบทเรียน")
        }
        mode.step = previous
        session.lessonMode = mode
        session.showTask()
        return .nothing
    }
}
