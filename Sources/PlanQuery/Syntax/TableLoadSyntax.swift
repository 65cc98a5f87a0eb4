import PlanModel

/// What `load FORMAT "file"` says beyond the file and the name: the sheet of a workbook, and the types of
/// columns given rather than inferred.
public struct TableLoadOptions: Sendable, Equatable {
    /// `sheet "S"` of `load xlsx`; nil: the first sheet.
    public var sheet: String?
    /// `with COLUMN TYPE, …`, in the order written.
    public var types: [(column: String, type: DataType)]

    public init(sheet: String? = nil, types: [(column: String, type: DataType)] = []) {
        self.sheet = sheet
        self.types = types
    }

    public static func == (a: TableLoadOptions, b: TableLoadOptions) -> Bool {
        a.sheet == b.sheet && a.types.elementsEqual(b.types) { $0.column == $1.column && $0.type == $1.type }
    }
}

extension TokenParser {
    /// `load FORMAT "file" [sheet "S"] as NAME [with COLUMN TYPE, …]`, after `load`, at FORMAT.
    mutating func loadTable(_ format: String) throws(QueryError) -> Statement {
        _ = advance()
        let path = try string("a file name in quotes", thai: "ชื่อไฟล์ในเครื่องหมายคำพูด")
        var options = TableLoadOptions()
        if format == "xlsx" && current.isKeyword("sheet") {
            _ = advance()
            options.sheet = try string("a sheet name in quotes", thai: "ชื่อชีตในเครื่องหมายคำพูด")
        }
        try expectKeyword("as")
        let n = try newTableName("a table name", thai: "ชื่อตาราง")
        if current.isKeyword("with") {
            _ = advance()
            while true {
                let at = current.range
                let column = try name("a column name", thai: "ชื่อคอลัมน์")
                if options.types.contains(where: { $0.column == column }) {
                    throw QueryError(at, "`\(column)` is given a type twice", thai: "กำหนดชนิดของ \(column) ซ้ำ")
                }
                let typeName = current.keyword
                guard let typeName, let type = DataType(rawValue: typeName) else {
                    throw expected(
                        "a type (\(Vocabulary.columnTypes.joined(separator: ", ")))", thai: "ชนิดข้อมูล",
                        suggestion: typeName.flatMap { Suggestion.didYouMean($0, in: Vocabulary.columnTypes) })
                }
                _ = advance()
                options.types.append((column, type))
                guard current.isSymbol(",") else { break }
                _ = advance()
            }
        }
        return .loadTable(path: path, format: format, name: n, options: options)
    }
}
