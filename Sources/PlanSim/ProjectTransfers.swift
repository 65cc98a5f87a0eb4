import PlanModel

/// The plan's transfers (`transfers.csv`, bundle v1.1) read once: budget moved between projects or to and from
/// the office's reserve, each on its date. Percentages of progress and of the report are of a project's budget
/// after the transfers dated up to the quarter's end.
struct ProjectTransfers {
    private var days: [Int32?] = []
    private var from: [Int?] = []
    private var to: [Int?] = []
    private var amounts: [Int64] = []

    init(_ plan: Plan, projectCode: [String]) throws {
        guard let transfers = plan["transfers"], transfers.rowCount > 0 else { return }
        var rowOf: [String: Int] = [:]
        for (p, code) in projectCode.enumerated() where rowOf[code] == nil { rowOf[code] = p }
        amounts = try PlanIndex.requiredMoney(transfers, "amount")
        from = PlanIndex.texts(transfers, "from").map { $0.flatMap { rowOf[$0] } }
        to = PlanIndex.texts(transfers, "to").map { $0.flatMap { rowOf[$0] } }
        days = ReportFigures.days(transfers)
    }

    /// Each project's budget after its transfers in and out (`totals`): `budgets[p]` + in − out, exactly.
    static func budgets(
        _ budgets: [Int64], after moved: (into: [Int64], outOf: [Int64])
    ) throws -> [Int64] {
        try budgets.indices.map { p in
            try ReportFigures.subtract(try PlanIndex.add(budgets[p], moved.into[p]), moved.outOf[p])
        }
    }

    /// Each of `count` projects' transfers in and out dated up to the day `asOf` (an ordinal), exactly.
    func totals(asOf: Int32, count: Int) throws -> (into: [Int64], outOf: [Int64]) {
        var into = [Int64](repeating: 0, count: count)
        var outOf = into
        for row in amounts.indices where days[row].map({ $0 <= asOf }) ?? false {
            if let p = from[row] { outOf[p] = try PlanIndex.add(outOf[p], amounts[row]) }
            if let p = to[row] { into[p] = try PlanIndex.add(into[p], amounts[row]) }
        }
        return (into, outOf)
    }
}
