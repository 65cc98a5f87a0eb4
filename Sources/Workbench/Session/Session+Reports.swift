import Foundation
import PlanModel
import PlanSim

/// `report Qn [to "file.EXT"]`, `note`, and writing results to files in any `Format`.
extension Session {
    /// The quarter's report in the session's language, shown, or written to `path` in the format its extension
    /// names.
    func quarterlyReport(_ q: Int, to path: String?) throws -> StatementOutput {
        guard let plan = workspace.plan else { throw Messages.noPlan }
        let report = try QuarterlyReport.make(plan, quarter: q, language: settings.language == .th ? .th : .en)
        guard let path else { return .report(report) }
        try write(.report(report), to: path, statement: "report Q\(q) to \"\(path)\"", thai: "เขียนรายงาน")
        return .message("wrote the \(report.title) to \(path)", thai: "เขียน\(report.thaiTitle) ลง \(path)")
    }

    /// Writes a table or report to `path`, refused under `--safe`.
    func write(_ document: DocumentFile, to path: String, statement: String, thai: String) throws {
        try checkWrite(statement, thai: thai)
        let format = try DocumentFile.format(of: path)
        try document.write(as: format, to: resolve(path), writer: OutputWriter(settings: settings))
    }

    /// `note PROJECT Qn problems|suggestions "text"`: kept in the plan's `notes` table for the session (and its
    /// saved script), shown by the quarter's report.
    func note(_ project: String, quarter q: Int, field: String, text: String) throws -> StatementOutput {
        guard let plan = workspace.plan else { throw Messages.noPlan }
        guard let which = ProjectNotes.Field(rawValue: field) else {
            throw Diagnostic(message: "a note is problems or suggestions", thai: "บันทึกได้เฉพาะ problems หรือ suggestions")
        }
        workspace.plan = try ProjectNotes.setting(which, of: project, quarter: q, to: text, in: plan)
        let thaiField = which == .problems ? "ปัญหาอุปสรรค" : "ข้อเสนอแนะ"
        return .message(
            "noted the \(which.rawValue) of \(project) for Q\(q)", thai: "บันทึก\(thaiField)ของ \(project) ไตรมาส \(q) แล้ว")
    }
}
