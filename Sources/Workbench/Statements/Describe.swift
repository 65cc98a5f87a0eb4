import PlanModel
import PlanQuery

/// `describe TABLE`: a table's columns, types, nulls and links.
struct Describe: WordStatement {
    var table: String

    static let words = ["describe"]
    static let help = HelpTopic(
        name: "describe", syntax: "describe TABLE", english: "Shows a table's columns, their types and links.",
        thai: "แสดงคอลัมน์ ชนิดข้อมูล และการเชื่อมโยงของตาราง", example: "describe projects")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> Describe {
        Describe(table: try p.name("a table name", thai: "ชื่อตาราง"))
    }

    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] {
        before.count == 1 ? catalog.tableNames.sorted() : []
    }

    var pipedHint: String? { nil }
    var isReplayable: Bool { false }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        guard let found = workspace.table(named: table) else {
            throw Messages.noTable(table, among: workspace.tableNames)
        }
        return .table(Self.columns(of: found))
    }

    /// One row a column: its name, type, how many nulls, and where it links.
    static func columns(of table: Table) -> Table {
        var name = ColumnBuilder(type: .text), type = ColumnBuilder(type: .text)
        var nulls = ColumnBuilder(type: .int), links = ColumnBuilder(type: .text)
        for (i, column) in table.columns.enumerated() {
            let n = table.columnNames[i]
            name.appendText(n)
            type.appendText(column.type.rawValue)
            nulls.append(.int(Int64(column.nulls?.lazy.filter { $0 }.count ?? 0)))
            if let r = table.relation(from: n) { links.appendText("→ \(r.target)") } else { links.appendNull() }
        }
        return Table(
            name: "describe \(table.name)", columnNames: ["column", "type", "nulls", "links"],
            columns: [name.build(), type.build(), nulls.build(), links.build()])
    }
}
