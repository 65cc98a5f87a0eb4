import PlanModel

/// Each project's figures as of the end of a quarter, computed once for `Progress` and `QuarterlyReport`.
struct ProgressFigures {
    let index: PlanIndex
    let indicators: Indicators
    /// The plan's strategies table (empty when it has none).
    let strategies: Table
    let quarter: Int
    /// Each project's budget after the transfers dated up to the quarter's end: what its percentages are of.
    let budget: [Int64]
    let transfersIn: [Int64]
    let transfersOut: [Int64]
    let planned: [Int64]
    let obligated: [Int64]
    let disbursed: [Int64]
    /// Earned value: budget × mean indicator achievement, to the satang; `nil` without indicators.
    let earned: [Int64?]
    /// % of the project's activities fully disbursed (paid to date ≥ budget); `nil` without activities.
    let activitiesDone: [Double?]
    /// `not_started`, `on_track`, `behind`, `done` or `cancelled`.
    let state: [String]

    /// Disbursed to date as % of each project's budget after transfers; `nil` for a project with no budget.
    var disbursedPercent: [Double?] {
        (0..<index.projectCount).map { percent(disbursed[$0], of: budget[$0]) }
    }

    init(_ plan: Plan, quarter q: Int) throws {
        guard (1...4).contains(q) else { throw Diagnostic.badQuarter(q, allowed: 1...4) }
        try self.init(ProgressIndex(plan), quarter: q)
    }

    init(_ prepared: ProgressIndex, quarter q: Int) throws {
        guard (1...4).contains(q) else { throw Diagnostic.badQuarter(q, allowed: 1...4) }
        let index = prepared.plan
        self.index = index
        indicators = prepared.indicators
        strategies = prepared.strategies
        quarter = q
        let n = index.projectCount
        let moved = try prepared.transfers.totals(asOf: index.fiscalYear.endOf(quarter: q).ordinal, count: n)
        let budgets = try ProjectTransfers.budgets(index.projectBudget, after: moved)
        var planned = [Int64](repeating: 0, count: n)
        var obligated = planned
        var disbursed = planned
        var earned = [Int64?](repeating: nil, count: n)
        var activitiesDone = [Double?](repeating: nil, count: n)
        var state = [String](repeating: "", count: n)
        for p in 0..<n {
            planned[p] = PlanIndex.toDate(index.projectPlan, row: p, quarter: q)
            obligated[p] = PlanIndex.toDate(index.projectObligated, row: p, quarter: q)
            disbursed[p] = PlanIndex.toDate(index.projectPaid, row: p, quarter: q)
            let budget = budgets[p]
            if let achievement = indicators.projectAchievement(p, quarter: q) {
                earned[p] = Int64((Double(budget) * achievement).rounded(.toNearestOrAwayFromZero))
            }
            let activities = index.activities(of: p)
            if !activities.isEmpty {
                let done = activities.filter {
                    PlanIndex.toDate(index.activityPaid, row: $0, quarter: q) >= index.activityBudget[$0]
                }
                activitiesDone[p] = rounded(Double(done.count) / Double(activities.count) * 100)
            }
            let status = index.projectStatus[p]
            state[p] =
                if status == "cancelled" {
                    "cancelled"
                } else if status == "done" || (budget > 0 && disbursed[p] >= budget) {
                    "done"
                } else if disbursed[p] == 0 && obligated[p] == 0 && planned[p] == 0 {
                    "not_started"
                } else if disbursed[p] < planned[p] {
                    "behind"
                } else {
                    "on_track"
                }
        }
        self.budget = budgets
        transfersIn = moved.into
        transfersOut = moved.outOf
        self.planned = planned
        self.obligated = obligated
        self.disbursed = disbursed
        self.earned = earned
        self.activitiesDone = activitiesDone
        self.state = state
    }

    var target: Double { index.targets[quarter - 1] }
}
