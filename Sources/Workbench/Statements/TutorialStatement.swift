import PlanModel
import PlanQuery

/// `tutorial` lists the lessons; `tutorial N` shows lesson N, running its statements in this session.
struct TutorialStatement: WordStatement {
    var lesson: Int?

    static let words = ["tutorial"]
    static let help = HelpTopic(
        name: "tutorial", syntax: "tutorial [N]", english: "Starts the guided tutorial, or lesson N.",
        thai: "เริ่มบทเรียนแนะนำ หรือบทเรียนที่ N", example: "tutorial 2")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> TutorialStatement {
        if p.atStatementEnd { return TutorialStatement() }
        return TutorialStatement(lesson: Int(try p.integer("a lesson number", thai: "หมายเลขบทเรียน", in: 1...99)))
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] { [] }

    var pipedHint: String? { nil }
    var isReplayable: Bool { false }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    /// The lesson's statements change the session's own workspace as they run, each swapped in on success.
    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        guard let lesson else { return .text(try Tutorial.listing(session.settings.language)) }
        let path = try Tutorial.lesson(lesson, session.settings.language)
        session.workspace = workspace
        session.replaying += 1
        defer { session.replaying -= 1 }
        let outcome = session.runLesson(path)
        workspace = session.workspace
        guard outcome == .succeeded else { throw AlreadyReported() }
        return .nothing
    }
}
