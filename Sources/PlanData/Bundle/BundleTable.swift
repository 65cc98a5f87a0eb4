import PlanModel

/// One bundle table as read, before the rules run: its columns by name (the contract's first, in contract
/// order, then any extra columns as text) and a way back to each cell for messages.
struct BundleTable {
    let spec: PlanSchema.TableSpec
    var columnNames: [String]
    var columns: [Column]
    let rowCount: Int
    let locator: CellLocator
    /// The header field each column was read from (`nil`: the optional column is absent from the file).
    let fields: [String: Int]

    var file: String { locator.file }

    func column(_ name: String) -> Column? { columnNames.firstIndex(of: name).map { columns[$0] } }

    /// Replaces a column's storage (for canonical enumerations).
    mutating func replace(_ name: String, with column: Column) {
        if let i = columnNames.firstIndex(of: name) { columns[i] = column }
    }

    /// A diagnostic at row `row`'s cell of column `name` (the row's start if the column is absent).
    func diagnostic(row: Int, column name: String, _ message: String, thai: String) -> Diagnostic {
        locator.diagnostic(row: row, field: fields[name] ?? -1, message, thai: thai)
    }

    /// An empty table with the contract's columns, for an optional file that is absent.
    static func empty(_ spec: PlanSchema.TableSpec, file: String) -> BundleTable {
        BundleTable(
            spec: spec, columnNames: spec.columns.map(\.name),
            columns: spec.columns.map { TypedColumnBuilder(type: $0.type).build() }, rowCount: 0,
            locator: NoCells(file: file), fields: [:])
    }

    /// Reads a table from `source` against `spec`; `nil` (with diagnostics) when its header is unusable. Header
    /// names are matched without surrounding spaces.
    static func read<S: RecordSource>(
        _ spec: PlanSchema.TableSpec, from source: inout S, sink: inout DiagnosticSink, control: LoadControl? = nil
    ) throws(Diagnostic) -> BundleTable? {
        guard let (plans, fields) = columnPlans(spec, for: source, sink: &sink) else { return nil }
        let result = try TableReading.read(&source, plans: plans, sink: &sink, control: control)
        return BundleTable(
            spec: spec, columnNames: plans.map(\.name), columns: result.columns, rowCount: result.rowCount,
            locator: result.locator, fields: fields)
    }

    /// `read` of a CSV file, a large one on two threads (`SplitTableReading`).
    static func read(
        _ spec: PlanSchema.TableSpec, csv source: inout CSVRecordSource, sink: inout DiagnosticSink,
        control: LoadControl? = nil
    ) throws(Diagnostic) -> BundleTable? {
        guard let (plans, fields) = columnPlans(spec, for: source, sink: &sink) else { return nil }
        let result = try SplitTableReading.read(&source, plans: plans, sink: &sink, control: control)
        return BundleTable(
            spec: spec, columnNames: plans.map(\.name), columns: result.columns, rowCount: result.rowCount,
            locator: result.locator, fields: fields)
    }

    /// The columns to read from `source` (the contract's, then any extra ones as text) and the header field of
    /// each name; `nil` (with diagnostics) when the header is unusable.
    private static func columnPlans<S: RecordSource>(
        _ spec: PlanSchema.TableSpec, for source: S, sink: inout DiagnosticSink
    ) -> (plans: [TableReading.ColumnPlan], fields: [String: Int])? {
        var fields: [String: Int] = [:]
        var extras: [(name: String, field: Int)] = []
        var headerOK = true
        let header = source.header.map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
        let usable = ColumnNames.usable(header)
        for (i, name) in header.enumerated() {
            if fields[name] != nil {
                sink.add(
                    Diagnostic(
                        file: source.file, line: 1, column: 0, message: "column `\(name)` appears twice in the header",
                        thai: "คอลัมน์ \(name) ซ้ำในหัวตาราง"))
                headerOK = false
            }
            fields[name] = i
            if spec.column(name) == nil { extras.append((usable[i], i)) }
        }
        for column in spec.columns where column.required && fields[column.name] == nil {
            sink.add(
                Diagnostic(
                    file: source.file, line: 1, column: 0, message: "missing required column `\(column.name)`",
                    thai: "ไม่มีคอลัมน์ \(column.name) ซึ่งต้องมี"))
            headerOK = false
        }
        guard headerOK else { return nil }
        var plans = spec.columns.map {
            TableReading.ColumnPlan(name: $0.name, type: $0.type, field: fields[$0.name], required: $0.required)
        }
        plans += extras.map { TableReading.ColumnPlan(name: $0.name, type: .text, field: $0.field) }
        return (plans, fields)
    }

    /// The table as the model holds it.
    func table(relations: [Relation]) -> Table {
        Table(name: spec.name, columnNames: columnNames, columns: columns, relations: relations)
    }

    /// The locator of a table with no rows.
    struct NoCells: CellLocator {
        let file: String
        func locate(row: Int, field: Int) -> (line: Int, column: Int) { (0, 0) }
    }
}
