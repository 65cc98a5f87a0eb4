import PlanModel

/// Loads any CSV or JSON file a user has as a table (`load csv "f.csv" as items`), inferring column types (see
/// `TypeInference`) and making odd headers usable: an unnamed column is called `columnN` (N its 1-based
/// position), other names stay as written (the query language quotes names like `CROSS_FUNC?`), and a repeated
/// name gets `_2`, `_3`, … The file may be UTF-8 (with or without BOM) or Windows-874. Amounts are read as
/// spreadsheets write them (`CellParsing.looseMoney`).
public enum TableLoader {
    /// A CSV file as a table named `name`. Throws a `Diagnostic` when the file cannot be read (or `access`
    /// refuses it) or is not CSV.
    public static func loadCSV(path: String, name: String, access: ReadAccess = .anything) throws -> Table {
        var source = try CSVRecordSource(path: path, display: path, access: access)
        return try load(&source, name: name)
    }

    /// A JSON array of objects as a table named `name`; keys become columns in order of first appearance.
    public static func loadJSON(path: String, name: String, access: ReadAccess = .anything) throws -> Table {
        let bytes = TextEncoding.utf8(from: try FileBytes.readBuffer(path, access: access)).bytes
        var source = try JSONRecordSource(try JSONParser.parse(bytes, file: path), file: path)
        return try load(&source, name: name)
    }

    static func load<S: RecordSource>(_ source: inout S, name: String) throws -> Table {
        var inference = [TypeInference](repeating: TypeInference(), count: source.header.count)
        while try source.next() {
            for i in 0..<source.cellCount { inference[i].observe(source.cell(i)) }
        }
        source.rewind()
        let names = ColumnNames.usable(source.header)
        let plans = names.indices.map {
            TableReading.ColumnPlan(name: names[$0], type: inference[$0].type, field: $0, looseMoney: true)
        }
        var sink = DiagnosticSink()
        let result = try TableReading.read(&source, plans: plans, sink: &sink)
        try sink.throwIfAny()
        return Table(name: name, columnNames: names, columns: result.columns)
    }
}
