import Dispatch
import PlanModel

/// Monte Carlo of the slip model v1 (`SlipModel`): how much of the budget will be disbursed by the end of each
/// quarter, and how likely each project is to spend all of its budget.
public enum MonteCarlo {
    /// Runs the slip model from the end of quarter `options.fromQuarter`.
    ///
    /// Each project draws from its own stream (`RandomSource`) derived from the seed, and every run's sums are
    /// exact satang, so the result depends only on the plan and the options: not on how the work is split
    /// between the two cores. `shouldStop` is asked between batches; when it says yes, the run throws. `progress`
    /// is told the share of the work done (0…1) after each batch.
    ///
    /// `byQuarter` (quarters 1…4; up to A the actuals): mean_pct, p10_pct, p50_pct, p90_pct (nearest rank) of
    /// the cumulative % of budget disbursed, target_pct, p_meet_target_pct (% of runs at or above the target),
    /// expected_pct (the closed-form expectation). `byProject`: expected_unspent (exact expectation, to the
    /// satang) and p_fully_spent_pct (% of runs in which nothing was left unspent). `headline`: the chance of
    /// meeting the year-end target, with its standard error; `shortfall`: what the expected shortfall against it
    /// comes from (`ShortfallSources`).
    public static func run(
        _ plan: Plan, options: SimulationOptions, shouldStop: () -> Bool = { false },
        progress: (Double) -> Void = { _ in }
    ) throws -> SimulationResult {
        try run(plan, prepared: try ProgressIndex(plan), options: options, shouldStop: shouldStop, progress: progress)
    }

    /// As `run(_:options:shouldStop:progress:)`, over what a session has already read of `plan` (`prepared`
    /// must be that plan's index), so a simulation after a load or a report does not read the plan again.
    public static func run(
        _ plan: Plan, prepared: ProgressIndex, options: SimulationOptions, shouldStop: () -> Bool = { false },
        progress: (Double) -> Void = { _ in }
    ) throws -> SimulationResult {
        let model = try model(plan, index: prepared.plan, options: options)
        let outcome = try simulate(
            model, runs: options.runs, seed: options.seed, workers: 2, shouldStop: shouldStop, progress: progress)
        return tables(plan, prepared.plan, model, outcome)
    }

    /// The validated model for a plan and options.
    static func model(_ plan: Plan, options: SimulationOptions) throws -> (index: PlanIndex, slip: SlipModel) {
        let index = try PlanIndex(plan)
        return (index, try model(plan, index: index, options: options))
    }

    static func model(_ plan: Plan, index: PlanIndex, options: SimulationOptions) throws -> SlipModel {
        try options.validate()
        return try SlipModel(
            plan, index: index, fromQuarter: options.fromQuarter, slipBySource: try options.resolvedSlip(),
            slipByTarget: options.slipByTarget, drivers: options.drivers)
    }

    /// What the runs produced: satang paid in each quarter of each run (4 a run), and per project how many runs
    /// left nothing unspent.
    struct Outcome: Equatable {
        var paid: [Int64]
        var fullySpent: [Int]
        /// Per project, its unspent amounts of all runs added up (satang).
        var unspent: [Double]
        /// Per run, bit d set when driver d happened in it (empty without drivers).
        var active: [UInt64]
        let runs: Int
        let seed: UInt64
    }

    /// Runs the model `runs` times on `workers` threads. Projects are taken in batches (so `shouldStop` is asked
    /// often); each batch is split into `workers` parts by item count, each part adding what slips into its own
    /// sums. A run's payments are exact sums of satang, so they do not depend on the split.
    static func simulate(
        _ model: SlipModel, runs: Int, seed: UInt64, workers: Int, shouldStop: () -> Bool,
        progress: (Double) -> Void = { _ in }
    ) throws -> Outcome {
        let parts = max(1, workers)
        let active = driverStates(model, runs: runs, seed: seed)
        let kernel = SimulationKernel(model, runs: runs, seed: seed, active: active)
        defer { kernel.deallocate() }
        let padded = kernel.paddedRuns
        let slipped = UnsafeMutableBufferPointer<Int64>.allocate(capacity: parts * 4 * padded)
        slipped.initialize(repeating: 0)
        defer { slipped.deallocate() }
        let projects = UnsafeMutableBufferPointer<SimulationKernel.ProjectRuns>.allocate(
            capacity: max(1, model.projectCount))
        projects.initialize(repeating: .init(fullySpent: 0, unspent: 0))
        defer { projects.deallocate() }
        let shared = SharedBuffers(slipped: slipped, projects: projects)

        let batchWork = 4_000_000
        var first = 0
        while first < model.projectCount {
            if shouldStop() {
                throw Diagnostic(message: "the simulation was stopped", thai: "หยุดการจำลองแล้ว")
            }
            var last = first
            var work = 0
            while last < model.projectCount && (last == first || work < batchWork) {
                work += max(1, model.itemStart[last + 1] - model.itemStart[last]) * runs
                last += 1
            }
            let bounds = split(model, first..<last, parts: parts)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let slipped = shared.slipped.baseAddress! + part * 4 * padded
                for p in bounds[part]..<bounds[part + 1] {
                    shared.projects[p] = kernel.runProject(p, into: slipped)
                }
            }
            first = last
            progress(Double(first) / Double(max(1, model.projectCount)))
        }
        var dueInQuarter: [Int64] = [0, 0, 0, 0]
        for (i, amount) in model.due.enumerated() { dueInQuarter[i % 4] &+= amount }
        var paid = (0..<runs * 4).map { dueInQuarter[$0 % 4] }
        for part in 0..<parts {
            let out = slipped.baseAddress! + part * 4 * padded
            for r in 0..<runs {
                var slippedIn: Int64 = 0
                for k in 0..<4 {
                    let slippedOut = out[k * padded + r]
                    paid[r * 4 + k] &+= slippedIn &- slippedOut
                    slippedIn = slippedOut
                }
            }
        }
        let results = projects.prefix(model.projectCount)
        return Outcome(
            paid: paid, fullySpent: results.map(\.fullySpent), unspent: results.map(\.unspent), active: active,
            runs: runs, seed: seed)
    }

    /// Project boundaries splitting `range` into `parts` with about equal numbers of items.
    static func split(_ model: SlipModel, _ range: Range<Int>, parts: Int) -> [Int] {
        let base = model.itemStart[range.lowerBound]
        let items = model.itemStart[range.upperBound] - base
        var bounds = [range.lowerBound]
        var p = range.lowerBound
        for part in 1..<parts {
            while p < range.upperBound && (model.itemStart[p] - base) * parts < items * part { p += 1 }
            bounds.append(p)
        }
        bounds.append(range.upperBound)
        return bounds
    }

    /// Which drivers are active in each run (bit d for driver d): drawn once a run from their own stream, so
    /// every project a driver touches sees the same draw. Empty without drivers.
    static func driverStates(_ model: SlipModel, runs: Int, seed: UInt64) -> [UInt64] {
        guard !model.driverThreshold.isEmpty else { return [] }
        var rng = RandomSource(seed: seed, stream: 1 << 63)
        return (0..<runs).map { _ in
            var bits: UInt64 = 0
            for (d, threshold) in model.driverThreshold.enumerated() where rng.next() >> 32 < threshold {
                bits |= 1 << UInt64(d)
            }
            return bits
        }
    }

    /// The result tables from the runs.
    static func tables(_ plan: Plan, _ index: PlanIndex, _ model: SlipModel, _ outcome: Outcome) -> SimulationResult {
        let targets = plan.targets
        let stats = quarterStatistics(model, outcome, targets: targets)
        var quarters = ResultColumns()
        quarters.int("quarter", [1, 2, 3, 4])
        quarters.float("mean_pct", stats.map { rounded($0.mean) })
        quarters.float("p10_pct", stats.map { rounded($0.p10) })
        quarters.float("p50_pct", stats.map { rounded($0.p50) })
        quarters.float("p90_pct", stats.map { rounded($0.p90) })
        quarters.float("target_pct", targets)
        quarters.percent("p_meet_target_pct", points: stats.map { rounded($0.meetTarget * 100) })
        quarters.float("expected_pct", stats.map { rounded($0.expected) })

        let unspent = model.expectedUnspent()
        let shortfall = ShortfallSources.table(index, model, outcome, target: targets[3])
        var projects = ResultColumns()
        // The plan's own columns where they hold the same text (the projects' rows are the index's rows).
        let planned = plan["projects"]
        if let code = planned?.column("code"), code.type == .text {
            projects.append("code", code)
        } else {
            projects.text("code", index.projectCode)
        }
        if let name = planned?.column("name"), name.type == .text {
            projects.append("name", name)
        } else {
            projects.text("name", index.projectName)
        }
        projects.text("source", index.projectSource)
        projects.money("budget", index.projectBudget)
        projects.money("expected_unspent", unspent.map { Int64($0.rounded(.toNearestOrAwayFromZero)) })
        projects.percent(
            "p_fully_spent_pct", points: outcome.fullySpent.map { rounded(Double($0) / Double(outcome.runs) * 100) })
        return SimulationResult(
            byQuarter: quarters.table("simulation"), byProject: projects.table("simulation_projects"),
            headline: SimulationHeadline(
                target: targets[3], by: index.fiscalYear.endOf(quarter: 4), chance: stats[3].meetTarget,
                runs: outcome.runs),
            shortfall: shortfall.table, expectedShortfall: shortfall.expected)
    }

    /// One quarter's figures over the runs, unrounded, in % of the plan's budget after the transfers up to the
    /// quarter's end.
    struct QuarterStatistics {
        var mean, p10, p50, p90, meetTarget, expected: Double
        /// The standard error of `mean`.
        var standardError: Double
    }

    static func quarterStatistics(_ model: SlipModel, _ outcome: Outcome, targets: [Double]) -> [QuarterStatistics] {
        let runs = outcome.runs
        let expectedPaid = model.expectedPaidToDate()
        var cumulative = [Int64](repeating: model.actualAtStart, count: runs)
        return (0..<4).map { k in
            let budget = Double(model.budgetAtQuarterEnd[k])
            if k < model.fromQuarter {
                let pct = Double(model.actualToDate[k]) / budget * 100
                let meets: Double = pct >= targets[k] ? 1 : 0
                return QuarterStatistics(
                    mean: pct, p10: pct, p50: pct, p90: pct, meetTarget: meets, expected: pct, standardError: 0)
            }
            for r in 0..<runs { cumulative[r] += outcome.paid[r * 4 + k] }
            var sum = 0.0
            var squares = 0.0
            var meeting = 0
            for value in cumulative {
                let pct = Double(value) / budget * 100
                sum += pct
                squares += pct * pct
                if pct >= targets[k] { meeting += 1 }
            }
            let mean = sum / Double(runs)
            let variance = runs > 1 ? max(0, (squares - sum * mean) / Double(runs - 1)) : 0
            let sorted = cumulative.sorted()
            func rank(_ f: Double) -> Double {
                let i = max(0, Int((f * Double(runs)).rounded(.up)) - 1)
                return Double(sorted[i]) / budget * 100
            }
            return QuarterStatistics(
                mean: mean, p10: rank(0.1), p50: rank(0.5), p90: rank(0.9),
                meetTarget: Double(meeting) / Double(runs),
                expected: (Double(model.actualAtStart) + expectedPaid[k]) / budget * 100,
                standardError: (variance / Double(runs)).squareRoot())
        }
    }
}

/// The simulator's output buffers, written by the worker threads at disjoint places.
private struct SharedBuffers: @unchecked Sendable {
    let slipped: UnsafeMutableBufferPointer<Int64>
    let projects: UnsafeMutableBufferPointer<SimulationKernel.ProjectRuns>
}
