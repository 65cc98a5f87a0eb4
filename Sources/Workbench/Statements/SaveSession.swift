import Foundation
import PlanModel
import PlanQuery

/// `save session "FILE"`: the statements that succeeded, as a script that replays.
struct SaveSession: WordStatement {
    var path: String

    static let words = ["save"]
    static let help = HelpTopic(
        name: "save", syntax: "save session \"FILE\"",
        english: "Writes the statements that succeeded as a script that replays.",
        thai: "บันทึกคำสั่งที่ทำงานสำเร็จเป็นสคริปต์ที่เรียกซ้ำได้", example: "save session \"review.phaen\"")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> SaveSession {
        try p.expectKeyword("session")
        return SaveSession(path: try p.string("a file name in quotes", thai: "ชื่อไฟล์ในเครื่องหมายคำพูด"))
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        before.count == 1 ? ["session"] : []
    }

    var pipedHint: String? { nil }
    var isReplayable: Bool { false }
    var isJournaled: Bool { true }
    var effects: [Effect] { [.writes(path)] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        let full = session.resolve(path)
        let folder = (full as NSString).deletingLastPathComponent
        let statements = session.succeeded.map { $0.text(savedIn: folder) }
        try ScriptFile.save(statements: statements, plan: workspace.plan, to: full)
        return .message(
            "saved \(Messages.count(statements.count, "statement")) to \(path)",
            thai: "บันทึก \(statements.count) คำสั่งลง \(path)")
    }
}
