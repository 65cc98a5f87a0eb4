import PlanModel

/// What the expected shortfall against the year-end target comes from, for a tornado chart.
///
/// A run's shortfall is how much less than the target it disbursed by the end of Q4 (0 when it met the target);
/// the expected shortfall is its mean over the runs. A project's part is how much less the expected shortfall
/// would be if the project left nothing unspent, everything else as it was: the mean over the runs of the
/// smaller of the run's shortfall and the project's unspent amount in that run (the project run again alone, on
/// its own stream). A driver's part is how much less it is in the runs the driver does not happen in than in all
/// runs: drawn apart from everything else, those runs are the simulation without it. (A driver that happens in
/// every run has no such runs; its part is then the closed form's expected payments without it less those with
/// it, at most the expected shortfall.) One at a time, as a tornado's bars are: the parts need not add up to the
/// whole. In percentage points of the plan's budget, largest first, `shown` rows.
enum ShortfallSources {
    static let shown = 10

    /// The tornado's table and the expected shortfall, in points of the budget.
    static func table(
        _ index: PlanIndex, _ model: SlipModel, _ outcome: MonteCarlo.Outcome, target: Double
    ) -> (table: Table, expected: Double) {
        let budget = Double(model.yearEndBudget)
        let shortfall = runShortfalls(model, outcome, target: target)
        let expected = mean(shortfall)
        var rows: [(kind: String, code: String, name: String?, points: Double)] = []
        for d in model.driverNames.indices {
            rows.append(("driver", "D\(d + 1)", model.driverNames[d], driverPart(d, model, outcome, shortfall)))
        }
        // A project's part is at most its mean unspent amount over the runs, which the simulation added up: taken
        // largest first, the search stops once no project left can enter the table.
        let candidates = (0..<model.projectCount).filter { outcome.unspent[$0] > 0 }.sorted {
            outcome.unspent[$0] != outcome.unspent[$1]
                ? outcome.unspent[$0] > outcome.unspent[$1] : index.projectCode[$0] < index.projectCode[$1]
        }
        let kernel = SimulationKernel(model, runs: outcome.runs, seed: outcome.seed, active: outcome.active)
        defer { kernel.deallocate() }
        var found: [Double] = []
        for p in candidates {
            let bound = min(outcome.unspent[p] / Double(outcome.runs), expected)
            if bound <= 0 || (found.count >= shown && bound <= found[shown - 1]) { break }
            let unspent = kernel.unspentByRun(p)
            let part = mean((0..<outcome.runs).map { min(shortfall[$0], Double(unspent[$0])) })
            guard part > 0 else { continue }
            rows.append(("project", index.projectCode[p], index.projectName[p], part))
            found.append(part)
            found.sort(by: >)
        }
        let ordered = rows.map { ($0.kind, $0.code, $0.name, $0.points / budget * 100) }.sorted {
            $0.3 != $1.3 ? $0.3 > $1.3 : $0.1 < $1.1
        }
        let top = Array(ordered.prefix(shown))
        let widest = top.map(\.3).max() ?? 0
        var columns = ResultColumns()
        columns.text("kind", top.map(\.0))
        columns.text("code", top.map(\.1))
        columns.text("name", top.map(\.2))
        columns.float("shortfall_pct", top.map { rounded($0.3) })
        columns.text(
            "bar",
            top.map { String(repeating: "█", count: widest > 0 ? max(0, Int(($0.3 / widest * 30).rounded())) : 0) })
        return (columns.table("simulation_shortfall"), expected / budget * 100)
    }

    /// Each run's shortfall against the year-end target (`target` % of the budget after the year's transfers), in
    /// satang.
    static func runShortfalls(_ model: SlipModel, _ outcome: MonteCarlo.Outcome, target: Double) -> [Double] {
        let goal = Double(model.yearEndBudget) * target / 100
        return (0..<outcome.runs).map { r in
            var paid = model.actualAtStart
            for k in 0..<4 { paid &+= outcome.paid[r * 4 + k] }
            return max(0, goal - Double(paid))
        }
    }

    static func driverPart(_ d: Int, _ model: SlipModel, _ outcome: MonteCarlo.Outcome, _ shortfall: [Double])
        -> Double
    {
        let without = (0..<outcome.runs).filter { outcome.active[$0] & 1 << UInt64(d) == 0 }
        if without.isEmpty {
            let paid = model.expectedPaidToDate()[3]
            return min(mean(shortfall), max(0, model.withoutDriver(d).expectedPaidToDate()[3] - paid))
        }
        return mean(shortfall) - mean(without.map { shortfall[$0] })
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
