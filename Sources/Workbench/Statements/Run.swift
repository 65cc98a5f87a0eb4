import PlanModel
import PlanQuery

/// `run "FILE"`: a script's statements, in this session; its relative paths start from its own folder.
struct Run: WordStatement {
    var path: String

    static let words = ["run"]
    static let help = HelpTopic(
        name: "run", syntax: "run \"FILE\"", english: "Runs a script's statements in this session.",
        thai: "เรียกใช้คำสั่งในไฟล์สคริปต์", example: "run \"review.phaen\"")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> Run {
        Run(path: try p.string("a script file name in quotes", thai: "ชื่อไฟล์สคริปต์ในเครื่องหมายคำพูด"))
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] { [] }

    var pipedHint: String? { nil }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { [.runs(path)] }

    /// The script's statements change the session's own workspace as they run, each swapped in on success.
    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        let full = session.resolve(path)
        try session.requireExisting(path, resolved: full)
        session.workspace = workspace
        session.replaying += 1
        defer { session.replaying -= 1 }
        let outcome = session.runScript(at: full)
        workspace = session.workspace
        guard outcome == .succeeded else { throw AlreadyReported() }
        return .nothing
    }
}
