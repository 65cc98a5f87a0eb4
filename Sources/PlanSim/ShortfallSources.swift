import PlanModel

/// What the expected year-end shortfall comes from, for a tornado chart: each project's expected unspent amount,
/// and for each risk driver how much less is expected to be paid by the end of Q4 because of it (the closed form
/// with and without the driver), both in percentage points of the plan's budget. The expected shortfall against
/// the target is the unspent total less the room the target leaves (100 − target).
enum ShortfallSources {
    static let shown = 10

    static func table(_ index: PlanIndex, _ model: SlipModel, unspent: [Double], target: Double) -> Table {
        let budget = Double(model.totalBudget)
        var rows: [(kind: String, code: String, name: String?, points: Double)] = []
        for p in 0..<model.projectCount where unspent[p] > 0 {
            rows.append(("project", index.projectCode[p], index.projectName[p], unspent[p] / budget * 100))
        }
        let paid = model.expectedPaidToDate()[3]
        for d in model.driverProbability.indices {
            let without = model.withoutDriver(d).expectedPaidToDate()[3]
            rows.append(("driver", "D\(d + 1)", model.driverNames[d], (without - paid) / budget * 100))
        }
        rows.sort { $0.points != $1.points ? $0.points > $1.points : $0.code < $1.code }
        let top = Array(rows.prefix(shown))
        let widest = top.first?.points ?? 0
        var columns = ResultColumns()
        columns.text("kind", top.map(\.kind))
        columns.text("code", top.map(\.code))
        columns.text("name", top.map(\.name))
        columns.float("shortfall_pct", top.map { rounded($0.points) })
        columns.text(
            "bar", top.map { String(repeating: "█", count: widest > 0 ? Int(($0.points / widest * 30).rounded()) : 0) })
        return columns.table("simulation_shortfall")
    }
}
