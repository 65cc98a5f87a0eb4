import PlanModel
import Testing

@testable import PlanSim

@Suite struct RiskDriverTests {
    let plan = TestPlans.mahasarakham
    let generated = TestPlans.synthetic(projects: 40, activitiesPerProject: 3)

    /// One basic project of 100.00 planned 25.00 a quarter.
    static var oneProject: Plan {
        let projects = TestPlans.table(
            "projects",
            [
                ("code", .text, [.text("P1")]), ("name", .text, [.text("โครงการเดียว")]),
                ("strategy", .text, [.text("S1")]), ("source", .text, [.text("basic")]),
                ("budget", .money, [money("100")]),
                ("plan_q1", .money, [money("25")]), ("plan_q2", .money, [money("25")]),
                ("plan_q3", .money, [money("25")]), ("plan_q4", .money, [money("25")]),
            ])
        return TestPlans.plan(strategies: TestPlans.strategies, projects: projects)
    }

    @Test func handComputedMixture() throws {
        // Never slipping on its own; a driver of probability 30% stops Q3's payments: Q3 is paid 75 in 70% of
        // runs and 50 in the other 30% (its 25 moves to Q4).
        let q3 = RiskDriver(name: "late Q3 funds", probability: 0.3, quarter: 3, touches: .source("basic"))
        let options = SimulationOptions(fromQuarter: 0, runs: 10, slip: ["basic": 0], drivers: [q3])
        let result = try MonteCarlo.run(Self.oneProject, options: options)
        #expect(result.byQuarter.values("expected_pct") == [.percent(25), .percent(50), .percent(67.5), .percent(100)])
        #expect(result.byProject.value("expected_unspent", 0) == money("0"))
        let q4 = RiskDriver(name: "late Q4 funds", probability: 0.3, quarter: 4, touches: .everything)
        let late = try MonteCarlo.run(Self.oneProject, options: .init(runs: 10, slip: ["basic": 0], drivers: [q4]))
        #expect(late.byQuarter.values("expected_pct")[3] == .percent(92.5))
        #expect(late.byProject.value("expected_unspent", 0) == money("7.50"))
    }

    /// The expectation by brute force: every state of all drivers at once, and in each every item's every way
    /// of slipping, with the slip probability 1 in a quarter an active driver touching it blocks.
    static func oracle(_ model: SlipModel) -> [Double] {
        let drivers = model.driverProbability.count
        var paid = [Double](repeating: 0, count: 4)
        for state in 0..<(1 << drivers) {
            var probability = 1.0
            for d in 0..<drivers {
                probability *= state & 1 << d != 0 ? model.driverProbability[d] : 1 - model.driverProbability[d]
            }
            for p in 0..<model.projectCount {
                var blocked = Set<Int>()
                for d in 0..<drivers where state & 1 << d != 0 && model.driverMask[p] & 1 << UInt64(d) != 0 {
                    blocked.insert(model.driverQuarter[d])
                }
                for item in model.itemStart[p]..<model.itemStart[p + 1] {
                    let a = model.fromQuarter
                    for mask in 0..<(1 << (4 - a)) {
                        var chance = probability
                        var carry: Int64 = 0
                        var running: Int64 = 0
                        var byQuarter = [Double](repeating: 0, count: 4)
                        for k in a..<4 {
                            let s = blocked.contains(k) ? 1.0 : model.slip[p]
                            let slips = mask & 1 << (k - a) != 0
                            chance *= slips ? s : 1 - s
                            let owed = carry + model.due[item * 4 + k]
                            if slips { carry = owed } else { (carry, running) = (0, running + owed) }
                            byQuarter[k] = Double(running)
                        }
                        for k in a..<4 { paid[k] += chance * byQuarter[k] }
                    }
                }
            }
        }
        return paid
    }

    static let drivers = [
        RiskDriver(name: "late release of Q3 funds", probability: 0.3, quarter: 3, touches: .source("strategic")),
        RiskDriver(name: "procurement freeze", probability: 0.2, quarter: 4, touches: .strategy("S1")),
        RiskDriver(name: "one project's contractor", probability: 0.5, quarter: 2, touches: .project("P2")),
    ]

    @Test(arguments: [0, 1, 2, 3])
    func closedFormIsTheMixtureOverTheDriversStates(from a: Int) throws {
        for plan in [plan, generated] {
            let options = SimulationOptions(
                fromQuarter: a, runs: 1, slip: ["basic": 0.1, "strategic": 0.4], drivers: Self.drivers)
            let model = try MonteCarlo.model(plan, options: options).slip
            let closed = model.expectedPaidToDate()
            let oracle = Self.oracle(model)
            for k in 0..<4 { #expect(abs(closed[k] - oracle[k]) <= 1e-6 * max(1, oracle[k]), "Q\(k + 1)") }
        }
    }

    @Test(arguments: [(0, UInt64(1)), (1, UInt64(2561)), (2, UInt64(99))])
    func meansConvergeToTheClosedFormWithDrivers(from a: Int, seed: UInt64) throws {
        let options = SimulationOptions(fromQuarter: a, runs: 20_000, seed: seed, drivers: Self.drivers)
        let model = try MonteCarlo.model(generated, options: options).slip
        let outcome = try MonteCarlo.simulate(model, runs: 20_000, seed: seed, workers: 2, shouldStop: { false })
        let stats = MonteCarlo.quarterStatistics(model, outcome, targets: generated.targets)
        for k in a..<4 {
            #expect(stats[k].standardError > 0)
            #expect(abs(stats[k].mean - stats[k].expected) <= 4 * stats[k].standardError, "Q\(k + 1)")
        }
    }

    @Test func aSharedDriverWidensTheSpread() throws {
        let big = TestPlans.synthetic(projects: 300, activitiesPerProject: 5)
        func width(_ drivers: [RiskDriver]) throws -> Double {
            let result = try MonteCarlo.run(big, options: .init(fromQuarter: 1, runs: 2_000, seed: 5, drivers: drivers))
            guard case .percent(let p10) = result.byQuarter.value("p10_pct", 3),
                case .percent(let p90) = result.byQuarter.value("p90_pct", 3)
            else { return -1 }
            return p90 - p10
        }
        let everyone = RiskDriver(name: "late Q4 funds", probability: 0.3, quarter: 4, touches: .everything)
        #expect(try width([everyone]) > 5 * width([]))
    }

    @Test func sameSeedSameOutputWithDriversHoweverTheWorkIsSplit() throws {
        let big = TestPlans.synthetic(projects: 300, activitiesPerProject: 5)
        let model = try MonteCarlo.model(big, options: .init(fromQuarter: 1, drivers: Self.drivers)).slip
        let reference = try MonteCarlo.simulate(model, runs: 3_000, seed: 9, workers: 2, shouldStop: { false })
        for workers in [1, 3] {
            #expect(
                try MonteCarlo.simulate(model, runs: 3_000, seed: 9, workers: workers, shouldStop: { false })
                    == reference)
        }
        #expect(try MonteCarlo.simulate(model, runs: 3_000, seed: 10, workers: 2, shouldStop: { false }) != reference)
    }

    @Test func slipByProjectThenStrategyThenSource() throws {
        let options = SimulationOptions(
            fromQuarter: 1, slip: ["basic": 0.2],
            slipByTarget: [.project("P4"): 0.9, .strategy("S1"): 0.5, .source("strategic"): 0.7])
        let model = try MonteCarlo.model(plan, options: options).slip
        // P1 basic in S2: 0.2; P2 strategic in S1: the strategy's 0.5; P3 cancelled; P4: its own 0.9.
        #expect(model.slip == [0.2, 0.5, 0, 0.9])
    }
}

@Suite struct SimulationAnswerTests {
    @Test func theHeadlineStatesTheChanceWithItsStandardError() {
        let h = SimulationHeadline(target: 96, by: Day.parse("2018-09-30")!, chance: 0.04, runs: 2_000)
        #expect(h.english == "P(disbursed ≥ 96% by 30 September 2561) = 4% (± 0.4, 2,000 runs)")
        #expect(h.thai == "โอกาสเบิกจ่ายได้ ≥ 96% ภายใน 30 กันยายน 2561 = 4% (± 0.4, 2,000 รอบ)")
        #expect(SimulationHeadline.number(4.356) == "4.36" && SimulationHeadline.number(-0.5, places: 1) == "-0.5")
    }
}
