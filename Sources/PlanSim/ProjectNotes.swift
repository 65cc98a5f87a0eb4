import PlanModel

/// A project's problems and suggestions (ปัญหาอุปสรรค / ข้อเสนอแนะ) for a quarter: the plan's `notes` table, read
/// for the reports and changed by the `note` statement.
public struct ProjectNotes {
    /// `(project code, quarter)` → (problems, suggestions); a later row of the table wins over an earlier one.
    private var byProject: [String: [Int: (problems: String?, suggestions: String?)]] = [:]

    /// The notes of `plan` (none when it has no `notes` table).
    public init(_ plan: Plan) {
        guard let notes = plan["notes"] else { return }
        for row in 0..<notes.rowCount {
            guard case .text(let project) = notes.cell("project", row), case .int(let q) = notes.cell("quarter", row)
            else { continue }
            let entry = (problems: notes.cellText("problems", row), suggestions: notes.cellText("suggestions", row))
            byProject[project, default: [:]][Int(q)] = entry
        }
    }

    /// The problems written for `project` at quarter `q`, if any.
    public func problems(_ project: String, quarter q: Int) -> String? { byProject[project]?[q]?.problems }

    /// The suggestions written for `project` at quarter `q`, if any.
    public func suggestions(_ project: String, quarter q: Int) -> String? { byProject[project]?[q]?.suggestions }

    /// Which of a note's two texts a `note` statement sets.
    public enum Field: String, Sendable, CaseIterable {
        case problems, suggestions
    }

    /// `plan` with `field` of the note for (`project`, `q`) set to `text`: the row is changed if there is one,
    /// else added. Throws when the plan has no such project.
    public static func setting(_ field: Field, of project: String, quarter q: Int, to text: String, in plan: Plan)
        throws -> Plan
    {
        let codes = plan["projects"].map { PlanIndex.texts($0, "code") } ?? []
        guard codes.contains(project) else {
            throw Diagnostic(
                message: "no project `\(project)` in the plan", thai: "ไม่มีโครงการ \(project) ในแผน",
                notes: ["`projects | select code, name` lists them (แสดงรหัสโครงการทั้งหมด)"])
        }
        guard (1...4).contains(q) else { throw Diagnostic.badQuarter(q, allowed: 1...4) }
        let notes = plan["notes"] ?? .empty("notes")
        var rows: [(project: String, quarter: Int, problems: String?, suggestions: String?)] = (0..<notes.rowCount)
            .compactMap { row in
                guard case .text(let p) = notes.cell("project", row), case .int(let k) = notes.cell("quarter", row)
                else { return nil }
                return (p, Int(k), notes.cellText("problems", row), notes.cellText("suggestions", row))
            }
        let i =
            rows.lastIndex { $0.project == project && $0.quarter == q }
            ?? {
                rows.append((project, q, nil, nil))
                return rows.count - 1
            }()
        switch field {
        case .problems: rows[i].problems = text
        case .suggestions: rows[i].suggestions = text
        }
        var columns = ResultColumns()
        columns.text("project", rows.map(\.project))
        columns.int("quarter", rows.map(\.quarter))
        columns.text("problems", rows.map(\.problems))
        columns.text("suggestions", rows.map(\.suggestions))
        var table = columns.table("notes")
        table.relations = [
            Relation(
                column: "project", target: "projects",
                targetRows: rows.map { row in Int32(codes.firstIndex(of: row.project) ?? -1) })
        ]
        var changed = plan
        changed.tables["notes"] = table
        return changed
    }
}

extension Table {
    /// The value of column `name` at `row`, or null when the table has no such column.
    func cell(_ name: String, _ row: Int) -> Value { column(name)?[row] ?? .null }

    /// The text of column `name` at `row`, or nil.
    func cellText(_ name: String, _ row: Int) -> String? {
        if case .text(let s) = cell(name, row) { return s }
        return nil
    }
}
