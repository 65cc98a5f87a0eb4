import PlanModel
import Testing

@testable import PlanSim

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Measurements at national size (DESIGN.md: 14,700 projects, 73,500 activities, 1.47 million disbursements),
/// printed, not asserted: benchmarks hold the line, not timed tests. Run them in release with PHAEN_BENCH=1:
/// `PHAEN_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter NationalSizeMeasurements`.
@Suite(.serialized, .enabled(if: getenv("PHAEN_BENCH") != nil))
struct NationalSizeMeasurements {
    static let national = TestPlans.synthetic(
        projects: 14_700, activitiesPerProject: 5, paymentsPerActivity: 20, allWithActivities: true)

    func time<T>(_ label: String, _ work: () throws -> T) rethrows -> T {
        let wall = ContinuousClock()
        let start = wall.now
        let cpuStart = clock()
        let result = try work()
        let cpu = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
        print("\(label): \(wall.now - start) (process CPU \(cpu) s)")
        return result
    }

    @Test func monteCarlo() throws {
        let plan = Self.national
        for a in [0, 2] {
            _ = try time("simulate from Q\(a), 1000 runs, end to end") {
                try MonteCarlo.run(plan, options: .init(fromQuarter: a, runs: 1000, seed: 1))
            }
        }
        let (_, model) = try time("  model (index + slip model)") { try MonteCarlo.model(plan, options: .init()) }
        let outcome = try time("  1000 runs from Q0 over \(model.itemStart.last!) items, 2 workers") {
            try MonteCarlo.simulate(model, runs: 1000, seed: 1, workers: 2, shouldStop: { false })
        }
        _ = try time("  the same on 1 worker") {
            try MonteCarlo.simulate(model, runs: 1000, seed: 1, workers: 1, shouldStop: { false })
        }
        _ = time("  statistics") { MonteCarlo.quarterStatistics(model, outcome, targets: plan.targets) }
    }

    @Test func progressAndReport() throws {
        let plan = Self.national
        print("disbursements: \(plan["disbursements"]!.rowCount)")
        _ = try time("progress(Q2) by project") { try Progress.byProject(plan, quarter: 2) }
        _ = try time("progress(Q2) by strategy") { try Progress.byStrategy(plan, quarter: 2) }
        _ = try time("report Q2") { try QuarterlyReport.make(plan, quarter: 2) }
    }
}
