import PlanModel

/// What `plan.json` says (or the top of a one-file bundle): the office, the fiscal year (BE), and the cumulative
/// disbursement targets (% at the end of Q1..Q4, `FiscalYear.defaultTargets` when absent), and v1.1's targets
/// of expense types that have their own.
struct PlanHeader {
    var office: String
    var fiscalYear: FiscalYear
    var targets: [Double]
    /// v1.1 `disbursement_targets_by_type`: canonical expense type → its own cumulative targets.
    var targetsByType: [String: [Double]]

    /// Reads the header from a JSON object, reporting every problem; `nil` if any.
    static func read(_ node: JSONNode, file: String, sink: inout DiagnosticSink) -> PlanHeader? {
        func problem(_ at: JSONNode, _ message: String, _ thai: String) {
            sink.add(Diagnostic(file: file, line: at.line, column: at.column, message: message, thai: thai))
        }
        guard case .object = node.value else {
            problem(
                node, "expected an object with office and fiscal_year, found \(node.kind)",
                "ต้องเป็นออบเจกต์ที่มี office และ fiscal_year")
            return nil
        }
        var office: String?
        switch node["office"]?.value {
        case .string(let s)? where !s.isEmpty: office = s
        case nil: problem(node, "missing required field `office`", "ไม่มีฟิลด์ office ซึ่งต้องมี")
        default: problem(node["office"]!, "`office` must be the office's name", "office ต้องเป็นชื่อหน่วยงาน")
        }
        var year: FiscalYear?
        switch node["fiscal_year"]?.value {
        case .number(let text)? where Int(text) != nil && (2000...3000).contains(Int(text)!):
            year = FiscalYear(Int(text)!)
        case .string(let text)? where Int(text) != nil && (2000...3000).contains(Int(text)!):
            year = FiscalYear(Int(text)!)
        case nil: problem(node, "missing required field `fiscal_year`", "ไม่มีฟิลด์ fiscal_year ซึ่งต้องมี")
        default:
            problem(node["fiscal_year"]!, "`fiscal_year` must be a year such as 2561", "fiscal_year ต้องเป็นปี เช่น 2561")
        }
        var targets = FiscalYear.defaultTargets
        if let t = node["disbursement_targets"] {
            if let parsed = cumulativeTargets(t) {
                targets = parsed
            } else {
                problem(
                    t, "`disbursement_targets` must be 4 cumulative percentages, e.g. [30, 52, 77, 96]",
                    "disbursement_targets ต้องเป็นร้อยละสะสม 4 ค่า เช่น [30, 52, 77, 96]")
            }
        }
        var byType: [String: [Double]] = [:]
        if let t = node["disbursement_targets_by_type"] {
            if case .object(let members) = t.value {
                for (name, value) in members {
                    guard let type = PlanSchema.expenseTypeAliases[name] else {
                        let accepted = PlanSchema.expenseTypes.joined(separator: ", ")
                        problem(
                            value, "unknown expense type `\(name)` (expected one of: \(accepted), or their Thai names)",
                            "ประเภทงบรายจ่าย `\(name)` ไม่ถูกต้อง (ใช้ได้: \(accepted) หรือชื่อภาษาไทย)")
                        continue
                    }
                    if let parsed = cumulativeTargets(value) {
                        byType[type] = parsed
                    } else {
                        problem(
                            value, "the targets of `\(name)` must be 4 cumulative percentages, e.g. [30, 52, 77, 87]",
                            "เป้าหมายของ \(name) ต้องเป็นร้อยละสะสม 4 ค่า เช่น [30, 52, 77, 87]")
                    }
                }
            } else {
                problem(
                    t, "`disbursement_targets_by_type` must be an object such as {\"investment\": [20, 45, 70, 87]}",
                    "disbursement_targets_by_type ต้องเป็นออบเจกต์ เช่น {\"งบลงทุน\": [20, 45, 70, 87]}")
            }
        }
        guard let office, let year else { return nil }
        return PlanHeader(office: office, fiscalYear: year, targets: targets, targetsByType: byType)
    }

    /// Four cumulative percentages (0–100, never falling), or `nil`.
    private static func cumulativeTargets(_ node: JSONNode) -> [Double]? {
        guard case .array(let items) = node.value, items.count == 4 else { return nil }
        let parsed = items.compactMap { item -> Double? in
            guard case .number(let text) = item.value, let v = Double(text), (0...100).contains(v) else { return nil }
            return v
        }
        return parsed.count == 4 && parsed == parsed.sorted() ? parsed : nil
    }
}
