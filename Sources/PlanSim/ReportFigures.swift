import PlanModel

/// What a report adds to `ProgressFigures` (bundle v1.1): each project's transfers in and out up to the quarter's
/// end and its budget after them, used = obligated + disbursed and what remains, the spending of each expense type,
/// and the month-by-month cumulative plan and spending for the S-curve. Money is exact satang, sums checked.
struct ReportFigures {
    let progress: ProgressFigures
    let plan: Plan
    let transfersIn: [Int64]
    let transfersOut: [Int64]
    /// Budget + transfers in − transfers out, dated up to the quarter's end: what percentages are of.
    let budgetAfter: [Int64]
    /// Obligated + disbursed to date.
    let used: [Int64]
    /// Budget after transfers − used.
    let remaining: [Int64]
    /// Per expense type (`PlanSchema.expenseTypes`, then `unspecified`): budget, obligated and disbursed to date,
    /// and the number of activities.
    let typeBudget: [Int64]
    let typeObligated: [Int64]
    let typeDisbursed: [Int64]
    let typeActivities: [Int]
    /// Per month of the year (October first): the cumulative plan (each quarter's plan spread evenly over its
    /// months), and cumulative disbursed and obligated, all offices' projects together.
    let monthPlanned: [Int64]
    let monthDisbursed: [Int64]
    let monthObligated: [Int64]

    /// The expense-type rows of a report: the five types, then what no activity's type covers.
    static let typeRows = PlanSchema.expenseTypes + ["unspecified"]

    var quarter: Int { progress.quarter }
    var index: PlanIndex { progress.index }

    init(_ plan: Plan, quarter q: Int) throws {
        progress = try ProgressFigures(plan, quarter: q)
        self.plan = plan
        let index = progress.index
        let n = index.projectCount
        let asOf = plan.fiscalYear.endOf(quarter: q).ordinal
        var rowOf: [String: Int] = [:]
        for (p, code) in index.projectCode.enumerated() where rowOf[code] == nil { rowOf[code] = p }

        var used = [Int64](repeating: 0, count: n)
        var remaining = used
        for p in 0..<n {
            used[p] = try PlanIndex.add(progress.obligated[p], progress.disbursed[p])
            remaining[p] = try Self.subtract(progress.budget[p], used[p])
        }
        transfersIn = progress.transfersIn
        transfersOut = progress.transfersOut
        budgetAfter = progress.budget
        self.used = used
        self.remaining = remaining

        let types = Self.typeRows
        let unspecified = types.count - 1
        var typeBudget = [Int64](repeating: 0, count: types.count)
        var typeObligated = typeBudget
        var typeDisbursed = typeBudget
        var typeActivities = [Int](repeating: 0, count: types.count)
        // Each activity row's expense type.
        var activityType: [Int] = []
        var hasActivities = [Bool](repeating: false, count: n)
        if let activities = plan["activities"], activities.rowCount > 0 {
            let projects = PlanIndex.texts(activities, "project")
            let budgets = try PlanIndex.requiredMoney(activities, "budget")
            let kinds = PlanIndex.texts(activities, "expense_type")
            activityType.reserveCapacity(activities.rowCount)
            for row in 0..<activities.rowCount {
                let t =
                    kinds[row].flatMap { PlanSchema.expenseTypeAliases[$0] }.flatMap(types.firstIndex(of:))
                    ?? unspecified
                activityType.append(t)
                if let p = projects[row].flatMap({ rowOf[$0] }) { hasActivities[p] = true }
                typeActivities[t] += 1
                typeBudget[t] = try PlanIndex.add(typeBudget[t], budgets[row])
            }
        }
        for p in 0..<n where !hasActivities[p] {
            typeBudget[unspecified] = try PlanIndex.add(typeBudget[unspecified], index.projectBudget[p])
        }

        let monthStarts = Self.monthStarts(from: plan.fiscalYear.start)
        var monthPaid = [Int64](repeating: 0, count: 12)
        var monthBound = monthPaid
        if let disbursements = plan["disbursements"], disbursements.rowCount > 0,
            let dates = disbursements.column("date"), case .date(let days) = dates.storage
        {
            let amounts = try PlanIndex.requiredMoney(disbursements, "amount")
            // Each payment's activity row (−1: none), read through the relation resolved at load.
            let activity: [Int32]? =
                if let activities = plan["activities"], !activityType.isEmpty,
                    disbursements.column("activity") != nil
                {
                    try PlanIndex.links(disbursements, "activity", to: activities, optional: true)
                } else { nil }
            let kinds = PaymentKinds(disbursements)
            for row in 0..<disbursements.rowCount where !dates.isNull(row) {
                let day = days[row]
                guard let m = Self.month(of: day, starts: monthStarts) else { continue }
                let obligation = kinds.isObligation(row)
                if obligation {
                    monthBound[m] = try PlanIndex.add(monthBound[m], amounts[row])
                } else {
                    monthPaid[m] = try PlanIndex.add(monthPaid[m], amounts[row])
                }
                guard day <= asOf else { continue }
                let a = activity.map { Int($0[row]) } ?? -1
                let t = a >= 0 ? activityType[a] : unspecified
                if obligation {
                    typeObligated[t] = try PlanIndex.add(typeObligated[t], amounts[row])
                } else {
                    typeDisbursed[t] = try PlanIndex.add(typeDisbursed[t], amounts[row])
                }
            }
        }
        self.typeBudget = typeBudget
        self.typeObligated = typeObligated
        self.typeDisbursed = typeDisbursed
        self.typeActivities = typeActivities

        var planned = [Int64](repeating: 0, count: 12)
        var quarterTotals = [Int64](repeating: 0, count: 4)
        for p in 0..<n {
            for k in 0..<4 { quarterTotals[k] = try PlanIndex.add(quarterTotals[k], index.projectPlan[p * 4 + k]) }
        }
        var before: Int64 = 0
        for k in 0..<4 {
            for j in 1...3 {
                let (share, overflow) = quarterTotals[k].multipliedReportingOverflow(by: Int64(j))
                if overflow { throw Diagnostic.moneyOverflow }
                planned[k * 3 + j - 1] = try PlanIndex.add(before, share / 3)
            }
            before = try PlanIndex.add(before, quarterTotals[k])
        }
        monthPlanned = planned
        monthDisbursed = try Self.cumulative(monthPaid)
        monthObligated = try Self.cumulative(monthBound)
    }

    /// The first day (an ordinal) of each of the twelve months from `start`'s, then of the month after them.
    static func monthStarts(from start: Day) -> [Int32] {
        let (y, m, _) = start.components
        return (0...12).map { k in
            Day(year: y + (m - 1 + k) / 12, month: (m - 1 + k) % 12 + 1, day: 1)!.ordinal
        }
    }

    /// The fiscal month (0 = October … 11 = September) of the day `ordinal` given `monthStarts(from:)` of the
    /// year's start, else nil.
    @inline(__always)
    static func month(of ordinal: Int32, starts: [Int32]) -> Int? {
        guard ordinal >= starts[0], ordinal < starts[12] else { return nil }
        var k = 0
        while ordinal >= starts[k + 1] { k += 1 }
        return k
    }

    /// A date column's day ordinals, nil where null.
    static func days(_ table: Table) -> [Int32?] {
        guard let column = table.column("date"), case .date(let days) = column.storage else {
            return Array(repeating: nil, count: table.rowCount)
        }
        return (0..<table.rowCount).map { column.isNull($0) ? nil : days[$0] }
    }

    static func cumulative(_ values: [Int64]) throws -> [Int64] {
        var sum: Int64 = 0
        return try values.map { v in
            sum = try PlanIndex.add(sum, v)
            return sum
        }
    }

    static func subtract(_ a: Int64, _ b: Int64) throws -> Int64 {
        let (d, overflow) = a.subtractingReportingOverflow(b)
        if overflow { throw Diagnostic.moneyOverflow }
        return d
    }
}
