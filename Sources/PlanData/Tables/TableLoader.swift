import PlanModel

/// Loads any CSV or JSON file a user has as a table (`load csv "f.csv" as items`), inferring column types (see
/// `TypeInference`) and making odd headers usable: an unnamed column is called `columnN` (N its 1-based
/// position), other names stay as written (the query language quotes names like `CROSS_FUNC?`), and a repeated
/// name gets `_2`, `_3`, … The file may be UTF-8 (with or without BOM) or Windows-874. Amounts are read as
/// spreadsheets write them (`CellParsing.looseMoney`).
public enum TableLoader {
    /// A CSV file as a table named `name`, with the columns named in `types` of the types given there rather
    /// than inferred (a cell that is not of its given type is a located error, and nothing is loaded). Throws
    /// a `Diagnostic` when the file cannot be read (or `access` refuses it) or is not CSV.
    public static func loadCSV(
        path: String, name: String, types: [GivenType] = [], access: ReadAccess = .anything
    ) throws -> Table {
        var source = try CSVRecordSource(path: path, display: path, access: access)
        return try load(&source, name: name, types: types)
    }

    /// A JSON array of objects as a table named `name`; keys become columns in order of first appearance.
    public static func loadJSON(
        path: String, name: String, types: [GivenType] = [], access: ReadAccess = .anything
    ) throws -> Table {
        let bytes = TextEncoding.utf8(from: try FileBytes.readBuffer(path, access: access)).bytes
        var source = try JSONRecordSource(try JSONParser.parse(bytes, file: path), file: path)
        return try load(&source, name: name, types: types)
    }

    /// A column's type given at load (`load csv "f.csv" as t with AMOUNT money`).
    public struct GivenType: Sendable, Equatable {
        public var column: String
        public var type: DataType

        public init(column: String, type: DataType) {
            self.column = column
            self.type = type
        }
    }

    static func load<S: RecordSource>(_ source: inout S, name: String, types: [GivenType] = []) throws -> Table {
        let names = ColumnNames.usable(source.header)
        let given = try givenTypes(types, names: names, file: source.file)
        var inference = [TypeInference](repeating: TypeInference(), count: source.header.count)
        while try source.next() {
            for i in 0..<source.cellCount where given[i] == nil {
                let cell = source.cell(i)
                let notable = inference[i].observe(cell)
                if notable != .nothing {
                    let (line, column) = source.location(ofCell: i)
                    inference[i].place(notable, line: line, column: column, cell: cell)
                }
            }
        }
        source.rewind()
        var notes: [String: ColumnNote] = [:]
        let plans = names.indices.map { i in
            let type = given[i] ?? inference[i].type
            if given[i] != nil {
                notes[names[i]] = ColumnNote(
                    english: "\(type.rawValue): given at load", thai: "\(type.rawValue): กำหนดไว้ตอนโหลด")
            } else if let reason = inference[i].reason {
                notes[names[i]] = reason
            }
            return TableReading.ColumnPlan(name: names[i], type: type, field: i, looseMoney: true)
        }
        var sink = DiagnosticSink()
        let result = try TableReading.read(&source, plans: plans, sink: &sink)
        try sink.throwIfAny()
        var table = Table(name: name, columnNames: names, columns: result.columns)
        table.columnNotes = notes
        return table
    }

    /// The given type of each column (nil: inferred); a name that is no column is an error.
    private static func givenTypes(_ types: [GivenType], names: [String], file: String) throws(Diagnostic)
        -> [DataType?]
    {
        var given = [DataType?](repeating: nil, count: names.count)
        for t in types {
            guard let i = names.firstIndex(of: t.column) else {
                let shown = names.prefix(12).joined(separator: ", ") + (names.count > 12 ? ", …" : "")
                throw Diagnostic(
                    file: file, line: 1, column: 1,
                    message: "`with` names `\(t.column)`, which is not a column of this file (its columns: \(shown))",
                    thai: "`with` ระบุคอลัมน์ \(t.column) ซึ่งไม่มีในไฟล์นี้ (คอลัมน์ที่มี: \(shown))")
            }
            given[i] = t.type
        }
        return given
    }
}
