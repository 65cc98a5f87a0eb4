import Foundation
import PlanModel
import PlanQuery

/// `show`: In a lesson, shows the task's model answer; type it (or your own) to go on.
struct LessonShow: WordStatement {
    static let words = ["show"]
    static let help = HelpTopic(
        name: "show", syntax: "show",
        english: "In a lesson, shows the task's model answer; type it (or your own) to go on.",
        thai: "ในบทเรียน แสดงคำตอบตัวอย่างของงานนี้ พิมพ์ตามหรือแก้เองเพื่อไปต่อ", example: "show")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> LessonShow { LessonShow() }
    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] { [] }

    var pipedHint: String? { nil }
    var isReplayable: Bool { false }
    var isJournaled: Bool { false }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        let mode = try session.currentLesson()
        guard let task = mode.exercise else { throw LessonMode.noTask }
        let folder = (mode.lesson.path as NSString).deletingLastPathComponent
        let answer = session.asTyped(task.statementText, from: folder)
        return .text(session.say("The answer (type it to go on):", "คำตอบ (พิมพ์ตามเพื่อไปต่อ):") + "\n  " + answer)
    }
}
