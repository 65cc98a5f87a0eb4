import PlanModel
import PlanQuery
import PlanSim

/// `note PROJECT Qn problems|suggestions "TEXT"`: a project's problems or suggestions (ปัญหาอุปสรรค /
/// ข้อเสนอแนะ) for a quarter's report, kept in the session's plan (its `notes` table) and in its saved script.
struct Note: WordStatement {
    var project: String
    var quarter: Int
    var field: ProjectNotes.Field
    var text: String

    static let words = ["note"]
    static let help = HelpTopic(
        name: "note", syntax: "note PROJECT Qn problems|suggestions \"TEXT\"",
        english: "Writes a project's problems or suggestions for a quarter's report; kept in the session and its"
            + " saved script.",
        thai: "บันทึกปัญหาอุปสรรคหรือข้อเสนอแนะของโครงการสำหรับรายงานไตรมาส (ใช้ ปัญหา / ข้อเสนอแนะ ได้)",
        example: "note P07 Q2 problems \"ผู้ขายส่งมอบล่าช้า\"")

    /// The words for which text a note sets, in English and Thai.
    static let fields: [String: ProjectNotes.Field] = [
        "problems": .problems, "ปัญหา": .problems, "suggestions": .suggestions, "ข้อเสนอแนะ": .suggestions,
    ]

    static func parse(_ p: inout TokenParser) throws(QueryError) -> Note {
        let project: String
        switch p.current.kind {
        case .identifier(let s, _), .string(let s):
            _ = p.advance()
            project = s
        default:
            throw p.expected("a project code, e.g. `P07`", thai: "รหัสโครงการ เช่น `P07`")
        }
        let q = try p.quarter()
        guard case .identifier(let word, _) = p.current.kind, let field = fields[word.lowercased()] else {
            throw p.expected(
                "`problems` or `suggestions`", thai: "`problems` (ปัญหาอุปสรรค) หรือ `suggestions` (ข้อเสนอแนะ)")
        }
        _ = p.advance()
        let text = try p.string("the text in quotes", thai: "ข้อความในเครื่องหมายคำพูด")
        return Note(project: project, quarter: q, field: field, text: text)
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        switch before.count {
        case 1: catalog.table(named: "projects").map { PlanText.codes($0) } ?? []
        case 2: ["Q1", "Q2", "Q3", "Q4"]
        case 3: ["problems", "suggestions"]
        default: []
        }
    }

    var pipedHint: String? { nil }
    var isReplayable: Bool { true }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        guard let plan = workspace.plan else { throw Messages.noPlan }
        workspace.plan = try ProjectNotes.setting(field, of: project, quarter: quarter, to: text, in: plan)
        let thaiField = field == .problems ? "ปัญหาอุปสรรค" : "ข้อเสนอแนะ"
        return .message(
            "noted the \(field.rawValue) of \(project) for Q\(quarter)",
            thai: "บันทึก\(thaiField)ของ \(project) ไตรมาส \(quarter) แล้ว")
    }
}

/// Texts of a table for completion.
enum PlanText {
    /// The `code` column's values, in order.
    static func codes(_ table: Table) -> [String] {
        guard let column = table.column("code") else { return [] }
        return (0..<table.rowCount).compactMap { if case .text(let s) = column[$0] { s } else { nil } }
    }
}
