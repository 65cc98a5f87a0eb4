import PlanModel
import PlanQuery

/// `let NAME = PIPELINE`: names a result for the rest of the session. Parsed with pipelines, by the language.
struct Let: SessionStatement {
    var name: String
    var pipeline: Pipeline

    static let help = HelpTopic(
        name: "let", syntax: "let NAME = PIPELINE", english: "Names a pipeline's result for the rest of the session.",
        thai: "ตั้งชื่อผลลัพธ์ของไปป์ไลน์ไว้ใช้ต่อตลอดเซสชัน", example: "let big = projects | where budget > 100_000")

    var pipedHint: String? { nil }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { pipeline.exportPath.map { [.writes($0)] } ?? [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        if workspace.isPlanTable(name) { throw Messages.planTableName(name) }
        var result = try session.evaluate(pipeline, in: workspace)
        let thai = session.settings.language == .th
        ImpossibleValues.notes(pipeline, catalog: workspace, thai: thai).forEach(session.err)
        if case .export = result.output { return try session.show(result) }
        result.table.name = name
        workspace.name(result.table, as: name, binding: true)
        let table = result.table
        return .message(
            "\(name): \(Messages.count(table.rowCount, "row")), \(Messages.count(table.columns.count, "column"))",
            thai: "\(name): \(table.rowCount) แถว \(table.columns.count) คอลัมน์")
    }
}
