import PlanModel
import PlanQuery

/// `describe PIPELINE`: the columns, types, nulls and links of what a pipeline makes — a table, a `let` name, a
/// table function such as `progress(Q2)`, or any pipeline. One that ends in `chart` or `export` is refused
/// rather than drawn or written.
struct Describe: WordStatement {
    var pipeline: Pipeline

    static let words = ["describe"]
    static let help = HelpTopic(
        name: "describe", syntax: "describe TABLE | describe PIPELINE",
        english: "Shows the columns, their types and links of a table, a `let` name, a table function or any pipeline.",
        thai: "แสดงคอลัมน์ ชนิดข้อมูล และการเชื่อมโยงของตาราง ชื่อที่ตั้งด้วย let ฟังก์ชันตาราง หรือไปป์ไลน์ใดก็ได้",
        example: "describe progress(Q2)")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> Describe {
        Describe(pipeline: try p.pipeline())
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        before.count == 1 ? catalog.tableNames.sorted() + catalog.tableFunctionNames.sorted() : []
    }

    var pipedHint: String? { nil }
    var isReplayable: Bool { false }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        switch pipeline.steps.last {
        case .chart(_, _, _, let r), .export(_, let r):
            throw QueryError(
                r, "`describe` shows a table's columns: leave out the `chart` or `export` step",
                thai: "`describe` แสดงคอลัมน์ของตาราง: ให้ตัดขั้นตอน `chart` หรือ `export` ออก")
        default:
            break
        }
        if pipeline.steps.isEmpty, case .table(let name, _) = pipeline.source,
            let found = workspace.table(named: name)
        {
            return .table(Self.columns(of: found, thai: session.settings.language == .th))
        }
        return .table(
            Self.columns(
                of: try session.evaluate(pipeline, in: workspace).table, thai: session.settings.language == .th))
    }

    /// One row a column: its name, type, how many nulls, and where it links; for a table loaded from a file,
    /// also why a column got its type where that is not plain (`Table.columnNotes`), in English or Thai.
    static func columns(of table: Table, thai: Bool = false) -> Table {
        var name = ColumnBuilder(type: .text)
        var type = ColumnBuilder(type: .text)
        var nulls = ColumnBuilder(type: .int)
        var links = ColumnBuilder(type: .text)
        var why = ColumnBuilder(type: .text)
        for (i, column) in table.columns.enumerated() {
            let n = table.columnNames[i]
            name.appendText(n)
            type.appendText(column.type.rawValue)
            nulls.append(.int(Int64(column.nulls?.lazy.filter { $0 }.count ?? 0)))
            if let r = table.relation(from: n) { links.appendText("→ \(r.target)") } else { links.appendNull() }
            if let note = table.columnNotes[n] {
                why.appendText(thai ? note.thai : note.english)
            } else {
                why.appendNull()
            }
        }
        var names = ["column", "type", "nulls", "links"]
        var columns = [name.build(), type.build(), nulls.build(), links.build()]
        if !table.columnNotes.isEmpty {
            names.append("why")
            columns.append(why.build())
        }
        return Table(name: "describe \(table.name)", columnNames: names, columns: columns)
    }
}
