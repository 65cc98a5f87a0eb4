import Foundation
import PlanData
import PlanModel
import PlanQuery

/// `load csv|json|xlsx "file" [sheet "S"] as NAME [with COLUMN TYPE, …]`: any file as a table of the session.
extension Session {
    func loadTable(path: String, format: String, name: String, options: TableLoadOptions) throws -> StatementOutput {
        if workspace.isPlanTable(name) { throw Messages.planTableName(name) }
        let full = try checkRead(path)
        try requireExisting(path, resolved: full)
        let types = options.types.map { TableLoader.GivenType(column: $0.column, type: $0.type) }
        var table: Table
        switch format.lowercased() {
        case "json": table = try TableLoader.loadJSON(path: full, name: name, types: types)
        case "xlsx": table = try TableLoader.loadXLSX(path: full, sheet: options.sheet, name: name, types: types)
        default: table = try TableLoader.loadCSV(path: full, name: name, types: types)
        }
        table.name = name
        workspace.name(table, as: name, binding: false)
        let size = "\(Self.count(table.rowCount, "row")), \(Self.count(table.columns.count, "column"))"
        return .message(
            "\(name): \(size) from \(path)",
            thai: "\(name): \(table.rowCount) แถว \(table.columns.count) คอลัมน์ จาก \(path)")
    }
}
