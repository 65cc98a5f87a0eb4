import PlanModel
import PlanQuery

/// `tables`: what is loaded and named, with row counts.
struct Tables: WordStatement {
    static let words = ["tables"]
    static let help = HelpTopic(
        name: "tables", syntax: "tables", english: "Lists the loaded tables with their row counts.",
        thai: "แสดงตารางที่โหลดไว้พร้อมจำนวนแถว", example: "tables")

    static func parse(_ p: inout TokenParser) throws(QueryError) -> Tables { Tables() }
    static func complete(_ before: [Token], _ catalog: any Catalog) -> [String] { [] }

    var pipedHint: String? { nil }
    var isReplayable: Bool { false }
    var isJournaled: Bool { true }
    var effects: [Effect] { [] }

    func perform(in session: Session, _ workspace: inout Workspace) throws -> StatementOutput {
        var name = ColumnBuilder(type: .text)
        var kind = ColumnBuilder(type: .text)
        var rows = ColumnBuilder(type: .int)
        var cols = ColumnBuilder(type: .int)
        for n in workspace.tableNames {
            guard let t = workspace.table(named: n) else { continue }
            name.appendText(n)
            kind.appendText(workspace.bindings[n] != nil ? "let" : workspace.userTables[n] != nil ? "file" : "plan")
            rows.append(.int(Int64(t.rowCount)))
            cols.append(.int(Int64(t.columns.count)))
        }
        return .table(
            Table(
                name: "tables", columnNames: ["table", "kind", "rows", "columns"],
                columns: [name.build(), kind.build(), rows.build(), cols.build()]))
    }
}
