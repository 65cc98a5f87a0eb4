import PlanModel

/// The plan's bundle tables read once into flat arrays the reports and the simulator share: projects, their
/// activities, and disbursements and obligations summed per quarter. Money is whole satang, sums overflow checked.
struct PlanIndex {
    let fiscalYear: FiscalYear
    /// Cumulative targets (%) at the end of Q1..Q4.
    let targets: [Double]

    let projectCount: Int
    let projectCode: [String]
    let projectName: [String?]
    let projectStrategy: [String?]
    let projectOwner: [String?]
    /// `basic` / `strategic` (aliases resolved), or the text as given.
    let projectSource: [String?]
    let projectBudget: [Int64]
    /// A canonical status (`PlanSchema.statusAliases`) or the text as given.
    let projectStatus: [String?]
    /// Planned per quarter, 4 a project: from its activities when it has any, else its own plan_q*.
    let projectPlan: [Int64]
    /// Disbursed (kind = disbursement) per quarter of payment, 4 a project.
    let projectPaid: [Int64]
    /// Obligated per quarter, 4 a project.
    let projectObligated: [Int64]
    /// Disbursed per quarter that names no activity, 4 a project.
    let projectUnassignedPaid: [Int64]

    /// Activities grouped by project: project `p`'s are `activityOrder[activityStart[p]..<activityStart[p+1]]`.
    let activityStart: [Int]
    let activityOrder: [Int]
    let activityBudget: [Int64]
    /// Planned per quarter, 4 an activity.
    let activityPlan: [Int64]
    /// Disbursed per quarter, 4 an activity.
    let activityPaid: [Int64]

    func activities(of project: Int) -> ArraySlice<Int> {
        activityOrder[activityStart[project]..<activityStart[project + 1]]
    }

    /// The sum of the first `q` quarters (0…4) of a 4-a-row array (`init` checked that all four fit).
    static func toDate(_ perQuarter: [Int64], row: Int, quarter q: Int) -> Int64 {
        var sum: Int64 = 0
        for k in 0..<q { sum &+= perQuarter[row * 4 + k] }
        return sum
    }

    init(_ plan: Plan) throws {
        fiscalYear = plan.fiscalYear
        guard plan.targets.count == 4 else {
            throw Diagnostic(
                message: "the plan has \(plan.targets.count) disbursement targets; it needs 4 (end of Q1..Q4)",
                thai: "แผนมีเป้าหมายการเบิกจ่าย \(plan.targets.count) ค่า ต้องมี 4 ค่า (สิ้นไตรมาส 1–4)")
        }
        targets = plan.targets
        guard let projects = plan["projects"] else {
            throw Diagnostic(message: "the plan has no projects table", thai: "แผนไม่มีตารางโครงการ (projects)")
        }
        let p = projects.rowCount
        projectCount = p
        projectCode = try Self.requiredTexts(projects, "code")
        projectName = Self.texts(projects, "name")
        projectStrategy = Self.texts(projects, "strategy")
        projectOwner = Self.texts(projects, "owner")
        projectSource = Self.texts(projects, "source").map { $0.map { PlanSchema.sourceAliases[$0] ?? $0 } }
        projectStatus = Self.texts(projects, "status").map { $0.map { StatusAliases.canonical($0) } }
        projectBudget = try Self.requiredMoney(projects, "budget")
        let ownPlan = try Self.quarterPlans(projects, budgets: projectBudget)

        let activities = plan["activities"] ?? .empty("activities")
        let a = activities.rowCount
        activityBudget = a == 0 ? [] : try Self.requiredMoney(activities, "budget")
        activityPlan = a == 0 ? [] : try Self.quarterPlans(activities, budgets: activityBudget)
        let activityProject = a == 0 ? [] : try Self.links(activities, "project", to: projects)
        var counts = [Int](repeating: 0, count: p + 1)
        for row in 0..<a { counts[Int(activityProject[row]) + 1] += 1 }
        for i in 0..<p { counts[i + 1] += counts[i] }
        activityStart = counts
        var fill = counts
        var order = [Int](repeating: 0, count: a)
        for row in 0..<a {
            let project = Int(activityProject[row])
            order[fill[project]] = row
            fill[project] += 1
        }
        activityOrder = order

        var plans = ownPlan
        for project in 0..<p where counts[project + 1] > counts[project] {
            for k in 0..<4 { plans[project * 4 + k] = 0 }
            for row in order[counts[project]..<counts[project + 1]] {
                for k in 0..<4 {
                    plans[project * 4 + k] = try Self.add(plans[project * 4 + k], activityPlan[row * 4 + k])
                }
            }
        }
        projectPlan = plans

        // The project totals share one array (paid, obligated, and paid naming no activity, 4 a project each) and
        // the activities' paid (4 an activity) has its own, each written through one buffer pointer (indexing
        // arrays in the per-row loop checks for a shared copy on every row).
        let (paidAt, obligatedAt, unassignedAt) = (0, p * 4, p * 8)
        var totals = [Int64](repeating: 0, count: p * 12)
        var activityTotals = [Int64](repeating: 0, count: a * 4)
        if let disbursements = plan["disbursements"], disbursements.rowCount > 0 {
            let n = disbursements.rowCount
            let project = try Self.links(disbursements, "project", to: projects)
            let activity: [Int32]? =
                disbursements.column("activity") == nil
                ? nil : try Self.links(disbursements, "activity", to: activities, optional: true)
            let amounts = try Self.requiredMoney(disbursements, "amount")
            guard let dates = disbursements.column("date"), case .date(let days) = dates.storage else {
                throw Diagnostic(
                    message: "disbursements need a date column", thai: "ตารางการเบิกจ่ายต้องมีคอลัมน์วันที่ (date)")
            }
            let kinds = PaymentKinds(disbursements)
            let dateNulls = dates.nulls
            let year = plan.fiscalYear
            let ends = (1...4).map { year.endOf(quarter: $0).ordinal }
            var overflow = false
            totals.withUnsafeMutableBufferPointer { totals in
                activityTotals.withUnsafeMutableBufferPointer { activityTotals in
                    func add(_ sums: UnsafeMutableBufferPointer<Int64>, _ at: Int, _ amount: Int64) {
                        let (sum, o) = sums[at].addingReportingOverflow(amount)
                        sums[at] = sum
                        overflow = overflow || o
                    }
                    for row in 0..<n where dateNulls?[row] != true {
                        let day = days[row]
                        guard day <= ends[3] else { continue }
                        let k = day <= ends[0] ? 0 : day <= ends[1] ? 1 : day <= ends[2] ? 2 : 3
                        let cell = Int(project[row]) * 4 + k
                        if kinds.isObligation(row) {
                            add(totals, obligatedAt + cell, amounts[row])
                        } else {
                            if let activity, activity[row] >= 0 {
                                add(activityTotals, Int(activity[row]) * 4 + k, amounts[row])
                            } else {
                                add(totals, unassignedAt + cell, amounts[row])
                            }
                            add(totals, paidAt + cell, amounts[row])
                        }
                    }
                }
            }
            if overflow { throw Diagnostic.moneyOverflow }
        }
        let paid = Array(totals[paidAt..<obligatedAt])
        let obligated = Array(totals[obligatedAt..<unassignedAt])
        let unassigned = Array(totals[unassignedAt...])
        let activityPaid = activityTotals
        try Self.checkYearTotals(plans, paid, obligated)
        try Self.checkYearTotals(activityPlan, activityPaid)
        projectPaid = paid
        projectObligated = obligated
        projectUnassignedPaid = unassigned
        self.activityPaid = activityPaid
    }

    /// Throws when a row's four quarters, in any of the 4-a-row arrays, do not add up without overflow.
    static func checkYearTotals(_ arrays: [Int64]...) throws {
        for perQuarter in arrays {
            for row in stride(from: 0, to: perQuarter.count, by: 4) {
                var sum: Int64 = 0
                for k in 0..<4 { sum = try add(sum, perQuarter[row + k]) }
            }
        }
    }

    // MARK: reading columns

    /// `a + b` in satang, or a diagnostic on overflow.
    static func add(_ a: Int64, _ b: Int64) throws -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { throw Diagnostic.moneyOverflow }
        return sum
    }

    /// A column's values as text (`nil` for null, or for every row when the column is absent); a code typed as
    /// a number reads as its digits.
    static func texts(_ table: Table, _ name: String) -> [String?] {
        guard let column = table.column(name) else { return Array(repeating: nil, count: table.rowCount) }
        return (0..<table.rowCount).map { row in
            switch column[row] {
            case .null: nil
            case .text(let s): s
            case .int(let v): String(v)
            case .float(let v), .percent(let v): String(v)
            case .money(let m): m.formatted(grouping: false)
            case .date(let d): d.description
            case .bool(let b): String(b)
            }
        }
    }

    /// A text column that must have a value in every row.
    static func requiredTexts(_ table: Table, _ name: String) throws -> [String] {
        guard table.column(name) != nil else { throw Diagnostic.missingColumn(table.name, name) }
        return try texts(table, name).enumerated().map { row, value in
            guard let value else {
                throw Diagnostic(
                    message: "\(table.name) row \(row + 1) has no \(name)",
                    thai: "ตาราง \(table.name) แถวที่ \(row + 1) ไม่มีค่า \(name)")
            }
            return value
        }
    }

    /// A money column as satang, `nil` where null; `nil` overall when the column is absent.
    static func money(_ table: Table, _ name: String) throws -> [Int64?]? {
        guard let column = table.column(name) else { return nil }
        switch column.storage {
        case .money(let a):
            return (0..<a.count).map { column.isNull($0) ? nil : a[$0] }
        case .int(let a):
            return try (0..<a.count).map { row in
                if column.isNull(row) { return nil }
                let (satang, overflow) = a[row].multipliedReportingOverflow(by: 100)
                if overflow { throw Diagnostic.moneyOverflow }
                return satang
            }
        default:
            throw Diagnostic(
                message: "\(table.name).\(name) must be money, not \(column.type.rawValue)",
                thai: "คอลัมน์ \(table.name).\(name) ต้องเป็นจำนวนเงิน ไม่ใช่ \(column.type.rawValue)")
        }
    }

    /// A money column that must have a value in every row, as satang.
    static func requiredMoney(_ table: Table, _ name: String) throws -> [Int64] {
        if let column = table.column(name), column.nulls == nil, case .money(let satang) = column.storage {
            return satang
        }
        guard let values = try money(table, name) else { throw Diagnostic.missingColumn(table.name, name) }
        return try values.enumerated().map { row, value in
            guard let value else {
                throw Diagnostic(
                    message: "\(table.name) row \(row + 1) has no \(name)",
                    thai: "ตาราง \(table.name) แถวที่ \(row + 1) ไม่มีค่า \(name)")
            }
            return value
        }
    }

    /// plan_q1..plan_q4, 4 a row. A row whose four are all null (or a table without them) spreads its budget
    /// evenly: the cumulative plan to the end of quarter k is ⌊budget × k / 4⌋, so the quarters sum to the budget.
    /// Where some are given, a null quarter is 0.
    static func quarterPlans(_ table: Table, budgets: [Int64]) throws -> [Int64] {
        let columns = try (1...4).map { try money(table, "plan_q\($0)") }
        var out = [Int64](repeating: 0, count: table.rowCount * 4)
        for row in 0..<table.rowCount {
            let given = columns.map { $0?[row] }
            if given.allSatisfy({ $0 == nil }) {
                let budget = budgets[row]
                var previous: Int64 = 0
                for k in 1...4 {
                    let cumulative = budget / 4 * Int64(k) + budget % 4 * Int64(k) / 4
                    out[row * 4 + k - 1] = cumulative - previous
                    previous = cumulative
                }
            } else {
                for k in 0..<4 { out[row * 4 + k] = given[k] ?? 0 }
            }
        }
        return out
    }

    /// For each row, the row of `target` that column `name` names: the loader's relation when it resolved one,
    /// else a lookup by the target's `code`. Throws for a name not found (or a null, unless `optional`, which
    /// gives −1).
    static func links(_ table: Table, _ name: String, to target: Table, optional: Bool = false) throws -> [Int32] {
        guard let column = table.column(name) else { throw Diagnostic.missingColumn(table.name, name) }
        var resolved: [Int32]
        if let relation = table.relation(from: name), relation.target == target.name,
            relation.targetRows.count == table.rowCount
        {
            resolved = relation.targetRows
        } else {
            var rowOf: [String: Int32] = [:]
            for (row, code) in texts(target, "code").enumerated() {
                if let code, rowOf[code] == nil { rowOf[code] = Int32(row) }
            }
            resolved = texts(table, name).map { $0.flatMap { rowOf[$0] } ?? -1 }
        }
        for row in 0..<table.rowCount where resolved[row] < 0 {
            let value = column[row]
            if optional && value.isNull { continue }
            let shown = if case .text(let code) = value { code } else { "(empty)" }
            throw Diagnostic(
                message: "\(table.name) row \(row + 1): \(name) \(shown) is not in \(target.name)",
                thai: "ตาราง \(table.name) แถวที่ \(row + 1): \(name) \(shown) ไม่มีในตาราง \(target.name)")
        }
        return resolved
    }
}

extension Diagnostic {
    static let moneyOverflow = Diagnostic(
        message: "a money sum is too large to hold exactly", thai: "ผลรวมจำนวนเงินมีค่ามากเกินกว่าจะเก็บได้อย่างถูกต้อง")

    static func missingColumn(_ table: String, _ column: String) -> Diagnostic {
        Diagnostic(message: "\(table) has no \(column) column", thai: "ตาราง \(table) ไม่มีคอลัมน์ \(column)")
    }

    static func badQuarter(_ q: Int, allowed: ClosedRange<Int>) -> Diagnostic {
        Diagnostic(
            message: "quarter \(q) is out of range; use \(allowed.lowerBound)–\(allowed.upperBound)",
            thai: "ไตรมาส \(q) อยู่นอกช่วง ใช้ได้ \(allowed.lowerBound)–\(allowed.upperBound)")
    }
}
