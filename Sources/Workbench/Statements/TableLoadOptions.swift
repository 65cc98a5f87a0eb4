import PlanData
import PlanModel
import PlanQuery

/// What `load FORMAT "file"` says beyond the file and the name: the sheet of a workbook
/// (`load xlsx "f.xlsx" sheet "S" as t`) and the types of columns given rather than inferred
/// (`… as t with AMOUNT money, FISCAL_YEAR int`).
struct TableLoadOptions: Equatable {
    /// `sheet "S"` of `load xlsx`; nil: the first sheet.
    var sheet: String?
    /// `with COLUMN TYPE, …`, in the order written.
    var types: [TableLoader.GivenType] = []

    /// The column types `with` takes.
    static let typeNames = DataType.allCases.map(\.rawValue)

    /// `[sheet "S"]` (for `xlsx`), at the token after the file.
    static func parseSheet(_ p: inout TokenParser, format: String) throws(QueryError) -> String? {
        guard format == "xlsx" && p.current.isKeyword("sheet") else { return nil }
        _ = p.advance()
        return try p.string("a sheet name in quotes", thai: "ชื่อชีตในเครื่องหมายคำพูด")
    }

    /// `[with COLUMN TYPE {, COLUMN TYPE}]`, after the table's name.
    static func parseTypes(_ p: inout TokenParser) throws(QueryError) -> [TableLoader.GivenType] {
        guard p.current.isKeyword("with") else { return [] }
        _ = p.advance()
        var types: [TableLoader.GivenType] = []
        while true {
            if case .identifier(let column, _) = p.current.kind, types.contains(where: { $0.column == column }) {
                throw p.error("`\(column)` is given a type twice", thai: "กำหนดชนิดของ \(column) ซ้ำ")
            }
            let column = try p.name("a column name", thai: "ชื่อคอลัมน์")
            guard let word = p.current.keyword, let type = DataType(rawValue: word) else {
                throw p.expected(
                    "a type (\(typeNames.joined(separator: ", ")))", thai: "ชนิดข้อมูล",
                    suggestion: p.current.keyword.flatMap { Suggestion.didYouMean($0, in: typeNames) })
            }
            _ = p.advance()
            types.append(TableLoader.GivenType(column: column, type: type))
            guard p.current.isSymbol(",") else { return types }
            _ = p.advance()
        }
    }

    /// What Tab offers in `load FORMAT "file" [sheet "S"] as NAME [with COLUMN TYPE, …]`, given the tokens
    /// before the word being typed (from `load`): `sheet` and `as` after a workbook's file, `as` after a file,
    /// `with` after the name, a type after a column of `with`.
    static func complete(_ before: [Token]) -> [String] {
        guard before.count > 2, let format = before[1].keyword, let last = before.last else { return [] }
        if case .string = last.kind {
            if before.count == 3 { return format == "xlsx" ? ["sheet", "as"] : ["as"] }
            return format == "xlsx" && before[before.count - 2].isKeyword("sheet") ? ["as"] : []
        }
        guard let with = before.firstIndex(where: { $0.isKeyword("with") }) else {
            return before[before.count - 2].isKeyword("as") ? ["with"] : []
        }
        let previous = before[before.count - 2]
        let atType = before.count - 1 > with && (previous.isKeyword("with") || previous.isSymbol(","))
        return atType && !last.isSymbol(",") ? typeNames : []
    }

    /// The table in `path` (resolved) as `format` says, with these options.
    func load(_ path: String, format: String, name: String, access: ReadAccess) throws -> Table {
        switch format {
        case "json": try TableLoader.loadJSON(path: path, name: name, types: types, access: access)
        case "xlsx": try TableLoader.loadXLSX(path: path, sheet: sheet, name: name, types: types, access: access)
        default: try TableLoader.loadCSV(path: path, name: name, types: types, access: access)
        }
    }
}
