import CMalloc
import PlanModel

/// Reads every row of a source into typed columns, reporting each cell that is not of its column's type.
enum TableReading {
    /// One output column: its name, type, and the header field it comes from (`nil`: absent, all null).
    struct ColumnPlan {
        var name: String
        var type: DataType
        var field: Int?
        /// Whether an empty cell is an error.
        var required = false
        /// Whether money is read loosely (see `CellParsing.looseMoney`).
        var looseMoney = false
    }

    /// Tables of at least this many rows give their builders' pages back to the system as each column is built:
    /// glibc keeps freed blocks below its mmap threshold resident, and a large table's builders would otherwise
    /// sit beside all of its built columns until the next release.
    static let releaseAfterRows = 1 << 16

    /// The columns read, their row count, and a way to find a row's cells again.
    struct Result {
        var columns: [Column]
        var rowCount: Int
        var locator: CellLocator
    }

    /// Reads the rest of `source`, telling `control` (when given) how far it is and stopping when it says so.
    /// With `roomForMore`, the columns are built with room for the rows `source` estimates in all (which a split
    /// read's first half estimates for the whole file), so that more rows can be appended in place.
    static func read<S: RecordSource>(
        _ source: inout S, plans: [ColumnPlan], sink: inout DiagnosticSink, control: LoadControl? = nil,
        roomForMore: Bool = false
    ) throws(Diagnostic) -> Result {
        let rows = source.estimatedRowCount
        var builders = plans.map { TypedColumnBuilder(type: $0.type, looseMoney: $0.looseMoney, capacity: rows) }
        let fields = plans.map { $0.field ?? -1 }
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var count = 0
        try builders.withUnsafeMutableBufferPointer { (builders) throws(Diagnostic) in
            while try source.next() {
                if let problem = source.rowProblem { sink.add(problem) }
                let n = source.cellCount
                for j in 0..<fields.count {
                    let f = fields[j]
                    let cell = f >= 0 && f < n ? source.cell(f) : empty
                    if cell.isEmpty && plans[j].required {
                        builders[j].appendNull()
                        let (line, column) = source.location(ofCell: max(f, 0))
                        sink.add(
                            Diagnostic(
                                file: source.file, line: line, column: column,
                                message: "`\(plans[j].name)` is required but empty",
                                thai: "ต้องกรอกค่าในคอลัมน์ \(plans[j].name)"))
                    } else if !builders[j].append(cell) {
                        let (line, column) = source.location(ofCell: f)
                        let (en, th) = TypedColumnBuilder.refusal(cell, type: plans[j].type, column: plans[j].name)
                        sink.add(Diagnostic(file: source.file, line: line, column: column, message: en, thai: th))
                    }
                }
                count += 1
                if count % LoadControl.rowsPerAdvance == 0, let control {
                    try control.advance(rows: count, fraction: source.fractionRead)
                }
            }
        }
        control?.endOfTable()
        // Each builder is dropped as soon as its column is built, so that only one column at a time is held
        // twice (in the builder and in the column) rather than the whole table.
        var columns: [Column] = []
        columns.reserveCapacity(builders.count)
        for j in builders.indices {
            columns.append(builders[j].build(room: roomForMore ? rows : 0))
            builders[j] = TypedColumnBuilder(type: plans[j].type)
            if count >= releaseAfterRows { phaen_release_freed_memory() }
        }
        return Result(columns: columns, rowCount: count, locator: source.locator())
    }
}
