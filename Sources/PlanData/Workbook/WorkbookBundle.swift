import PlanModel

/// A plan bundle as one Excel workbook (`load "plan.xlsx"`): a sheet `plan` for the header, whose rows give a
/// field name in column A and its value in B (`office`, `fiscal_year`; `disbursement_targets` with its four
/// percentages in B to E; `disbursement_targets_by_type`, a row a type, with the type in B and its four in C to F),
/// and a sheet per table of `PlanSchema`, named as the table (`strategies`,
/// `projects`, …), each with a header row as the table's CSV file has. The same contract, rules and
/// all-or-nothing outcome as a folder; a message names the sheet, its row and its column (A = 1).
extension BundleLoader {
    static func loadWorkbook(_ path: String, control: LoadControl, access: ReadAccess) throws -> Plan {
        let workbook: XLSXWorkbook
        do {
            workbook = try XLSXWorkbook(path: path, display: path, access: access)
        } catch {
            throw Diagnostics([error])
        }
        var sink = DiagnosticSink()
        var header: PlanHeader?
        if workbook.sheetNames.contains("plan") {
            do {
                let grid = try workbook.sheet("plan")
                header = PlanHeader.read(headerNode(grid), file: "\(path)[plan]", sink: &sink)
            } catch {
                sink.add(error)
            }
        } else {
            var missing = missingSheet("plan", in: workbook)
            missing.notes = [
                "a sheet as a table: load xlsx \"\(path)\" sheet \"\(workbook.sheetNames.first ?? "…")\" as NAME "
                    + "(โหลดชีตเป็นตาราง)"
            ]
            sink.add(missing)
        }
        var tables: [String: BundleTable] = [:]
        for (i, spec) in PlanSchema.tables.enumerated() {
            try control.checkStop()
            let share = 1 / Double(PlanSchema.tables.count)
            control.begin(spec.name, from: Double(i) * share, to: Double(i + 1) * share)
            guard workbook.sheetNames.contains(spec.name) else {
                if spec.required {
                    sink.add(missingSheet(spec.name, in: workbook))
                } else {
                    tables[spec.name] = .empty(spec, file: "\(path)[\(spec.name)]")
                }
                continue
            }
            do {
                var source = try SheetRecordSource(try workbook.sheet(spec.name), workbook: path)
                tables[spec.name] = try BundleTable.read(spec, from: &source, sink: &sink, control: control)
            } catch {
                if error == LoadControl.interrupted { throw error }
                sink.add(error)
            }
        }
        try control.checkStop()
        let source = Plan.Source(path: path, sha256: SHA256.hex(try FileBytes.readBuffer(path)))
        return try finish(header, consume tables, sink: &sink, source: source, control: control)
    }

    /// The `plan` sheet as the object `PlanHeader` reads: field names in column A, values after them (several
    /// make an array); each value where its cell is. A row `disbursement_targets_by_type` names an expense type in
    /// column B and its four targets after it; there may be one such row a type.
    private static func headerNode(_ grid: SheetGrid) -> JSONNode {
        var members: [(key: String, value: JSONNode)] = []
        var byType: [(key: String, value: JSONNode)] = []
        var byTypeAt: (line: Int, column: Int)?
        for row in grid.rows {
            guard let first = row.cells.first, first.column == 1 else { continue }
            let values = row.cells.dropFirst().map { cell in
                let text = grid.text(cell)
                let value: JSONNode.Value = Double(text) != nil ? .number(text) : .string(text)
                return JSONNode(value: value, line: row.number, column: cell.column)
            }
            let key = grid.text(first)
            if key == byTypeKey, let type = values.first, case .string(let name) = type.value {
                byType.append((name, JSONNode(value: .array(Array(values.dropFirst())), line: row.number, column: 3)))
                byTypeAt = byTypeAt ?? (row.number, 2)
                continue
            }
            let node: JSONNode
            switch values.count {
            case 0: node = JSONNode(value: .null, line: row.number, column: 2)
            case 1 where key != "disbursement_targets": node = values[0]
            default: node = JSONNode(value: .array(values), line: row.number, column: 2)
            }
            members.append((key, node))
        }
        if let at = byTypeAt {
            members.append((byTypeKey, JSONNode(value: .object(byType), line: at.line, column: at.column)))
        }
        return JSONNode(value: .object(members), line: 1, column: 1)
    }

    private static let byTypeKey = "disbursement_targets_by_type"

    private static func missingSheet(_ name: String, in workbook: XLSXWorkbook) -> Diagnostic {
        Diagnostic(
            file: workbook.file,
            message: "missing required sheet \"\(name)\" (its sheets: \(workbook.quotedSheetNames))",
            thai: "ไม่มีชีต \"\(name)\" ซึ่งต้องมี (ชีตที่มี: \(workbook.quotedSheetNames))")
    }
}
